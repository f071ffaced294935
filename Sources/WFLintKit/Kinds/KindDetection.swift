import DocumentModel

extension DocumentKind {
    /// The kind a document is, from its top-level keys; nil when it is not a
    /// workforce document at all (a `package.json`). The first match wins, in
    /// this order.
    public static func detect(_ root: Node) -> DocumentKind? {
        guard let entries = root.entries else { return nil }
        return detect(topLevelKeys: entries.lazy.compactMap { $0.name })
    }

    /// The kind a document with these top-level keys is (see `detect(_:)`):
    /// an editor's completion tells it from keys read off a document that
    /// may not parse. One pass over the names, noting the few that decide:
    /// a table of every key, hashed, cost more than the rest of telling a
    /// document's kind.
    public static func detect(topLevelKeys keys: some Sequence<String>) -> DocumentKind? {
        var found = DecidingKeys()
        for key in keys { found.note(key) }
        return found.kind
    }

    /// Which of the keys that decide a document's kind it has.
    private struct DecidingKeys {
        var workforces = false
        var workforce = false
        var modelPackageGroupSummaryList = false
        var listModelPackageGroupsFilter = false
        var workforceName = false
        /// A key other than `WorkforceName`.
        var otherThanWorkforceName = false
        /// A member only a workforce request has (see `isWorkforceRequestMember`).
        var workforceRequestMember = false

        mutating func note(_ key: String) {
            if key.isExactly("WorkforceName") {
                workforceName = true
                return
            }
            otherThanWorkforceName = true
            if key.isExactly("Workforces") {
                workforces = true
            } else if key.isExactly("Workforce") {
                workforce = true
            } else if key.isExactly("ModelPackageGroupSummaryList") {
                modelPackageGroupSummaryList = true
            } else if key.isExactly("CrossAccountFilterOption") || key.isExactly("CreationTimeAfter")
                || key.isExactly("CreationTimeBefore")
            {
                listModelPackageGroupsFilter = true
            } else if Self.isWorkforceRequestMember(key) {
                workforceRequestMember = true
            }
        }

        /// The members that only the workforce requests (CreateWorkforce,
        /// UpdateWorkforce) have, and no other file of a repository names at
        /// its top level: with one of them and no `WorkforceName` (mistyped,
        /// `workforceName`, or left out), a file is still a workforce request,
        /// which both operations refuse, not a file to skip. Left out: `Tags`
        /// and `IpAddressType` (other APIs' requests have them too) and
        /// `SourceIpConfig` (an Elastic Load Balancing rule's condition has one:
        /// `{"Field": "source-ip", "SourceIpConfig": {"Values": [...]}}`).
        private static func isWorkforceRequestMember(_ key: String) -> Bool {
            key.isExactly("CognitoConfig") || key.isExactly("OidcConfig") || key.isExactly("WorkforceVpcConfig")
        }

        /// The first match wins, in this order.
        var kind: DocumentKind? {
            if workforces { return .listWorkforcesResponse }
            // An UpdateWorkforce response has the same body; `--operation` tells them apart.
            if workforce { return .describeWorkforceResponse }
            if modelPackageGroupSummaryList { return .listModelPackageGroupsResponse }
            if listModelPackageGroupsFilter { return .listModelPackageGroupsRequest }
            guard workforceName else { return workforceRequestMember ? .createWorkforceRequest : nil }
            // Any other key makes it a CreateWorkforce request, so that a mistyped
            // member (`CognitoConfg`) is reported as unknown rather than changing the kind.
            return otherThanWorkforceName ? .createWorkforceRequest : .describeWorkforceRequest
        }
    }

    /// The kind of a document in a run, with the `--operation` the run names.
    ///
    /// Responses stay responses (a `Workforce` body becomes UpdateWorkforce's
    /// response under `--operation UpdateWorkforce`, its other reading). Every
    /// other workforce document is read as the operation's request. A document
    /// detection does not recognise becomes that request only when one of its
    /// top-level keys is a member of it: a ListWorkforces request
    /// (`{"SortBy": "Name"}`) has no key detection knows, while a
    /// `package.json` must never become a workforce document.
    public static func resolve(
        root: Node, operation: Operation?, catalog: ShapeCatalog = .builtin
    ) -> DocumentKind? {
        resolve(detected: detect(root), operation: operation, catalog: catalog) { request in
            root.entries?.contains { entry in entry.name.flatMap(request.member) != nil } ?? false
        }
    }

    /// The same, from a document's top-level keys alone (read off libyaml's
    /// events for YAML the AWS CLI cannot load: `DocumentLinter`).
    public static func resolve(
        topLevelKeys keys: [String], operation: Operation?, catalog: ShapeCatalog = .builtin
    ) -> DocumentKind? {
        resolve(detected: detect(topLevelKeys: keys), operation: operation, catalog: catalog) { request in
            keys.contains { request.member($0) != nil }
        }
    }

    /// The kind of a document detection made `detected`, under `operation`;
    /// `namesAMember` tells whether a top-level key is a member of a shape
    /// (asked only of a document detection does not recognise).
    private static func resolve(
        detected: DocumentKind?, operation: Operation?, catalog: ShapeCatalog, namesAMember: (Shape) -> Bool
    ) -> DocumentKind? {
        guard let operation else { return detected }
        if let detected, detected.isResponse {
            if detected == .describeWorkforceResponse, let response = operation.responseKind,
                response == .updateWorkforceResponse
            {
                return response
            }
            return detected
        }
        if detected != nil { return operation.requestKind }
        return namesAMember(catalog.root(of: operation.requestKind)) ? operation.requestKind : nil
    }
}
