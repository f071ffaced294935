import DocumentModel
import HCLReader

/// A finding about the Terraform text itself, found while translating a
/// resource: an unknown argument (WF003), a computed one (WF501), a repeated
/// block (WF502). Its pointer is Terraform's already. Both syntaxes (native,
/// `TerraformTranslator`; JSON, `TerraformJSONTranslator`) word them alike.
struct TerraformFinding {
    let ruleID: String
    let range: SourceRange
    let pointer: JSONPointer
    let message: String
    /// Other places of the file it is about (the first of a repeated block).
    var related: [RelatedPlace] = []
    /// The module file it is in: the resource text's (an override file's).
    var file = 0

    /// The finding, in file `file` of the module.
    func written(in file: Int) -> TerraformFinding {
        var finding = self
        finding.file = file
        return finding
    }

    /// WF011: the values the references of `owner` read went past the node
    /// budget of the lint (`TerraformModule.admitted`), so some were left
    /// unknown and not checked.
    static func pastNodeBudget(owner: String, maximumNodes: Int, range: SourceRange, pointer: JSONPointer) -> TerraformFinding {
        TerraformFinding(
            ruleID: CoreRule.resourceLimit, range: range, pointer: pointer,
            message: "the values \(owner) reads through references take this lint past \(maximumNodes) nodes "
                + "(limits.max-nodes); those past it are unknown and were not checked")
    }

    /// WF011: the templates `owner`'s values render take the lint past
    /// `TerraformModule.maximumRenderedBytes` of text.
    static func pastRenderBudget(owner: String, range: SourceRange, pointer: JSONPointer) -> TerraformFinding {
        TerraformFinding(
            ruleID: CoreRule.resourceLimit, range: range, pointer: pointer,
            message: "the templates \(owner) reads render more than \(TerraformModule.maximumRenderedBytes >> 20) MiB of text "
                + "in this lint; those past it are unknown and were not checked")
    }

    /// WF011: a value `owner` reads goes through more than `maximumChain`
    /// references, one inside the next (`TerraformModule.maximumChain`).
    static func pastReferenceChain(owner: String, maximumChain: Int, range: SourceRange, pointer: JSONPointer) -> TerraformFinding {
        TerraformFinding(
            ruleID: CoreRule.resourceLimit, range: range, pointer: pointer,
            message: "a value \(owner) reads goes through more than \(maximumChain) references, each reading the next "
                + "(limits.max-depth); the rest is unknown and was not checked")
    }

    /// WF501: `name` is an attribute the provider computes.
    static func computed(_ name: String, owner: String, range: SourceRange, pointer: JSONPointer) -> TerraformFinding {
        TerraformFinding(
            ruleID: CoreRule.tfComputedAttribute, range: range, pointer: pointer,
            message: "\"\(name)\" is an attribute the provider computes; \(owner) cannot set it")
    }

    /// WF502: block number `count` of `type`, where `owner` takes `maxItems`
    /// and the first is at `first`.
    static func repeatedBlock(
        _ type: String, count: Int, maxItems: Int, first: SourceRange, owner: String, range: SourceRange,
        pointer: JSONPointer
    ) -> TerraformFinding {
        TerraformFinding(
            ruleID: CoreRule.tfRepeatedBlock, range: range, pointer: pointer,
            message: "\(owner) takes \(maxItems == 1 ? "one" : "at most \(maxItems)") "
                + "\(type) block, and this is block \(count) (the first is at \(first.start)); merge them into one",
            related: [RelatedPlace(message: RelatedLocation.firstDefinition, range: first)])
    }

    /// WF502: a `dynamic` block whose `for_each` (at `range`) makes `count`
    /// blocks of `type` (at least, unless `exact`), with the `written` blocks
    /// of `type` beside it (the first at `first`), past the `maxItems`
    /// `owner` takes; nil when they fit, or the `for_each` makes none known.
    static func repeatedDynamicBlock(
        _ type: String, count: (count: Int, exact: Bool), maxItems: Int, written: (count: Int, first: SourceRange)?,
        owner: String, range: SourceRange, pointer: JSONPointer
    ) -> TerraformFinding? {
        guard count.count > 0, (written?.count ?? 0) + count.count > maxItems else { return nil }
        let takes = maxItems == 1 ? "one" : "at most \(maxItems)"
        let makes = "this for_each makes \(count.exact ? "" : "at least ")\(count.count)"
        guard let first = written?.first else {
            return TerraformFinding(
                ruleID: CoreRule.tfRepeatedBlock, range: range, pointer: pointer,
                message: "\(owner) takes \(takes) \(type) block, and \(makes); "
                    + "give it at most \(maxItems == 1 ? "one element" : "\(maxItems) elements")")
        }
        return TerraformFinding(
            ruleID: CoreRule.tfRepeatedBlock, range: range, pointer: pointer,
            message: "\(owner) takes \(takes) \(type) block, and \(makes) beside the one at \(first.start); "
                + "merge them into one",
            related: [RelatedPlace(message: RelatedLocation.firstDefinition, range: first)])
    }

