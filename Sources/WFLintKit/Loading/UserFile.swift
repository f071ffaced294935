import DocumentModel

/// A file the user points wflint at (configuration, rule pack, baseline): its text, or a
/// `SourceError` naming it when it cannot be read.
enum UserFile {
    static func text(at path: String, file: String, what: String) throws(SourceError) -> String {
        switch FileSystem.readFile(path) {
        case .success(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .failure(let failure): throw SourceError(file: file, position: nil, message: "cannot read the \(what): \(failure)")
        }
    }
}
