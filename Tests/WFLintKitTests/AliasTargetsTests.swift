import DocumentModel
import Testing
import YAMLReader

@testable import WFLintKit

/// `AliasTargets.touch` answers with two binary searches what a scan of every
/// aliased range answers: an edit touches a target when it overlaps it or
/// lies inside it (an empty edit at its edge included).
struct AliasTargetsTests {
    static let yaml = """
        a: &outer {b: &inner [x, y], c: &lone z}
        d: [*outer, *inner, *lone]
        e: &unused [w]

        """

    @Test func everyRangeOfTheTextGetsTheAnswerOfAScanOfTheTargets() throws {
        let stream = YAMLReader.parse(Array(Self.yaml.utf8))
        let root = try #require(stream.documents.first?.root)
        let targets = AliasTargets(of: root)
        let outer = try #require(root[member: "a"])
        let aliased = [outer, try #require(outer[member: "b"]), try #require(outer[member: "c"])].map(\.bytes)
        let scan = { (edit: ByteRange) in
            aliased.contains { edit.start < $0.end && $0.start < edit.end || $0.contains(edit) }
        }
        let length = Self.yaml.utf8.count
        var checked = 0
        for start in 0...length {
            for end in start...min(length, start + 12) {
                let edit = ByteRange(start: start, end: end)
                #expect(targets.touch(edit) == scan(edit), "\(edit)")
                checked += 1
            }
        }
        #expect(checked > 500)
        // The unaliased anchor is no target; the aliased nodes are.
        #expect(!targets.touch(ByteRange(start: length - 3, end: length - 2)))
        #expect(targets.contains(try #require(root[member: "a"])))
        #expect(!targets.contains(try #require(root[member: "e"])))
    }
}
