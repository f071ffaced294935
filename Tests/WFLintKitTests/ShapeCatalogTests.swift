import DocumentModel
import Foundation
import Testing

@testable import WFLintKit

/// The repository's root, from this file's place in it.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite struct ShapeCatalogTests {
    @Test func everyKindHasItsRootShape() {
        let roots = DocumentKind.allCases.map { ShapeCatalog.builtin.root(of: $0).name }
        #expect(roots == [
            "CreateWorkforceRequest", "UpdateWorkforceRequest", "UpdateWorkforceResponse", "DescribeWorkforceRequest",
            "DescribeWorkforceResponse", "ListWorkforcesRequest", "ListWorkforcesResponse",
            "ListModelPackageGroupsInput", "ListModelPackageGroupsOutput",
        ])
    }

    @Test func theShapesCarryTheAPIConstraints() throws {
        let catalog = ShapeCatalog.builtin
        let cidrs = try #require(catalog.shape(named: "Cidrs"))
        #expect((cidrs.type, cidrs.element, cidrs.min, cidrs.max) == (.list, "Cidr", 1, 10))
        let secret = try #require(catalog.shape(named: "ClientSecret"))
        #expect(secret.isSensitive && secret.min == 1 && secret.max == 1024)
        // Lower-cased, as `SensitiveValues.isSensitiveKey` compares them.
        #expect(catalog.sensitiveMemberNames == ["clientsecret"])
        let create = catalog.root(of: .createWorkforceRequest)
        #expect(create.required == ["WorkforceName"])
        #expect(create.member("IpAddressType")?.shape == "WorkforceIpAddressType")
        #expect(catalog.shape(named: "WorkforceIpAddressType")?.enumValues == ["ipv4", "dualstack"])
        let name = try #require(catalog.shape(named: "WorkforceName")?.pattern)
        #expect(name.wholeValue && name.matches("my-workforce") == .match && name.matches("wf!") == .noMatch)
        #expect(catalog.shape(named: "CreationTime")?.type == .timestamp)
        #expect(catalog.shape(named: "MaxResults").map { ($0.type, $0.min, $0.max) } ?? (.string, nil, nil)
            == (.integer, 1, 100))
    }

    /// The schema walk follows `ResolvedShape`'s indices, not names: each
    /// must lead to the very shape its name does, in the built-in catalog and
    /// in one whose shape contains itself.
    @Test func everyResolvedReferenceLeadsToTheShapeItNames() throws {
        let recursive = try ShapeCatalog(yaml: """
            kinds: {CreateWorkforceRequest: Tree, UpdateWorkforceRequest: Tree, UpdateWorkforceResponse: Tree,
              DescribeWorkforceRequest: Tree, DescribeWorkforceResponse: Tree, ListWorkforcesRequest: Tree,
              ListWorkforcesResponse: Tree, ListModelPackageGroupsRequest: Tree, ListModelPackageGroupsResponse: Tree}
            shapes:
              Tree: {type: structure, members: {Name: Name, Children: Trees, Labels: Labels}}
              Trees: {type: list, member: Tree}
              Labels: {type: map, key: Name, value: Name}
              Name: {type: string}
            """, file: "shapes.yaml")
        for catalog in [ShapeCatalog.builtin, recursive] {
            #expect(catalog.resolved.count == catalog.shapes.count)
            for resolved in catalog.resolved {
                let shape = resolved.shape
                #expect(resolved.memberShapes.map { $0.map { catalog.resolved[$0].shape.name } }
                    == shape.members.map(\.shape))
                #expect(resolved.element.map { catalog.resolved[$0].shape.name } == shape.element)
                #expect(resolved.key.map { catalog.resolved[$0].shape.name } == shape.key)
                #expect(resolved.value.map { catalog.resolved[$0].shape.name } == shape.value)
                for (index, member) in shape.members.enumerated() { #expect(resolved.memberIndex(member.name) == index) }
                #expect(resolved.memberIndex("NoSuchMember") == nil)
            }
            for kind in DocumentKind.allCases {
                #expect(catalog.resolvedRoot(of: kind).shape.name == catalog.root(of: kind).name)
            }
        }
        let tree = recursive.resolvedRoot(of: .createWorkforceRequest)
        let childrenMember = try #require(tree.memberIndex("Children"))
        let children = try #require(tree.memberShapes[childrenMember])
        let element = try #require(recursive.resolved[children].element)
        #expect(recursive.resolved[element] === tree)
    }

    @Test func theCorrectedCidrPatternAcceptsIPv6() throws {
        let pattern = try #require(ShapeCatalog.builtin.shape(named: "Cidr")?.pattern)
        for valid in ["10.0.0.0/16", "2001:db8::/32", "::ffff:10.0.0.1/128", "fe80::1/64"] {
            #expect(pattern.matches(valid) == .match, "\(valid)")
        }
        for invalid in ["2001:db8::/129", "::ffff:10x0x0x1/128", "10.0.0.256/8"] {
            #expect(pattern.matches(invalid) == .noMatch, "\(invalid)")
        }
    }

    @Test(arguments: [
        ("kinds: {}\nshapes: {}", #"shapes.yaml:1:8: no root shape for document kind "CreateWorkforceRequest""#),
        ("kinds:\n  CreateWorkforceRequest: Nope\nshapes: {}", #"shapes.yaml:2:27: unknown shape "Nope""#),
        ("kinds: {}\nshapes:\n  A: {type: string, pattern: 'a('}",
         "shapes.yaml:3:30: invalid pattern: missing closing parenthesis at character 3"),
        ("kinds: {}\nshapes:\n  A: {type: string, members: {}}",
         "shapes.yaml:3:21: unknown key \"members\" in string shape \"A\"; expected one of 'enum', 'max', 'min', 'pattern', 'sensitive', 'type'"),
        ("kinds: {}\nshapes:\n  A: {type: float}",
         "shapes.yaml:3:13: unknown shape type \"float\"; expected one of 'boolean', 'integer', 'list', 'map', 'string', 'structure', 'timestamp'"),
        ("kinds: {}\nshapes:\n  A: {type: structure, required: [B], members: {}}",
         #"shapes.yaml:3:35: required member "B" is not a member of "A""#),
        ("kinds: {}\nshapes:\n  A: {type: list}", #"shapes.yaml:3:6: list shape "A" has no member"#),
        ("kinds: {}\nshapes:\n  A: {type: structure, members: {B: A}, docs: {C: text}}",
         #"shapes.yaml:3:48: "C" under docs is not a member"#),
        ("kinds: {}\nshapes:\n  A: {type: structure, members: {B: A}, docs: {B: [text]}}",
         "shapes.yaml:3:51: a member's documentation must be a string"),
        ("kinds: {}\nshapes: [", nil),
    ] as [(String, String?)])
    func badShapeDataIsAPositionedError(yaml: String, expected: String?) {
        do {
            _ = try ShapeCatalog(yaml: yaml, file: "shapes.yaml")
            Issue.record("loaded")
        } catch {
            if let expected { #expect(error.description == expected) } else { #expect(error.position != nil) }
        }
    }
}