    /// WF004: a `dynamic` block's `for_each` (at `range`) known to be no
    /// collection. Terraform refuses it ("Invalid dynamic for_each value:
    /// Cannot use a bool value in for_each. An iterable collection is
    /// required."), `terraform validate` for a literal, `plan` for a
    /// variable's value. `value` nil is a literal `null`; nil when it is a
    /// collection or not known.
    static func forEachNotACollection(_ value: Node?, type: String, range: SourceRange, pointer: JSONPointer) -> TerraformFinding? {
        var kind = "null"
        if let value {
            guard !value.isUnknown, case .scalar(let scalar) = value.content else { return nil }
            switch scalar.value {
            case .null: kind = "null"
            case .bool: kind = "a bool"
            case .integer, .float: kind = "a number"
            case .string: kind = "a string"
            case .timestamp, .binary: return nil
            }
        }
        return TerraformFinding(
            ruleID: CoreRule.wrongType, range: range, pointer: pointer,
            message: "the for_each of dynamic \"\(type)\" must be a list, a set or a map, got \(kind); "
                + "Terraform makes a \(type) block of each element")
    }

    /// WF506: argument `name` of `owner`, whose value (at `range`) reads the
    /// ephemeral values `module` just read (`TerraformModule.ephemeralValuesRead`);
    /// nil when it reads none. `place` is what Terraform refuses it in: a
    /// resource argument, or (`count`, `for_each`, a `dynamic` block's
    /// `for_each`) what says which instances or blocks there are.
    static func ephemeralValue(
        _ name: String, owner: String, module: TerraformModule?, range: SourceRange, pointer: JSONPointer,
        in place: String = "a resource argument, whose value"
    ) -> TerraformFinding? {
        guard let read = module?.ephemeralValuesRead.first else { return nil }
        return TerraformFinding(
            ruleID: CoreRule.tfEphemeralValue, range: range, pointer: pointer,
            message: "\"\(name)\" of \(owner) reads \(read), an ephemeral value; Terraform takes none in \(place) "
                + "must persist from plan to apply: give it one that is not ephemeral")
    }

    /// What Terraform refuses an ephemeral value in, for WF506: a resource's
    /// `count` or `for_each` ("Invalid count argument: The given "count" is
    /// derived from an ephemeral value"), a `dynamic` block's `for_each`.
    static let ephemeralInstances = "the count or for_each of a resource, whose instances"
    static let ephemeralDynamicBlocks = "the for_each of a dynamic block, whose blocks"

    /// WF003 for a resource of type `type` whose name (its second label, or
    /// its key in JSON syntax, at `range`) is no identifier, which Terraform
    /// refuses (`decodeResourceBlock`: "Invalid resource name"), or nil
    /// when it is one. The resource is still checked.
    static func invalidResourceName(_ name: String, type: String, range: SourceRange, pointer: JSONPointer) -> TerraformFinding? {
        guard !HCLReader.isIdentifier(name) else { return nil }
        return TerraformFinding(
            ruleID: CoreRule.unknownField, range: range, pointer: pointer,
            message: "\(type) resource name \(SchemaMessages.quoted(name)) is not valid; a name must start with a letter "
                + "or underscore and may contain only letters, digits, underscores, and dashes")
    }

    /// WF003 for label `label` (the first) on a nested block of `type`, which takes none.
    static func extraneousLabel(_ label: String, of type: String, range: SourceRange, pointer: JSONPointer) -> TerraformFinding {
        TerraformFinding(
            ruleID: CoreRule.unknownField, range: range, pointer: pointer,
            message: "\"\(label)\" is a label, and a \(type) block takes none; write it as \(type) { ... }")
    }

    /// WF003 for a name that is neither argument nor block, with the nearest one.
    static func unknownName(
        _ name: String, of schema: TerraformBlockSchema, owner: String, range: SourceRange, pointer: JSONPointer
    ) -> TerraformFinding {
        let names = schema.writableNames
        return TerraformFinding(
            ruleID: CoreRule.unknownField, range: range, pointer: pointer,
            message: SchemaMessages.unknownMember(
                name, of: owner, suggestion: MemberSuggestion.nearest(to: name, in: names), members: names))
    }

    /// Whether a value written under `name`, which `schema` does not take,
    /// is a secret: `name`, or the name it was meant as, is a secret's.
    static func isSecretName(_ name: String, in schema: TerraformBlockSchema) -> Bool {
        let suggestion = MemberSuggestion.nearest(to: name, in: schema.writableNames)
        return [name, suggestion].contains { $0.map(SensitiveValues.isSensitiveKey) ?? false }
    }
}

extension TerraformResource {
    /// A key node: the API's member name, where Terraform's name is written.
    static func key(_ api: String, at range: SourceRange, bytes: ByteRange) -> Node {
        Node(.scalar(Scalar(text: api, style: .plain, value: .string(api))), range: range, bytes: bytes)
    }
}
