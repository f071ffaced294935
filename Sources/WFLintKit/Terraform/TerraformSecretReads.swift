import DocumentModel
import HCLReader

/// The variables and local values a module's workforce resources read as
/// secrets, with the member each reads: each `var.NAME` and `local.NAME` in
/// an argument whose path names one (`oidc_config.client_secret`,
/// `SensitiveValues.isSensitive`), and, through each such local value, what
/// the read part of its expression reads.
///
/// A lint evaluates its own file's resources, and knows a value is a secret
/// when one of them reads it as one. `b.tf`'s `workforce_name = local.k`
/// showed `k`'s value in WF007's message and excerpt while `a.tf`'s
/// `client_secret = local.k` made it a secret: made once for the module,
/// every lint marks these values sensitive (`TerraformModule.value`).
/// Of `client_secret = local.idp.secret`, only the `secret` member is
/// marked: `local.idp` holds the issuer too, which messages show.
/// Read as written, whatever the override files replace: more is masked,
/// never less.
enum TerraformSecretReads {
    /// A deeper member path is cut to this many steps: the part it names
    /// is marked whole. A local that reads a deeper member of itself
    /// (`a = { x = local.a.x.x }`) would lengthen its paths without end.
    static let maximumMemberDepth = 8
    /// Past this many reads, each further one marks its whole value: the
    /// paths of many locals reading members of each other could multiply.
    static let maximumReads = 10_000
    /// A value with more member paths read than this is marked whole: each
    /// lint that evaluates it marks each path (2,000 resources reading
    /// 2,000 members of one local would be 2,000 × 2,000 in every lint).
    static let maximumPathsPerValue = 16

    /// `var.NAME` or `local.NAME` and the member read: `[]` the whole value.
    private struct Read: Hashable {
        let root: String
        let name: String
        var members: [String]

        init(root: String, name: String, members: [String]) {
            self.root = root
            self.name = name
            self.members = Array(members.prefix(TerraformSecretReads.maximumMemberDepth))
        }

        init(_ site: TerraformReferenceSite) { self.init(root: site.root, name: site.name, members: site.members) }
    }

    /// What a module's workforce resources read as secrets.
    struct Found {
        /// The member paths read (`[]`: the whole value) of each
        /// `var.NAME` and `local.NAME`, as `TerraformModule.value` keys them.
        var reads: [String: [[String]]] = [:]
        /// The values written in the parts of local values' expressions
        /// read: masked in every excerpt, also of a lint that evaluates
        /// none of them (`wflint b.tf` showed `secret = "..."` beside the
        /// `issuer` of `local.idp` it reads). As a lint that evaluates them
        /// masks them: each value, not the keys that say which it is; a
        /// reference is left out (what it reads is a part in turn), and so
        /// is a condition, which only decides.
        var writtenParts: [TerraformModule.Assignment] = []
    }

    /// What a resource of `schema`'s type in `bodies` reads in its secret
    /// arguments, closed over `locals`.
    static func find(
        in bodies: [TerraformModuleDeclarations.Body], schema: TerraformResourceSchema,
        locals: [String: TerraformModule.Assignment]
    ) -> Found {
        var sites: [TerraformReferenceSite] = []
        for body in bodies {
            switch body {
            case .native(let body): sites += secretSites(in: body, resourceType: schema.type)
            case .json(let root): sites += secretSites(inJSON: root, schema: schema)
            }
        }
        var pending = sites.filter { $0.invalid == nil }.map(Read.init)
        var read: Set<Read> = []
        // Each part of a local value is walked once, however many secrets
        // read it and at whatever members past the part's own.
        var walked: Set<Read> = []
        var found = Found()
        while var next = pending.popLast() {
            if read.count >= maximumReads { next.members = [] }
            guard read.insert(next).inserted, next.root == "local", let value = locals[next.name] else { continue }
            let part = self.part(of: value, named: next.name, at: next.members, walked: &walked)
            pending += part.reads
            found.writtenParts += part.written
        }
        found.reads = Dictionary(grouping: read) { $0.root + "." + $0.name }.mapValues { reads in
            reads.count > maximumPathsPerValue ? [[]] : reads.map(\.members)
        }
        return found
    }

    /// The references in a native syntax file's secret arguments.
    private static func secretSites(in body: HCLBody, resourceType: String) -> [TerraformReferenceSite] {
        secretArguments(in: body, resourceType: resourceType).flatMap { TerraformReferenceSites.sites(in: $0) }
    }

    /// The same in a `.tf.json` file.
    private static func secretSites(inJSON root: Node, schema: TerraformResourceSchema) -> [TerraformReferenceSite] {
        secretArguments(inJSON: root, schema: schema).flatMap { TerraformReferenceSites.sites(inJSON: $0).flatMap(\.sites) }
    }

