import DocumentModel
import HCLReader

/// The variables and local values a module's workforce resources read as
/// secrets: each `var.NAME` and `local.NAME` in an argument whose path
/// names one (`oidc_config.client_secret`, `SensitiveValues.isSensitive`),
/// and, through each such local value, what its expression reads. Only a
/// whole value: of `local.idp.secret`, `local.idp` holds the issuer too,
/// which a lint that evaluates the read masks by itself, member by member.
///
/// A lint evaluates its own file's resources, and knows a value is a secret
/// when one of them reads it as one. `b.tf`'s `workforce_name = local.k`
/// showed `k`'s value in WF007's message and excerpt while `a.tf`'s
/// `client_secret = local.k` made it a secret: made once for the module,
/// every lint marks these values sensitive (`TerraformModule.value`).
/// Read as written, whatever the override files replace: more is masked,
/// never less.
enum TerraformSecretReads {
    /// `var.NAME` and `local.NAME`, as `TerraformModule.value` keys them,
    /// read by a secret argument of a resource of `schema`'s type in
    /// `bodies`, closed over `locals`.
    static func find(
        in bodies: [TerraformModuleDeclarations.Body], schema: TerraformResourceSchema,
        locals: [String: TerraformModule.Assignment]
    ) -> Set<String> {
        var sites: [TerraformReferenceSite] = []
        for body in bodies {
            switch body {
            case .native(let body): sites += secretSites(in: body, resourceType: schema.type)
            case .json(let root): sites += secretSites(inJSON: root, schema: schema)
            }
        }
        var found: Set<String> = []
        // Each local value is read once, however many secrets read it.
        while let site = sites.popLast() {
            guard site.invalid == nil, site.isWhole, found.insert(site.root + "." + site.name).inserted, site.root == "local",
                let value = locals[site.name]
            else { continue }
            sites += Self.sites(in: value)
        }
        return found
    }

    /// The references in a native syntax file's secret arguments: an
    /// attribute, or anything in a block, whose name names a secret.
    private static func secretSites(in body: HCLBody, resourceType: String) -> [TerraformReferenceSite] {
        var found: [TerraformReferenceSite] = []
        for case .block(let resource) in body.items
        where resource.type.text == "resource" && resource.labels.count == 2 && resource.labels[0].value == resourceType {
            var pending: [(body: HCLBody, isSecret: Bool)] = [(resource.body, false)]
            while let (body, isSecret) = pending.popLast() {
                for item in body.items {
                    switch item {
                    case .attribute(let attribute) where isSecret || SensitiveValues.isSensitiveKey(attribute.name.text):
                        found += TerraformReferenceSites.sites(in: attribute.value)
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

    /// The same in a `.tf.json` file: every string under a property whose
    /// name names a secret, in a resource of the type.
    private static func secretSites(inJSON root: Node, schema: TerraformResourceSchema) -> [TerraformReferenceSite] {
        var found: [TerraformReferenceSite] = []
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
                    found += TerraformReferenceSites.sites(inJSON: entry.value).flatMap(\.sites)
                }
            }
        }
        return found
    }

    /// The references an assignment's expression reads.
    private static func sites(in value: TerraformModule.Assignment) -> [TerraformReferenceSite] {
        switch value {
        case .expression(_, let expression): TerraformReferenceSites.sites(in: expression)
        case .json(_, let node), .jsonConfiguration(_, let node): TerraformReferenceSites.sites(inJSON: node).flatMap(\.sites)
        }
    }
}
