import DocumentModel

/// The output of `terraform show -json`: a plan (`terraform show -json
/// PLANFILE`) or a state, told by its top-level `format_version` and
/// `terraform_version` whatever the file is named. Its resources are found in
/// `planned_values` (a plan) or `values` (a state): the root module's, and
/// its child modules', recursively. Terraform's "JSON Output Format".
struct TerraformPlan {
    /// One resource of the resource type, with its values as evaluated.
    struct Resource {
        /// `module.labeling.aws_sagemaker_workforce.main[0]`.
        let address: String
        /// The resource's name label: `main`.
        let name: String
        /// The `values` object: attributes and nested blocks (lists of objects).
        let values: Node
        /// Where `values` is in the file.
        let pointer: JSONPointer
        /// `resource_changes[].change.after_unknown`: `true` where a value is
        /// known only after apply (nil for a state).
        let unknown: Node?
        /// `after_sensitive` and the resource's own `sensitive_values`:
        /// `true` where a value is sensitive.
        let sensitive: [Node]
    }

    let resources: [Resource]

    /// Whether `root` is the top of a plan or state.
    static func isPlan(_ root: Node) -> Bool {
        root.entry("format_version") != nil && root.entry("terraform_version") != nil
    }

    /// The resources of `type` in the plan or state at `root`, in file order.
    init(root: Node, type: String) {
        var changes: [String: Node] = [:]
        for change in root[member: "resource_changes"]?.elements ?? [] {
            if let address = change[member: "address"]?.string, let body = change[member: "change"] {
                changes[address] = body
            }
        }
        var found: [Resource] = []
        for section in ["planned_values", "values"] {
            guard let module = root[member: section]?[member: "root_module"] else { continue }
            Self.collect(
                module, type: type, pointer: JSONPointer([section, "root_module"]), changes: changes, into: &found)
        }
        resources = found
    }

    /// The resources of `module` and of its child modules, depth first.
    private static func collect(
        _ module: Node, type: String, pointer: JSONPointer, changes: [String: Node], into found: inout [Resource]
    ) {
        for (index, resource) in (module[member: "resources"]?.elements ?? []).enumerated() {
            guard resource[member: "type"]?.string == type, resource[member: "mode"]?.string ?? "managed" == "managed",
                let values = resource[member: "values"], values.entries != nil
            else { continue }
            let name = resource[member: "name"]?.string ?? ""
            let address = resource[member: "address"]?.string ?? "\(type).\(name)"
            let change = changes[address]
            found.append(Resource(
                address: address, name: name, values: values,
                pointer: pointer.appending("resources").appending(index).appending("values"),
                unknown: change?[member: "after_unknown"],
                sensitive: [change?[member: "after_sensitive"], resource[member: "sensitive_values"]].compactMap { $0 }))
        }
        for (index, child) in (module[member: "child_modules"]?.elements ?? []).enumerated() {
            collect(child, type: type, pointer: pointer.appending("child_modules").appending(index), changes: changes, into: &found)
        }
    }
}

extension Node {
    /// Whether a plan's `after_unknown` or `after_sensitive` marks this
    /// node's value: the JSON `true`.
    var isMarked: Bool {
        if case .scalar(let scalar) = content, case .bool(true) = scalar.value { return true }
        return false
    }

    /// The mark for `name` of the marks in this object (nil where none is).
    /// A mark that is `true` covers everything inside the value it marks:
    /// Terraform writes `"oidc_config": true` (or `[true]`) for a block
    /// marked sensitive as a whole, and each value in it is then sensitive.
    func mark(_ name: String) -> Node? { isMarked ? self : self[member: name] }

    /// The mark for item `index` of the marks in this list (see `mark(_:)`).
    func mark(_ index: Int) -> Node? {
        if isMarked { return self }
        guard let items = elements, index < items.count else { return nil }
        return items[index]
    }
}