    /// The secret arguments of the resources of `schema`'s type in
    /// `bodies`, each with its file: their texts are concealed in every
    /// lint of the module, and a copy of one in a value is masked, as a
    /// stream's secrets are in each of its documents (`wflint other.tf`
    /// showed a copy of `main.tf`'s literal `client_secret` in its message
    /// and excerpt); where they are written, their own file's lint masks
    /// them. Their texts are their literal strings
    /// (`HCLExpression.literalStrings`): a literal `client_secret` (WF140),
    /// a template's literal text, not a function's arguments
    /// (`lookup(var.secrets, "labelers")`'s key is no secret). A reference
    /// alone is left out: what it reads is found by `find`.
    static func writtenSecrets(
        in bodies: [(file: Int, body: TerraformModuleDeclarations.Body)], schema: TerraformResourceSchema
    ) -> [TerraformModule.Assignment] {
        var written: [TerraformModule.Assignment] = []
        for (file, body) in bodies {
            switch body {
            case .native(let body):
                written += secretArguments(in: body, resourceType: schema.type).filter { reference($0) == nil }
                    .map { .expression(file: file, $0) }
            case .json(let root):
                for argument in secretArguments(inJSON: root, schema: schema) {
                    written += TerraformValues.scalars(in: argument).map { .jsonConfiguration(file: file, $0) }
                        .filter { reference($0) == nil }
                }
            }
        }
        return written
    }

    /// The values of a native syntax file's secret arguments: each
    /// attribute, or anything in a block, whose name names a secret, in a
    /// resource of the type.
    private static func secretArguments(in body: HCLBody, resourceType: String) -> [HCLExpression] {
        var found: [HCLExpression] = []
        for case .block(let resource) in body.items
        where resource.type.text == "resource" && resource.labels.count == 2 && resource.labels[0].value == resourceType {
            var pending: [(body: HCLBody, isSecret: Bool)] = [(resource.body, false)]
            while let (body, isSecret) = pending.popLast() {
                for item in body.items {
                    switch item {
                    case .attribute(let attribute) where isSecret || SensitiveValues.isSensitiveKey(attribute.name.text):
                        found.append(attribute.value)
                    case .attribute:
                        continue
                    case .block(let block):
                        let names = [block.type.text] + block.labels.map(\.value)
                        pending.append((block.body, isSecret || names.contains(where: SensitiveValues.isSensitiveKey)))
                    }
                }
            }
        }
        return found
    }

    /// The same in a `.tf.json` file: the value of every property whose
    /// name names a secret, in a resource of the type.
    private static func secretArguments(inJSON root: Node, schema: TerraformResourceSchema) -> [Node] {
        var found: [Node] = []
        var pending = TerraformJSONTranslator.resources(of: schema, in: root).map(\.body)
        while let node = pending.popLast() {
            switch node.content {
            case .scalar:
                continue
            case .sequence(let items):
                pending += items
            case .mapping(let entries):
                for entry in entries {
                    guard entry.name.map(SensitiveValues.isSensitiveKey) == true else {
                        pending.append(entry.value)
                        continue
                    }
                    found.append(entry.value)
                }
            }
        }
        return found
    }

    /// The part of a local value's expression at `members`: what it reads
    /// and the values written in it (`descend`). A member of a reference
    /// written there is read as a member of that reference's value (`idp =
    /// { pw = local.creds }` reads `local.creds` at `rest`); of anything
    /// else (a call, a conditional), every reference is read as written:
    /// more is masked, never less. `walked`: the parts walked so far, by the
    /// local's name and the members that name the part; one walked before
    /// gives nothing new.
    private static func part(
        of value: TerraformModule.Assignment, named name: String, at members: [String], walked: inout Set<Read>
    ) -> (reads: [Read], written: [TerraformModule.Assignment]) {
        let (part, rest) = descend(value, to: members)
        if let read = reference(part) {
            return ([Read(root: read.root, name: read.name, members: read.members + rest)], [])
        }
        guard walked.insert(Read(root: "local", name: name, members: Array(members.dropLast(rest.count)))).inserted
        else { return ([], []) }
        let reads = switch part {
        case .expression(_, let expression): TerraformReferenceSites.sites(in: expression)
        case .json(_, let node), .jsonConfiguration(_, let node): TerraformReferenceSites.sites(inJSON: node).flatMap(\.sites)
        }
        return (reads.filter { $0.invalid == nil }.map(Read.init), writtenValues(in: part))
    }

    /// The values written in the part of `value` that `members` name, as
    /// far as its constructors name one: a variable's `default` or
    /// definitions value read at a member (`var.idp.secret` masks the
    /// `secret` written in `default = { secret = ..., issuer = ... }`).
    static func writtenValues(of value: TerraformModule.Assignment, at members: [String]) -> [TerraformModule.Assignment] {
        writtenValues(in: descend(value, to: members).part)
    }

