/// A report's text gathered a piece at a time and handed on in chunks, so
/// that a report (text, GitHub annotations, SARIF, JSON) holds one chunk of
/// its output at a time, not the whole of it.
public struct ReportChunks {
    /// 64 KiB: a handful of writes for a usual report, and a long stream's
    /// report of megabytes through one small buffer used again and again.
    public static let defaultSize = 1 << 16

    /// The text not yet handed on; reporters append to it.
    var text = ""
    private let size: Int

    init(size: Int) {
        self.size = size
    }

    /// Hands the text to `emit` once it holds `size` bytes or more. Called
    /// between findings, so that a chunk never ends inside a finding's lines.
    mutating func emitIfFull(_ emit: (String) -> Void) {
        guard text.utf8.count >= size else { return }
        emit(text)
        // The buffer is kept for the next chunk.
        text.removeAll(keepingCapacity: true)
    }

    /// The whole text a reporter's `write` hands on, as one string: its
    /// `render`, for callers that want the report whole (tests, goldens).
    static func whole(_ write: (_ chunkSize: Int, _ emit: (String) -> Void) -> Void) -> String {
        var whole = ""
        write(.max) { whole += $0 }
        return whole
    }

    /// Hands on what is left, if anything is.
    mutating func finish(_ emit: (String) -> Void) {
        if !text.isEmpty { emit(text) }
        text = ""
    }
}
