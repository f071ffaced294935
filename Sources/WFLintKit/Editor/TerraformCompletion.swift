/// Completion in a Terraform file: the arguments and nested blocks of an
/// `aws_sagemaker_workforce` resource (`rules/shapes/terraform.yaml`) that
/// the block the cursor is in does not have yet, at the start of a line
/// (`.tf`) or as a key (`.tf.json`). The blocks are read off the text's
/// braces, comments, strings and heredocs skipped, so a file being typed
/// need not parse.
enum TerraformCompletion {
    private struct Frame {
        /// The words before `{`: `resource "aws_sagemaker_workforce" "main"`,
        /// `oidc_config`; empty for an object value (`tags = {`).
        let header: [String]
        var names: [String] = []
    }

    static func items(at offset: Int, in bytes: [UInt8], catalog: ShapeCatalog, schema: TerraformResourceSchema = .builtin)
        -> [CompletionItem]
    {
        var scanner = Scanner(bytes: bytes, cursor: offset)
        scanner.run()
        guard let frames = scanner.atCursor, scanner.cursorStartsAStatement, let resource = frames.first,
            resource.header.count >= 2, resource.header[0] == "resource", resource.header[1] == schema.type
        else { return [] }
        var body = schema.body
        for frame in frames.dropFirst() {
            guard let name = frame.header.first, frame.header.count == 1, let nested = body.block(named: name) else { return [] }
            body = nested.body
        }
        let present = scanner.names(ofFrameAtCursor: frames.count - 1)
        return items(of: body, leaving: present, argument: { "\($0) = " }, block: { "\($0) {" })
    }

    /// In Terraform's JSON syntax: inside the object of a
    /// `resource.aws_sagemaker_workforce.NAME` (or of a nested block's key,
    /// its object or an object of its list), as JSON keys.
    static func items(for place: Completion.Place, schema: TerraformResourceSchema = .builtin)
        -> [CompletionItem]
    {
        guard case .key(let present) = place.role else { return [] }
        // Terraform's JSON syntax allows a list of objects wherever an object goes.
        let names = place.path.compactMap { step in if case .member(let name) = step { name } else { nil } }
        guard names.count >= 3, names[0] == "resource", names[1] == schema.type else { return [] }
        var body = schema.body
        for name in names.dropFirst(3) {
            guard let nested = body.block(named: name) else { return [] }
            body = nested.body
        }
        let key = { (name: String) in place.inString ? name : "\"\(name)\": " }
        return items(
            of: body, leaving: Set(present), argument: key, block: { key($0) + (place.inString ? "" : "{") })
    }

    /// The arguments, then the nested blocks, of `body` not in `present`,
    /// written as `argument` and `block` say.
    private static func items(
        of body: TerraformBlockSchema, leaving present: Set<String>, argument: (String) -> String,
        block: (String) -> String
    ) -> [CompletionItem] {
        let arguments = body.arguments.filter { !present.contains($0.name) }.map { item in
            CompletionItem(
                label: item.name, kind: .member, detail: "\(item.type.rawValue), the API member \(item.api)",
                insertText: argument(item.name))
        }
        let blocks = body.blocks.filter { !present.contains($0.name) }.map { item in
            CompletionItem(
                label: item.name, kind: .block, detail: "block, the API member \(item.api)", insertText: block(item.name))
        }
        return arguments + blocks
    }

    /// One pass over the text: the open blocks at the cursor, and the names
    /// each block has (an identifier that starts a line, before `=` or `{`).
    private struct Scanner {
        let bytes: [UInt8]
        let cursor: Int
        var frames: [Frame] = []
        var atCursor: [Frame]?
        var frameIDs: [Int] = []
        var namesByID: [[String]] = [[]]
        /// The words of the statement being read, since its line began.
        var words: [String] = []
        var cursorStartsAStatement = false

        init(bytes: [UInt8], cursor: Int) {
            self.bytes = bytes
            self.cursor = cursor
        }

        func names(ofFrameAtCursor depth: Int) -> Set<String> {
            Set(namesByID[atCursorIDs[depth]])
        }

        private var atCursorIDs: [Int] = []

        mutating func run() {
            var index = 0
            while index < bytes.count {
                if atCursor == nil, index >= cursor { takeSnapshot() }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "#"): index = lineEnd(from: index)
                case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                    index = lineEnd(from: index)
                case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                    index = blockCommentEnd(from: index + 2)
                case UInt8(ascii: "\""):
                    let end = stringEnd(from: index + 1)
                    words.append(String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self))
                    index = end + 1
                case UInt8(ascii: "<") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "<"):
                    index = heredocEnd(from: index + 2)
                case UInt8(ascii: "\n"):
                    words = []
                    index += 1
                case UInt8(ascii: "="):
                    record()
                    words.append("=")
                    index += 1
                case UInt8(ascii: "{"):
                    record()
                    let header = words.last == "=" || words.isEmpty ? [] : words
                    frames.append(Frame(header: header))
                    frameIDs.append(namesByID.count)
                    namesByID.append([])
                    words = []
                    index += 1
                case UInt8(ascii: "}"):
                    _ = frames.popLast()
                    _ = frameIDs.popLast()
                    words = []
                    index += 1
                default:
                    if isWordByte(byte) {
                        var end = index
                        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                        if atCursor == nil, cursor > index, cursor <= end { takeSnapshot() }
                        words.append(String(decoding: bytes[index..<end], as: UTF8.self))
                        index = end
                    } else {
                        if !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")) {
                            words.append(String(UnicodeScalar(byte)))
                        }
                        index += 1
                    }
                }
            }
            if atCursor == nil { takeSnapshot() }
        }

        /// The statement's first word names an argument or block of the
        /// innermost block.
        private mutating func record() {
            guard let first = words.first, let id = frameIDs.last, words.allSatisfy({ $0 != "=" }) else { return }
            namesByID[id].append(first)
        }

        private mutating func takeSnapshot() {
            atCursor = frames
            atCursorIDs = frameIDs
            // Nothing before the cursor on its line but the word being typed.
            cursorStartsAStatement = words.isEmpty
        }

        private func isWordByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "-")
        }

        private func lineEnd(from index: Int) -> Int {
            bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        }

        private func blockCommentEnd(from index: Int) -> Int {
            var index = index
            while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                index += 1
            }
            return min(index + 2, bytes.count)
        }

        /// The index of the closing quote (or the end), escapes skipped.
        private func stringEnd(from index: Int) -> Int {
            var index = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\n") {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            return min(index, bytes.count)
        }

        /// Past the line that closes the heredoc `<<EOT` / `<<-EOT` opened at `index`.
        private func heredocEnd(from index: Int) -> Int {
            var start = index
            if start < bytes.count, bytes[start] == UInt8(ascii: "-") { start += 1 }
            var end = start
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            let marker = Array(bytes[start..<end])
            guard !marker.isEmpty else { return index }
            var line = lineEnd(from: end) + 1
            while line < bytes.count {
                let next = lineEnd(from: line)
                let text = bytes[line..<next].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                if Array(text.prefix { $0 != UInt8(ascii: "\r") }) == marker { return next }
                line = next + 1
            }
            return bytes.count
        }
    }
}