    /// The item of a written value's object or tuple constructor (of a
    /// JSON value, its member) that `members` name, as far as one is
    /// written there, and the members left.
    private static func descend(
        _ value: TerraformModule.Assignment, to members: [String]
    ) -> (part: TerraformModule.Assignment, rest: ArraySlice<String>) {
        var rest = members[...]
        switch value {
        case .expression(let file, var expression):
            while let key = rest.first, let part = TerraformValues.part(of: expression, key: key) {
                expression = part
                rest = rest.dropFirst()
            }
            return (.expression(file: file, expression), rest)
        case .json(let file, var node), .jsonConfiguration(let file, var node):
            while let key = rest.first, let part = TerraformValues.member(key, of: node) {
                node = part
                rest = rest.dropFirst()
            }
            if case .json = value { return (.json(file: file, node), rest) }
            return (.jsonConfiguration(file: file, node), rest)
        }
    }

    /// The values written in a part: of an expression, `writtenValues(in:)`;
    /// of a JSON value, each string (its template too, as a lint that reads
    /// the local masks it: `readThroughJSON`) and other scalar.
    private static func writtenValues(in part: TerraformModule.Assignment) -> [TerraformModule.Assignment] {
        switch part {
        case .expression(let file, let expression): writtenValues(in: expression).map { .expression(file: file, $0) }
        case .json(let file, let node): TerraformValues.scalars(in: node).map { .json(file: file, $0) }
        case .jsonConfiguration(let file, let node): TerraformValues.scalars(in: node).map { .jsonConfiguration(file: file, $0) }
        }
    }

    /// The values an expression writes, without recursion: of an object,
    /// its items' values; of a tuple, its items; of a call, its arguments;
    /// of a conditional, its branches; no reference (`reference`, also in a
    /// template of it alone); anything else whole.
    private static func writtenValues(in expression: HCLExpression) -> [HCLExpression] {
        var found: [HCLExpression] = []
        var pending = [expression]
        while let next = pending.popLast() {
            guard reference(next) == nil else { continue }
            switch next.kind {
            case .parentheses(let inner): pending.append(inner)
            case .object(let items): pending += items.map(\.value)
            case .tuple(let items): pending += items
            case .call(let call): pending += call.arguments
            case .conditional(_, let whenTrue, let whenFalse): pending += [whenTrue, whenFalse]
            default: found.append(next)
            }
        }
        return found
    }

    /// The read a part is when it is nothing but a reference: an
    /// expression, or a `.tf.json` string that is one template sequence
    /// (`"${local.creds}"`, which Terraform evaluates to the value itself).
    private static func reference(_ part: TerraformModule.Assignment) -> Read? {
        switch part {
        case .expression(_, let expression):
            return reference(expression)
        case .json(_, let node), .jsonConfiguration(_, let node):
            guard case .scalar(let scalar) = node.content, case .string(let text) = scalar.value, text.contains("${"),
                let template = TerraformJSONValues.template(text)?.expression
            else { return nil }
            return reference(soleInterpolation(template, inJSONString: true) ?? template)
        }
    }

    /// The read an expression is when it is nothing but a reference whose
    /// steps are all written literally (`local.creds`, `var.idp["pw"]`),
    /// also wrapped in a template of that one interpolation (`"${local.creds}"`,
    /// strip markers or not), which Terraform evaluates to the value itself.
    private static func reference(_ expression: HCLExpression) -> Read? {
        var expression = expression
        while true {
            if case .parentheses(let inner) = expression.kind { expression = inner }
            else if let inner = soleInterpolation(expression, inJSONString: false) { expression = inner }
            else { break }
        }
        guard case .traversal(let root, let steps) = expression.kind, case .variable(let rootName) = root.kind,
            rootName == "var" || rootName == "local", case .attribute(let name)? = steps.first?.kind
        else { return nil }
        let members = steps.dropFirst().compactMap(TerraformValues.key(of:))
        guard members.count == steps.count - 1 else { return nil }
        return Read(root: rootName, name: name, members: members)
    }

    /// The expression of a template that is one interpolation and no text,
    /// empty literals left by strip markers aside. `inJSONString`: the
    /// template is a `.tf.json` string read as a heredoc
    /// (`TerraformJSONValues.template`), whose last line end is the heredoc's.
    private static func soleInterpolation(_ expression: HCLExpression, inJSONString: Bool) -> HCLExpression? {
        guard case .template(var template) = expression.kind else { return nil }
        template.parts.removeAll { if case .literal("") = $0.kind { true } else { false } }
        if inJSONString, case .literal("\n")? = template.parts.last?.kind { template.parts.removeLast() }
        return template.wrapped
    }
}
