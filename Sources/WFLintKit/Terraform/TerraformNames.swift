import DocumentModel

/// Terraform's names for one resource's members (`MemberNaming`): what its
/// findings' messages say instead of the API's names.
struct TerraformNames: MemberNaming {
    let schema: TerraformResourceSchema
    /// The resource's name label: `main` of `aws_sagemaker_workforce.main`.
    let resourceName: String
    /// What messages call the resource: its address in a plan, else `TYPE.NAME`.
    let resourceAddress: String
    /// Each API member name the mapping has, as a message's own words name it:
    /// its dotted Terraform path when one member has the name
    /// (`Cidrs` -> `source_ip_config.cidrs`), its Terraform name when every
    /// member with it has the same one (`ClientId` -> `client_id`).
    let words: [String: String]
    /// Each API member name one member alone has, with that member's API path
    /// from the resource (`Cidrs` -> `SourceIpConfig`, `Cidrs`).
    let apiPaths: [String: [String]]
    /// The module file each value written outside the linted file is in
    /// (`TerraformModule.fileOf`, by path and by `Node.address`),
    /// for places a message names.
    let nodeFiles: [Int: String]
    /// Whether a set's values are counted as Terraform sends them, each
    /// distinct one once: in a configuration; a plan holds its sets already
    /// without duplicates.
    let countsDistinct: Bool

    init(
        schema: TerraformResourceSchema, resourceName: String, address: String? = nil,
        nodeFiles: [Int: String] = [:], countsDistinct: Bool = true
    ) {
        self.schema = schema
        self.nodeFiles = nodeFiles
        self.countsDistinct = countsDistinct
        self.resourceName = resourceName
        self.resourceAddress = address ?? "\(schema.type).\(resourceName)"
        var paths: [String: [MemberPath]] = [:]
        Self.collect(schema.body, prefix: "", api: [], into: &paths)
        words = paths.compactMapValues { found in
            if found.count == 1 { return found[0].path }
            return Set(found.map(\.name)).count == 1 ? found[0].name : nil
        }
        apiPaths = paths.compactMapValues { $0.count == 1 ? $0[0].api : nil }
    }

    func file(of node: Node) -> String? { nodeFiles[node.address] }

    /// A set argument's distinct known values, and each unknown one (which
    /// may equal another or not) once: what the provider sends, since
    /// Terraform drops a set's duplicates (the duplicate rules report them).
    /// Unknown values written alike without a function call are one value
    /// (`cidrs = [var.office, var.office]` sends one CIDR); a call may not
    /// give the same twice (`uuid()`).
    func sentCount(of node: Node, at pointer: JSONPointer) -> Int? {
        guard countsDistinct, let items = node.elements, argument(at: pointer)?.type == .stringSet else { return nil }
        var known = Set<ExactText>()
        var unknown = Set<ExactText>()
        var others = 0
        for item in items {
            if !item.isUnknown, let text = item.scalarText {
                known.insert(ExactText(text))
            } else if item.isUnknown, let text = item.scalarText, !text.contains("(") {
                unknown.insert(ExactText(text))
            } else {
                others += 1
            }
        }
        return known.count + unknown.count + others
    }

    /// The argument at `pointer`, when it is one.
    private func argument(at pointer: JSONPointer) -> TerraformArgument? {
        let (blocks, rest) = walk(pointer)
        guard rest.count == 1, let member = rest.first else { return nil }
        return (blocks.last?.body ?? schema.body).arguments.first { $0.api == member }
    }

    /// Where a member is: its dotted Terraform path, its Terraform name, its API path.
    private typealias MemberPath = (path: String, name: String, api: [String])

    private static func collect(
        _ block: TerraformBlockSchema, prefix: String, api: [String], into paths: inout [String: [MemberPath]]
    ) {
        for argument in block.arguments {
            paths[argument.api, default: []].append((prefix + argument.name, argument.name, api + [argument.api]))
        }
        for nested in block.blocks {
            paths[nested.api, default: []].append((prefix + nested.name, nested.name, api + [nested.api]))
            collect(nested.body, prefix: prefix + nested.name + ".", api: api + [nested.api], into: &paths)
        }
    }

    /// The blocks along `pointer`'s member tokens (list indexes skipped), and
    /// the tokens left over once a token is no block.
    private func walk(_ pointer: JSONPointer) -> (blocks: [TerraformNestedBlock], rest: ArraySlice<String>) {
        var blocks: [TerraformNestedBlock] = []
        var body = schema.body
        var tokens = pointer.tokens[...]
        while let token = tokens.first {
            if Int(token) != nil { tokens.removeFirst(); continue }
            guard let nested = body.block(ofMember: token) else { break }
            blocks.append(nested)
            body = nested.body
            tokens.removeFirst()
        }
        return (blocks, tokens)
    }

    func objectName(at pointer: JSONPointer) -> String? {
        let (blocks, rest) = walk(pointer)
        guard rest.isEmpty else { return nil }
        return blocks.last?.name ?? resourceAddress
    }

    func memberPath(at pointer: JSONPointer) -> String? {
        let (blocks, rest) = walk(pointer)
        var names = blocks.map(\.name)
        let members = rest.filter { Int($0) == nil }
        if let argument = members.first {
            guard members.count == 1, let name = (blocks.last?.body ?? schema.body).name(ofMember: argument) else {
                return nil
            }
            names.append(name)
        }
        return names.isEmpty ? nil : names.joined(separator: ".")
    }

    func memberName(_ name: String, in pointer: JSONPointer) -> String? {
        let (blocks, rest) = walk(pointer)
        guard rest.isEmpty else { return nil }
        return (blocks.last?.body ?? schema.body).name(ofMember: name)
    }

    /// Each word renamed on its own (`words`), but a dotted chain of member
    /// names (`SourceIpConfig.Cidrs`, as a pack's message may write one) as
    /// one path: word by word it became `source_ip_config.source_ip_config.cidrs`.
    func renamingMembers(in text: String) -> String {
        var out = ""
        var chain: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { chain.append(word) }
            word = ""
        }
        func flushChain() {
            endWord()
            out += renamed(chain)
            chain = []
        }
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                word.unicodeScalars.append(scalar)
            } else if scalar == ".", !word.isEmpty, let next = scalars.first, next.properties.isAlphabetic {
                endWord()
            } else {
                flushChain()
                out.unicodeScalars.append(scalar)
            }
        }
        flushChain()
        return out
    }

    /// A chain of words that were written joined by dots: its Terraform path
    /// when its first word names one member and the rest are that member's
    /// members, else each word renamed on its own.
    private func renamed(_ chain: [String]) -> String {
        if chain.count > 1, let start = apiPaths[chain[0]],
            let path = memberPath(at: JSONPointer(start + chain.dropFirst()))
        {
            return path
        }
        return chain.map { words[$0] ?? $0 }.joined(separator: ".")
    }
}
