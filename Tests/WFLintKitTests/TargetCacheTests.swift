import DocumentModel
import JSONReader
import PCRERegex
import Testing

@testable import WFLintKit

/// The per-document target cache: a path's nodes, resolved once per scope
/// object, whether its id is an index into the object's list or a key of
/// the table that holds ids past it.
@Suite struct TargetCacheTests {
    let document = JSONReader.parse(Array(#"""
        {"OidcConfig": {"Issuer": "https://a.example", "Scope": "openid"},
         "SourceIpConfig": {"Cidrs": ["10.0.0.0/8", "192.168.0.0/16"]},
         "Tags": [{"Key": "a", "Value": "1"}, {"Key": "never0", "Value": "2"}]}
        """#.utf8)).documents[0]

    var root: ScopeObject {
        ScopeObject(index: -1, target: TargetNode(node: document.root, pointer: .root, key: nil, parent: nil))
    }

    func pointers(_ path: TargetPath, _ cache: TargetCache) -> [String] {
        cache.targets(of: path, from: root).map(\.pointer.description)
    }

    static var paths: [String] { [
        "SourceIpConfig.Cidrs[*]", "OidcConfig.Issuer", "OidcConfig.Missing", "OidcConfig", "Tags[Key!=never0].Value",
        "Tags[*].Key", "*", "OidcConfig.@key",
    ] }

    /// Each path, asked twice of one cache, whose ids are all kept in its
    /// list (`denseIDs` past every id), all in its table (0), or split.
    @Test(arguments: [Int.max, 0, 3])
    func pathsAreAnsweredAlikeWhereverTheirIDsAreKept(denseIDs: Int) throws {
        let cache = TargetCache(matchContext: .default, denseIDs: denseIDs)
        let paths = try Self.paths.map { try TargetPath.parse($0).get() }
        let expected = [
            ["/SourceIpConfig/Cidrs/0", "/SourceIpConfig/Cidrs/1"], ["/OidcConfig/Issuer"], [], ["/OidcConfig"],
            ["/Tags/0/Value"], ["/Tags/0/Key", "/Tags/1/Key"], ["/OidcConfig", "/SourceIpConfig", "/Tags"],
            ["/OidcConfig/Issuer", "/OidcConfig/Scope"],
        ]
        #expect(paths.map { pointers($0, cache) } == expected)
        #expect(paths.reversed().map { pointers($0, cache) } == expected.reversed())
    }

    /// A path's prefix is the text before its last step, the same path
    /// another rule writes for those steps; a one-step path has none. (Not
    /// its id: the id table is bounded and shared by the process, and a test
    /// that floods it may renumber the text at any moment.)
    @Test(arguments: [
        ("OidcConfig.Issuer", "OidcConfig"), ("SourceIpConfig.Cidrs[*]", "SourceIpConfig.Cidrs"),
        ("Tags[Key!=never0].Value", "Tags[Key!=never0]"), ("Tags[Key=~\"^a\"]", "Tags"),
        ("OidcConfig.@key", "OidcConfig"), ("Tags.*", "Tags"), ("A.B.C", "A.B"),
    ])
    func aPathsPrefixIsThePathOfItsLeadingSteps(text: String, prefix: String) throws {
        let path = try TargetPath.parse(text).get()
        let expected = try TargetPath.parse(prefix).get()
        #expect(path.prefix?.description == prefix)
        #expect(path.prefix?.steps == expected.steps)
    }

    @Test func aOneStepPathHasNoPrefix() throws {
        #expect(try TargetPath.parse("OidcConfig").get().prefix == nil)
        #expect(TargetPath.object.prefix == nil)
    }

    /// Resolved from its prefix's cached nodes, in any order of asking, a
    /// path reaches the nodes, at the pointers, that it reaches step by step
    /// from the object.
    @Test func aPathResolvedFromItsPrefixReachesWhatItReachesAlone() throws {
        let texts = Self.paths + ["Tags[Key=a].Value", "Tags[Key=~\"^n\"].Key", "OidcConfig.Scope", "Tags[*]"]
        for order in [texts, texts.reversed()] {
            let cache = TargetCache(matchContext: .default)
            for text in order {
                let path = try TargetPath.parse(text).get()
                let alone = path.resolve(from: root.target, in: .default)
                let cached = cache.resolution(of: path, from: root)
                #expect(cached.nodes.map(\.pointer) == alone.nodes.map(\.pointer), "\(text)")
                #expect(cached.nodes.map(\.node.address) == alone.nodes.map(\.node.address), "\(text)")
                #expect(cached.nodes.map { $0.key?.address } == alone.nodes.map { $0.key?.address }, "\(text)")
                #expect(cached.nodes.map { $0.parent?.address } == alone.nodes.map { $0.parent?.address }, "\(text)")
            }
        }
    }
}
