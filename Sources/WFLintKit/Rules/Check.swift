/// One unit of checking that runs over a document: a declarative rule from a
/// pack, or a rule implemented in Swift (the schema checker reports WF002 to
/// WF009 from one walk). This is the one protocol the engine runs.
public protocol Check: Sendable {
    /// Records the schema checks this check takes over on the nodes it targets
    /// in this document, so that each defect is reported once, by the most
    /// specific rule. Called for every enabled check before any `check`.
    func supersede(in context: DocumentContext, _ supersession: inout Supersession)

    /// Reports this check's findings about one document.
    func check(_ context: DocumentContext, supersession: Supersession, into sink: inout FindingSink)
}

extension Check {
    public func supersede(in context: DocumentContext, _ supersession: inout Supersession) {}
}
