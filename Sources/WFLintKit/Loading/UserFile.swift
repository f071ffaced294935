import DocumentModel

/// A file the user points wflint at (configuration, rule pack, baseline): its text, or a
/// `SourceError` naming it when it cannot be read.
enum UserFile {
    /// No configuration, pack or baseline comes near this; a larger file is
    /// refused unread (it is not the input's `limits:` that could raise it).
    static let maximumSize = LintLimits.defaultFileSize

    static func text(at path: String, file: String, what: String) throws(SourceError) -> String {
        switch FileSystem.readFile(path, maximumSize: maximumSize) {
        case .success(.bytes(let bytes)): return String(decoding: bytes, as: UTF8.self)
        case .success(.source(let bytes)): return String(decoding: bytes, as: UTF8.self)
        case .success(.tooLarge(let size)):
            throw SourceError(
                file: file, position: nil,
                message: "cannot read the \(what): it is \(size.map { "\($0) bytes" } ?? "larger"), over the "
                    + "\(ByteCount.describe(maximumSize)) a \(what) may have")
        case .failure(let failure): throw SourceError(file: file, position: nil, message: "cannot read the \(what): \(failure)")
        }
    }
}
