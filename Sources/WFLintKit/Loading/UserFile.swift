import DocumentModel

/// A file the user points wflint at (configuration, rule pack, baseline): its text, or a
/// `SourceError` naming it when it cannot be read.
enum UserFile {
    /// No configuration, pack or baseline comes near this; a larger file is
    /// refused unread (it is not the input's `limits:` that could raise it).
    static let maximumSize = LintLimits.defaultFileSize

    static func text(at path: String, file: String, what: String, maximumSize: Int = maximumSize) throws(SourceError) -> String {
        switch FileSystem.readFile(path, maximumSize: maximumSize) {
        case .success(.bytes(let bytes)): return try text(of: bytes, file: file)
        case .success(.source(let bytes)): return try text(of: bytes, file: file)
        case .success(.tooLarge(let size)):
            throw SourceError(
                file: file, position: nil,
                message: "cannot read the \(what): it is \(size.map { "\($0) bytes" } ?? "larger"), over the "
                    + "\(ByteCount.describe(maximumSize)) a \(what) may have")
        case .failure(let failure): throw SourceError(file: file, position: nil, message: "cannot read the \(what): \(failure)")
        }
    }

    /// The bytes as text, refused where they are not UTF-8: decoded, a bad
    /// byte would quietly be U+FFFD (a pack's pattern would match it), where
    /// a linted file's is a WF001.
    private static func text<Bytes: Collection<UInt8>>(of bytes: Bytes, file: String) throws(SourceError) -> String {
        let error = bytes.withContiguousStorageIfAvailable(InvalidUTF8.error(in:))
            ?? Array(bytes).withUnsafeBufferPointer(InvalidUTF8.error(in:))
        if let error { throw SourceError(file: file, position: error.position, message: error.message) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
