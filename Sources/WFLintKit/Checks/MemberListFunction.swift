import DocumentModel

/// Checks over the members of a mapping target (`OidcConfig`, the workforce
/// object itself): which must be there, which must not, which exclude each other.
protocol MemberListFunction: CheckFunction {
    init(members: [String], options: CheckOptions) throws(SourceError)
}

extension MemberListFunction {
    init(options: CheckOptions) throws(SourceError) {
        guard let members = try options.strings("members"), !members.isEmpty else {
            throw options.needs("a non-empty option \"members\"")
        }
        try self.init(members: members, options: options)
    }
}
