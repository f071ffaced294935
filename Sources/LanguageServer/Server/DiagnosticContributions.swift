import WFLintKit

/// Which diagnostics each open document's last lint gave each file, and
/// what each file is shown: the union of every open document's.
///
/// A Terraform document's lint has findings in other files of its module (a
/// `.tfvars` value, a variable's default), as `wflint lint` reports them. As
/// tflint's language server did, each file gets its own `publishDiagnostics`,
/// and a file that had diagnostics and has none now gets an empty list.
/// Unlike it, two open documents may show findings in one file (two
/// resources of a module use one `.tfvars` file): the file is shown both,
/// once each, and closing one document takes away only its own.
struct DiagnosticContributions {
    /// Per document URI, per file URI, the diagnostics its last lint gave
    /// that file; a file that got none is not there. A document's own
    /// diagnostics are kept only when they may need to be joined with
    /// another's (`keepsOwn`): a 200 KB document's ten thousand are not.
    private var byDocument: [String: [String: [JSONOutput]]] = [:]

    /// A publication: a file and all its diagnostics.
    struct Publication: Equatable {
        let uri: String
        let diagnostics: [JSONOutput]
    }

    /// Records the lint of `document`: its own diagnostics and those it
    /// shows in other files. Returns what to publish: the document itself
    /// first, then each other file it shows diagnostics in now or did before
    /// (an empty list clears it), in URI order. `keepsOwn`: whether another
    /// document's lint can show diagnostics in this one (a Terraform file).
    mutating func lint(
        _ document: String, own: [JSONOutput], elsewhere: [String: [JSONOutput]], keepsOwn: Bool
    ) -> [Publication] {
        var contributed = elsewhere.filter { $0.key != document && !$0.value.isEmpty }
        let before = byDocument[document] ?? [:]
        if keepsOwn && !own.isEmpty { contributed[document] = own }
        byDocument[document] = contributed.isEmpty ? nil : contributed
        let others = Set(before.keys).union(contributed.keys).subtracting([document]).sorted()
        return [Publication(uri: document, diagnostics: shown(document, own: own))]
            + others.map { Publication(uri: $0, diagnostics: shown($0)) }
    }

    /// Forgets a closed document: each file it showed diagnostics in is
    /// published again without them, the document itself included (with
    /// what other documents still show there, if anything).
    mutating func close(_ document: String) -> [Publication] {
        let before = byDocument.removeValue(forKey: document) ?? [:]
        let others = Set(before.keys).subtracting([document]).sorted()
        return [Publication(uri: document, diagnostics: shown(document))] + others.map { Publication(uri: $0, diagnostics: shown($0)) }
    }

    /// What `file` is shown: its own diagnostics (given, or kept), then each
    /// other document's for it in URI order, a diagnostic two documents give
    /// (a broken definitions file's syntax error) once.
    private func shown(_ file: String, own: [JSONOutput]? = nil) -> [JSONOutput] {
        let fromOthers = byDocument.keys.sorted().filter { $0 != file }.compactMap { byDocument[$0]?[file] }
        let first = own ?? byDocument[file]?[file] ?? []
        guard !fromOthers.isEmpty else { return first }
        var seen = Set<String>()
        return (first + fromOthers.joined()).filter { seen.insert($0.compact()).inserted }
    }
}
