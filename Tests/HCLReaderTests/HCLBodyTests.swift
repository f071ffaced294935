import DocumentModel
import HCLReader
import Testing

@Suite struct HCLBodyTests {
    @Test func attributesAndBlocksWithQuotedAndBareLabels() throws {
        let text = """
            region = "eu-west-1"
            resource "aws_sagemaker_workforce" main {
              workforce_name = "team"

              source_ip_config {
                cidrs = ["10.0.0.0/8"]
              }
            }
            terraform {}

            """
        let file = try hclFile(text)
        #expect(file.body.items.count == 3)
        #expect(file.body.range == ByteRange(start: 0, end: text.utf8.count))
        let region = try #require(file.body.attributes.first)
        #expect(region.name.text == "region")
        #expect(source(text, region.range) == #"region = "eu-west-1""#)
        #expect(source(text, region.name.range) == "region")
        let resource = try #require(file.body.blocks.first)
        #expect(resource.type.text == "resource")
        #expect(resource.labels.map(\.value) == ["aws_sagemaker_workforce", "main"])
        #expect(resource.labels.map(\.isQuoted) == [true, false])
        #expect(resource.labels.map { source(text, $0.range) } == [#""aws_sagemaker_workforce""#, "main"])
        #expect(source(text, resource.range).hasPrefix("resource \"aws"))
        #expect(source(text, resource.range).hasSuffix("}\n}"))
        #expect(source(text, resource.body.range).hasPrefix("{\n  workforce_name"))
        #expect(resource.body.attributes.map(\.name.text) == ["workforce_name"])
        let nested = try #require(resource.body.blocks.first)
        #expect(nested.type.text == "source_ip_config")
        #expect(nested.labels.isEmpty)
        #expect(file.source.range(of: nested.range).description == "5:3-7:4")
        #expect(file.source.range(of: try #require(nested.body.attributes.first).value.range).description == "6:13-6:27")
        let empty = try #require(file.body.blocks.last)
        #expect(empty.type.text == "terraform")
        #expect(empty.body.items.isEmpty)
        #expect(source(text, empty.range) == "terraform {}")
    }

    @Test func oneLineBlocksHoldOneAttributeOrNone() throws {
        let text = "lifecycle { ignore_changes = [tags] }\nvariable \"x\" {}\nlocals { a = { b = 1 } }"
        let file = try hclFile(text)
        let lifecycle = file.body.blocks[0]
        #expect(lifecycle.body.attributes.map(\.name.text) == ["ignore_changes"])
        #expect(source(text, lifecycle.body.range) == "{ ignore_changes = [tags] }")
        #expect(file.body.blocks[1].body.items.isEmpty)
        #expect(render(try #require(file.body.blocks[2].body.attributes.first).value) == "{b = 1}")
    }

    @Test func blankLinesAndCommentsBetweenItemsAndAFileWithoutFinalNewline() throws {
        let text = "\n\n# heading\na = 1 # trailing\n\n// other\n/* inline */ b = 2 /* after */\nc = 3"
        let file = try hclFile(text)
        #expect(file.body.attributes.map(\.name.text) == ["a", "b", "c"])
        #expect(file.comments.map(\.style) == [.hash, .hash, .doubleSlash, .inline, .inline])
        #expect(file.comments.map(\.text) == ["# heading", "# trailing", "// other", "/* inline */", "/* after */"])
        #expect(file.comments.map { file.source.range(of: $0.range).description } == [
            "3:1-3:10", "4:7-4:17", "6:1-6:9", "7:1-7:13", "7:20-7:31",
        ])
        #expect(file.comments.allSatisfy { source(text, $0.range) == $0.text })
        #expect(file.source.comments == file.comments.map(\.range))
    }

    @Test func commentsInsideExpressionsAreRecordedOnce() throws {
        let text = """
            x = [
              1, # one
              // two
              2 /* three */
            ]
            y = { # object
              a = 1 // a
            }
            z = "${ a /* in template */ }"

            """
        let file = try hclFile(text)
        #expect(file.comments.map(\.text) == ["# one", "// two", "/* three */", "# object", "// a", "/* in template */"])
        #expect(render(file.body.attributes[0].value) == "[1, 2]")
        #expect(render(file.body.attributes[2].value) == "\"${a}\"")
    }

    @Test func multiLineCommentIsWhitespace() throws {
        let file = try hclFile("a = 1 /* spans\nlines */\nb = 2\n")
        #expect(file.body.attributes.map(\.name.text) == ["a", "b"])
        #expect(file.comments.map(\.text) == ["/* spans\nlines */"])
    }

    @Test func crlfLineEndsAndPositions() throws {
        let text = "a = 1\r\nblock \"l\" {\r\n  b = \"x\" # c\r\n}\r\n"
        let file = try hclFile(text)
        let block = try #require(file.body.blocks.first)
        let attribute = try #require(block.body.attributes.first)
        #expect(file.source.range(of: attribute.range).description == "3:3-3:10")
        #expect(file.comments.map(\.text) == ["# c"])
        #expect(file.source.range(of: block.range).description == "2:1-4:2")
    }

    @Test func byteOrderMarkIsSkippedAndOffsetsCountIt() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a = 1\n".utf8)
        let file = try HCLReader.parse(bytes)
        let attribute = try #require(file.body.attributes.first)
        #expect(attribute.range == ByteRange(start: 3, end: 8))
        #expect(file.source.range(of: attribute.range).description == "1:1-1:6")
        #expect(hclError([0xFF, 0xFE] + Array("a = 1".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))?
            .hasPrefix("1:1: the file is UTF-16LE text") == true)
    }

    @Test func unicodeIdentifiersAndColumnsCountCharacters() throws {
        let text = "größe = \"日本\"\nλ_x-y { 名前 = größe }\n"
        let file = try hclFile(text)
        let attribute = try #require(file.body.attributes.first)
        #expect(attribute.name.text == "größe")
        #expect(file.source.range(of: attribute.value.range).description == "1:9-1:13")
        let block = try #require(file.body.blocks.first)
        #expect(block.type.text == "λ_x-y")
        let inner = try #require(block.body.attributes.first)
        #expect(inner.name.text == "名前")
        #expect(render(inner.value) == "größe")
        #expect(file.source.range(of: inner.value.range).description == "2:14-2:19")
    }

    @Test func identifierMayStartWithUnderscoreAndHoldDashes() throws {
        let file = try hclFile("_private-name = a-b\n")
        #expect(file.body.attributes.first?.name.text == "_private-name")
        #expect(render(try #require(file.body.attributes.first).value) == "a-b")
    }

    @Test func labelsDecodeEscapes() throws {
        let file = try hclFile(#"block "a\"b\u00e9" {}"#)
        #expect(file.body.blocks.first?.labels.first?.value == "a\"bé")
    }
}
