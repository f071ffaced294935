import DocumentModel

/// The properties a `.tf.json` file writes twice where Terraform refuses it.
///
/// JSON has no syntax for "argument" and "block": HCL's JSON decoder tells
/// them apart by the body's schema. A property written twice is two blocks
/// where the schema says block, an error where it says argument ("Duplicate
/// argument"), and in an object that an argument's value writes, always an
/// error ("Duplicate object attribute"; a `//` key too, which is a comment
/// only in a body). The native syntax's parser refuses an argument set twice
/// in any body (`HCLReader`); here, without a provider's schema, only the
/// blocks whose schema Terraform itself fixes are read: `variable`,
/// `output`, `module` and `locals` (a workforce resource's own arguments
/// written twice are WF002, from its translation, and a name declared twice
/// is WF505). Each was a file Terraform refuses that wflint passed, reading
/// one of the two values.
enum TerraformJSONRepeats {
    /// The nested block types of each block type read; every other property
    /// of its body (but a `//` comment) is an argument.
    static let nestedBlockTypes: [String: Set<String>] = [
        "variable": ["validation"], "output": ["precondition"], "module": [],
    ]

    /// The error at the first property written again, in file order; nil when there is none.
    static func firstError(in root: Node) -> SyntaxError? {
        var search = Search()
        typealias JSON = TerraformJSONTranslator
        for body in JSON.objects(root) {
            for entry in body.entries ?? [] {
                guard let type = entry.name else { continue }
                if type == "locals" {
                    // Each local's value is an expression (a name set twice is WF505).
                    for locals in JSON.objects(entry.value) {
                        for local in locals.entries ?? [] where local.name != JSON.comment { search.expression(local.value) }
                    }
                } else if let nested = nestedBlockTypes[type] {
                    for labels in JSON.objects(entry.value) {
                        for label in labels.entries ?? [] where label.name != JSON.comment {
                            for block in JSON.objects(label.value) { search.arguments(of: block, nestedBlockTypes: nested) }
                        }
                    }
                }
            }
        }
        return search.first
    }

    /// The walk, keeping the error that comes first in the file.
    private struct Search {
        private(set) var first: SyntaxError?

        private mutating func found(_ message: String, at position: SourcePosition) {
            if first.map({ position < $0.position }) ?? true { first = SyntaxError(message: message, position: position) }
        }

        /// A block body: each argument once, and its value's objects; a
        /// nested block's body is read as one with no nested block types
        /// (`validation` and `precondition` have none).
        mutating func arguments(of body: Node, nestedBlockTypes: Set<String>) {
            var seen: [ExactText: SourcePosition] = [:]
            for entry in body.entries ?? [] {
                guard let name = entry.name, name != TerraformJSONTranslator.comment else { continue }
                if nestedBlockTypes.contains(name) {
                    for block in TerraformJSONTranslator.objects(entry.value) { arguments(of: block, nestedBlockTypes: []) }
                    continue
                }
                let place = entry.key.range.start
                if let earlier = seen.updateValue(place, forKey: ExactText(name)) {
                    found(
                        "the argument \(SchemaMessages.quoted(name)) was already set at \(earlier); "
                            + "each argument may be set only once (Terraform: \"Duplicate argument\")", at: place)
                }
                expression(entry.value)
            }
        }

        /// Every object in an argument's value: each key once.
        mutating func expression(_ value: Node) {
            var pending = [value]
            while let node = pending.popLast() {
                switch node.content {
                case .scalar:
                    continue
                case .sequence(let items):
                    pending += items
                case .mapping(let entries):
                    var seen: [ExactText: SourcePosition] = [:]
                    for entry in entries {
                        pending.append(entry.value)
                        guard let name = entry.name else { continue }
                        let place = entry.key.range.start
                        if let earlier = seen.updateValue(place, forKey: ExactText(name)) {
                            // The key is not quoted: it may be part of a sensitive value.
                            found(
                                "this key was already set at \(earlier); an object's keys must be unique "
                                    + "(Terraform: \"Duplicate object attribute\")", at: place)
                        }
                    }
                }
            }
        }
    }
}
