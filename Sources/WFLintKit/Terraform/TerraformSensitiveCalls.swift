import DocumentModel
import HCLReader

/// The values a module wraps in Terraform's `sensitive(...)`, wherever it
/// writes one: in a local value, a workforce's argument, an output, another
/// resource. Terraform marks what the function returns as sensitive and
/// keeps it out of its own output (a plan shows `(sensitive value)`), so
/// every lint of the module masks the argument where it is written and
/// conceals its literal strings in messages, as it does a sensitive
/// variable's values (`TerraformModuleDeclarations.sensitiveValues`).
/// A lint that evaluates the call marks its value too (`TerraformValues`).
enum TerraformSensitiveCalls {
    static let function = "sensitive"
    /// The built-in function's names: Terraform takes `core::` before any built-in one.
    static let names: Set<String> = [function, "core::" + function]
    private static let word = ByteSearch(function)

    /// Whether `call` is of the built-in `sensitive`, with its one argument.
    static func isSensitive(_ call: HCLFunctionCall) -> Bool {
        names.contains(call.name.text) && call.arguments.count == 1 && !call.expandsFinalArgument
    }

    struct Found {
        /// Each call's argument where it is written; a `.tf.json` string
        /// that calls the function, whole (its call is in the text made of it).
        var values: [TerraformModule.Assignment] = []
        /// The literal strings of the `.tf.json` calls' arguments (a native
        /// argument's are read from its expression, as a variable's are).
        var jsonTexts: Set<String> = []
    }

    /// The calls in `bodies`, each of file `file` of `files`.
    static func find(
        in bodies: [(file: Int, body: TerraformModuleDeclarations.Body)], files: [TerraformModuleDeclarations.File]
    ) -> Found {
        var found = Found()
        for (file, body) in bodies {
            switch body {
            case .native(let body):
                // A function's name is written as its bytes: a file without them calls none.
                guard word.occurs(in: files[file].source.bytes) else { continue }
                found.values += arguments(in: body).map { .expression(file: file, $0) }
            case .json(let root):
                find(inJSON: root, file: file, into: &found)
            }
        }
        return found
    }

    /// The arguments of the calls in every attribute of `body`, its blocks' too.
    private static func arguments(in body: HCLBody) -> [HCLExpression] {
        var arguments: [HCLExpression] = []
        var pending = [body]
        while let next = pending.popLast() {
            for item in next.items {
                switch item {
                case .attribute(let attribute):
                    arguments += attribute.value.calls(named: names).flatMap(\.arguments)
                case .block(let block):
                    pending.append(block.body)
                }
            }
        }
        return arguments
    }

    /// Every string of a `.tf.json` file, keys too, is a template where an
    /// expression is expected (and masking one elsewhere hides nothing
    /// that is not there): each that calls the function is masked whole.
    private static func find(inJSON root: Node, file: Int, into found: inout Found) {
        var pending = [root]
        while let next = pending.popLast() {
            switch next.content {
            case .scalar(let scalar):
                guard case .string(let text) = scalar.value, text.contains("{"), text.contains(function),
                    let template = TerraformJSONValues.template(text)
                else { continue }
                let calls = template.expression.calls(named: names)
                guard !calls.isEmpty else { continue }
                found.values.append(.jsonConfiguration(file: file, next))
                for argument in calls.flatMap(\.arguments) { found.jsonTexts.formUnion(argument.literalStrings) }
            case .sequence(let items):
                pending += items
            case .mapping(let entries):
                pending += entries.flatMap { [$0.key, $0.value] }
            }
        }
    }
}
