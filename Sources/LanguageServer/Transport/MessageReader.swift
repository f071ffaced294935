#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits the byte stream a client writes into messages: each is a header
/// (`Content-Length: N`, other fields ignored, each line ended by CRLF), an
/// empty line, and N bytes of JSON (LSP's base protocol).
///
/// Bounded: a header longer than `maximumHeader` or a body longer than
/// `maximumBody` is not held; it becomes a `.malformed` frame (the body's
/// bytes are read and dropped), and the stream goes on after it.
struct MessageReader {
    enum Frame: Equatable {
        case message([UInt8])
        /// Why the bytes at this place are not a message.
        case malformed(String)
    }

    let maximumHeader = 8 * 1024
    let maximumBody: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes of an oversized body still to drop.
    private var skipping = 0

    init(maximumBody: Int) {
        self.maximumBody = maximumBody
    }

    /// Adds bytes read from the client.
    mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes come.
    mutating func next() -> Frame? {
        if skipping > 0 {
            let dropped = min(skipping, buffer.count - start)
            start += dropped
            skipping -= dropped
            if skipping > 0 { return nil }
        }
        guard let headerEnd = find(Self.headerTerminator) else {
            if buffer.count - start > maximumHeader {
                // No header ends within the bound: drop what is held.
                start = buffer.count
                return .malformed("a message header longer than \(maximumHeader) bytes")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + Self.headerTerminator.count
        guard let length = Self.contentLength(header) else {
            start = bodyStart
            return .malformed("a message header without a valid Content-Length")
        }
        if length > maximumBody {
            start = bodyStart
            skipping = length
            return .malformed("a message of \(length) bytes, over the \(maximumBody) a message may have")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        start = bodyStart + length
        return .message(Array(buffer[bodyStart..<start]))
    }

    private static let headerTerminator: [UInt8] = Array("\r\n\r\n".utf8)

    private func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= buffer.count {
            if buffer[index] == needle[0] && buffer[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The value of the `Content-Length` field (case-insensitive name).
    static func contentLength(_ header: String) -> Int? {
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            guard line[..<colon].lowercased() == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters()
            guard !value.isEmpty, value.allSatisfy(\.isASCIIDigit), value.count < 19 else { return nil }
            return Int(value)
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// Reads the client's bytes from a file descriptor (standard input).
struct InputChannel {
    let descriptor: Int32

    /// The next bytes, or nil at the end of the stream or on an error.
    func read() -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { return Array(chunk[..<count]) }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }
}
