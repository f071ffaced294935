/// A JSON value with its object keys in the order they were written, so that
/// every log wflint emits is byte-for-byte deterministic (no Foundation, no
/// dictionary order).
public indirect enum JSONOutput: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONOutput])
    case object([(String, JSONOutput)])

    public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// Pretty-printed with two-space indentation and a final newline, the way
    /// people read it and diff it.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        out.append("\n")
        return out
    }

    /// On one line without spaces: the form a message on the wire takes
    /// (the language server's JSON-RPC).
    public func compact() -> String {
        var out = ""
        writeCompact(into: &out)
        return out
    }

    private func writeCompact(into out: inout String) {
        switch self {
        case .array(let elements):
            out.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(",") }
                element.writeCompact(into: &out)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(",") }
                Self.writeString(member.0, into: &out)
                out.append(":")
                member.1.writeCompact(into: &out)
            }
            out.append("}")
        default: write(into: &out, indent: 0)
        }
    }

    /// Written as an element or member value at `indent` levels (two spaces
    /// each): the lines after its first are indented from there.
    func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let text): Self.writeString(text, into: &out)
        case .integer(let value): out.append(String(value))
        case .bool(let value): out.append(value ? "true" : "false")
        case .null: out.append("null")
        case .array(let elements):
            writeContainer(open: "[", close: "]", count: elements.count, into: &out, indent: indent) { index, out in
                elements[index].write(into: &out, indent: indent + 1)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, into: &out, indent: indent) { index, out in
                Self.writeString(members[index].0, into: &out)
                out.append(": ")
                members[index].1.write(into: &out, indent: indent + 1)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, into out: inout String, indent: Int,
        element: (Int, inout String) -> Void
    ) {
        guard count > 0 else {
            out.append(open + close)
            return
        }
        out.append(open)
        for index in 0..<count {
            out.append(index == 0 ? "\n" : ",\n")
            Self.indent(indent + 1, into: &out)
            element(index, &out)
        }
        out.append("\n")
        Self.indent(indent, into: &out)
        out.append(close)
    }

    /// Two spaces a level.
    static func indent(_ levels: Int, into out: inout String) {
        for _ in 0..<levels { out.append("  ") }
    }

    /// RFC 8259 section 7: quote, backslash and the C0 controls are escaped;
    /// everything else is written as UTF-8.
    static func writeString(_ text: String, into out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            case let control where control.value < 0x20:
                out.append("\\u00")
                out.append(hexDigit(control.value >> 4))
                out.append(hexDigit(control.value & 0xF))
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }

    private static func hexDigit(_ value: UInt32) -> Character {
        Character(Unicode.Scalar(UInt8(value < 10 ? 48 + value : 87 + value)))
    }
}
