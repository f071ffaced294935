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
}
