import DocumentModel
import JSONReader
import YAMLReader
@testable import WFLintKit

/// Why a rule example (an API document) has no `aws_sagemaker_workforce`
/// that says the same: each is checked by the translation itself, so that a
/// listed skip that becomes expressible fails the test.
enum Inexpressible: String, Error, Sendable, CaseIterable {
    case notACreateWorkforceRequest = "another operation's request or a response: Terraform sends CreateWorkforce only"
    case alreadyTerraform = "an example written in Terraform already (the WF5xx rules')"
    case noProviderArgument = "a request member the provider has no argument for: Tags, IpAddressType"
    case mistypedMember = "a member the request does not have: its Terraform name would be a guess"
    case convertedByTerraform = "a number, bool or null where a string is expected: Terraform converts it or unsets it"
    case notAnObject = "a structure member that is not an object: a Terraform block always is one"
    case yamlReading = "YAML's own reading (aliases, merge keys, several documents, a scalar PyYAML reads otherwise)"
    case suppressionComment = "a suppression comment, which belongs to the YAML text"
    case notWellFormed = "not a well-formed document"
    case unsentWhenEmpty = "an empty value the provider does not send (oidc_config.scope \"\")"
}

/// A CreateWorkforce request written as the `resource
/// "aws_sagemaker_workforce" "main"` block the provider would send it from,
/// by rules/shapes/terraform.yaml's mapping, and the Terraform pointer of
/// each API pointer.
struct TerraformExampleTranslation {
    let hcl: String
    let schema: TerraformResourceSchema

    static let resource = JSONPointer(["resource", "aws_sagemaker_workforce", "main"])

    /// `example`'s document as HCL, or why it cannot be.
    static func translate(
        _ text: String, format: SourceFormat, operation: Operation?, schema: TerraformResourceSchema = .builtin
    ) -> Result<TerraformExampleTranslation, Inexpressible> {
        if format == .hcl || format == .terraformJSON { return .failure(.alreadyTerraform) }
        if let operation, operation != .createWorkforce { return .failure(.notACreateWorkforceRequest) }
        if text.contains("wflint-disable") || text.contains("wflint-enable") { return .failure(.suppressionComment) }
        let stream = format == .json ? JSONReader.parse(Array(text.utf8)) : YAMLReader.parse(Array(text.utf8))
        guard stream.syntaxError == nil, let document = stream.documents.first else { return .failure(.notWellFormed) }
        guard stream.documents.count == 1, !document.hasAliases, document.mergeSources.isEmpty else {
            return .failure(.yamlReading)
        }
        guard DocumentKind.resolve(root: document.root, operation: operation) == .createWorkforceRequest else {
            return .failure(.notACreateWorkforceRequest)
        }
        var lines = ["resource \"aws_sagemaker_workforce\" \"main\" {"]
        if readsOtherwiseInPyYAML(document.root) { return .failure(.yamlReading) }
        if let failure = body(document.root, schema.body, isRequest: true, indent: "  ", into: &lines) {
            return .failure(failure)
        }
        lines.append("}")
        return .success(TerraformExampleTranslation(hcl: lines.joined(separator: "\n") + "\n", schema: schema))
    }

    /// The arguments and blocks of an API structure, one a line.
    private static func body(
        _ node: Node, _ schema: TerraformBlockSchema, isRequest: Bool, indent: String, into lines: inout [String]
    ) -> Inexpressible? {
        guard let entries = node.entries else { return .notAnObject }
        for entry in entries {
            guard let name = entry.name else { return .mistypedMember }
            if let argument = schema.arguments.first(where: { $0.api == name }) {
                if argument.isUnsent(entry.value) { return .unsentWhenEmpty }
                guard let value = literal(entry.value) else { return .convertedByTerraform }
                lines.append("\(indent)\(argument.name) = \(value)")
            } else if let block = schema.blocks.first(where: { $0.api == name }) {
                lines.append("\(indent)\(block.name) {")
                if let failure = body(entry.value, block.body, isRequest: false, indent: indent + "  ", into: &lines) {
                    return failure
                }
                lines.append("\(indent)}")
            } else {
                let request = ShapeCatalog.builtin.root(of: .createWorkforceRequest)
                return isRequest && request.member(name) != nil ? .noProviderArgument : .mistypedMember
            }
        }
        return nil
    }

    /// Whether a scalar of the document is one PyYAML reads otherwise (WF009
    /// warns of it): HCL has no such second reading.
    private static func readsOtherwiseInPyYAML(_ node: Node) -> Bool {
        switch node.content {
        case .scalar(let scalar): scalar.pyyamlReading != nil
        case .sequence(let items): items.contains(where: readsOtherwiseInPyYAML)
        case .mapping(let entries): entries.contains { readsOtherwiseInPyYAML($0.key) || readsOtherwiseInPyYAML($0.value) }
        }
    }

    /// A value as an HCL literal; nil where it holds a number, bool or null,
    /// which Terraform converts to a string or unsets. A value of the wrong
    /// shape (a string for a list) is written as it is: both files get WF004.
    private static func literal(_ node: Node) -> String? {
        switch node.content {
        case .scalar(let scalar):
            guard case .string(let text) = scalar.value else { return nil }
            return quoted(text)
        case .sequence(let items):
            let values = items.map(literal)
            return values.contains(nil) ? nil : "[" + values.map { $0! }.joined(separator: ", ") + "]"
        case .mapping(let entries):
            let pairs = entries.map { entry in entry.name.flatMap { key in literal(entry.value).map { quoted(key) + " = " + $0 } } }
            return pairs.contains(nil) ? nil : "{ " + pairs.map { $0! }.joined(separator: ", ") + " }"
        }
    }

    /// A quoted HCL string whose value is `text`: JSON's escapes, which HCL
    /// shares, and `$${`/`%%{` for text that would open a template sequence.
    static func quoted(_ text: String) -> String {
        var doubled = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "{", let introducer = previous, introducer == "$" || introducer == "%" {
                doubled.append(introducer)
            }
            doubled.append(scalar)
            previous = scalar
        }
        return SchemaMessages.quotedInFull(String(doubled))
    }

    /// The Terraform pointer of an API pointer into the request: each member
    /// becomes its Terraform name, a block its first (only) element; list
    /// indexes and map keys stay as they are.
    func terraformPointer(_ api: JSONPointer) -> JSONPointer {
        var pointer = Self.resource
        var body: TerraformBlockSchema? = schema.body
        for token in api.tokens {
            if let current = body, let block = current.blocks.first(where: { $0.api == token }) {
                pointer = pointer.appending(block.name).appending(0)
                body = block.body
            } else if let current = body, let argument = current.arguments.first(where: { $0.api == token }) {
                pointer = pointer.appending(argument.name)
                body = nil
            } else {
                pointer = pointer.appending(token)
                body = nil
            }
        }
        return pointer
    }
}
