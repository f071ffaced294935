import DocumentModel

/// The variables and local values a module declares, as WF507 reads them,
/// and the message for a name it does not declare. Made once a module:
/// each file is checked against it (made for each, a module of 12,800
/// one-variable files sorted 12,800 names 12,800 times). Names are compared
/// exactly, byte for byte, as Terraform compares them: `café` written
/// composed and decomposed are two names.
final class TerraformDeclaredNames {
    private let variables: Set<ExactText>
    private let locals: Set<ExactText>
    /// Sorted only when a name is not declared: a module without a mistake never sorts them.
    private lazy var sortedVariables = variables.map(\.string).sorted()
    private lazy var sortedLocals = locals.map(\.string).sorted()
    /// Each name's message, made once however often it is written.
    private var messages: [ExactText: String] = [:]
    /// How many more comparisons the "did you mean" search may make: each
    /// name not declared is compared with every declared one, and thousands
    /// of mistakes in a module of thousands of names must not cost their
    /// product. Past it a message lists the declared names instead.
    private var comparisonsLeft = TerraformDeclaredNames.maximumComparisons

    /// Under a second: each comparison lower-cases a name and measures an
    /// edit distance (4,000,000 took 3 s for 50,000 mistakes among 50,000 names).
    static let maximumComparisons = 1_000_000

    /// A name longer than this gets no "did you mean" (no typo is that long).
    static let longestSuggested = 64

    /// A module may declare hundreds of variables: a message lists this many.
    static let listedNames = 10

    init(variables: some Sequence<String>, locals: some Sequence<String>) {
        self.variables = Set(variables.map(ExactText.init))
        self.locals = Set(locals.map(ExactText.init))
    }

    /// Whether the module declares what `site` reads.
    func declares(_ site: TerraformReferenceSite) -> Bool {
        site.invalid == nil && (site.root == "var" ? variables : locals).contains(ExactText(site.name))
    }

    /// Terraform's own words, with the nearest declared name or, without
    /// one, the declared names in order (actionlint's way: the reader sees
    /// what there is to choose from).
    func message(for site: TerraformReferenceSite) -> String {
        if let invalid = site.invalid { return message(for: invalid, of: site) }
        let key = ExactText(site.root + "." + site.name)
        if let made = messages[key] { return made }
        let name = site.name
        let (what, names, declaration) = site.root == "var"
            ? ("input variable", sortedVariables, "a variable \"\(name)\" {} block")
            : ("local value", sortedLocals, "an entry \"\(name)\" in a locals block")
        var message = "reference to undeclared \(what) \"\(name)\""
        let nearest = nearest(to: name, in: names)
        if let nearest, nearest == name {
            // Equal to Swift, not to Terraform: the same letters in another Unicode form.
            message += "; the module declares \"\(nearest)\" with the same letters in another Unicode form; write it as declared"
        } else if let nearest {
            message += "; did you mean \"\(nearest)\"?"
        } else if names.isEmpty {
            message += "; the module declares none: add \(declaration)"
        } else {
            let shown = names.prefix(Self.listedNames).map { "\"\($0)\"" }.joined(separator: ", ")
            let more = names.count > Self.listedNames ? ", and \(names.count - Self.listedNames) more" : ""
            message += "; the module declares \(shown)\(more)"
        }
        messages[key] = message
        return message
    }

    /// Terraform's words for a use of the object itself (WF508), and what
    /// to write instead: `var.NAME` for `var["NAME"]` when the module
    /// declares `NAME`.
    private func message(for invalid: TerraformReferenceSite.InvalidUse, of site: TerraformReferenceSite) -> String {
        let object = site.root
        let declared = !site.name.isEmpty && (object == "var" ? variables : locals).contains(ExactText(site.name))
        let instead = declared ? "write \(object).\(site.name)" : "access one of its attributes, as \(object).NAME"
        switch invalid {
        case .wholeObject: return "invalid reference: the \"\(object)\" object cannot be accessed directly; \(instead)"
        case .index: return "invalid reference: the \"\(object)\" object does not support this operation; \(instead)"
        }
    }

    /// The declared name nearest `name`, when fewer edits apart than
    /// either is long: `zz` is two edits from `a`, and no typo of it.
    private func nearest(to name: String, in names: [String]) -> String? {
        // An edit distance costs the product of the two lengths, and only
        // names within two of this one's length are measured: a long name
        // would cost its square for each (50 names of 2,000 characters: 15 s).
        guard name.unicodeScalars.count <= Self.longestSuggested, !names.isEmpty, comparisonsLeft >= names.count
        else { return nil }
        comparisonsLeft -= names.count
        guard let nearest = MemberSuggestion.nearestMatch(to: name, inSorted: names)?.name else { return nil }
        let distance = MemberSuggestion.editDistance(
            Array(name.lowercased().unicodeScalars), Array(nearest.lowercased().unicodeScalars))
        return distance < min(name.unicodeScalars.count, nearest.unicodeScalars.count) ? nearest : nil
    }
}
