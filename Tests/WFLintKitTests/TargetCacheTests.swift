import DocumentModel
import JSONReader
import PCRERegex
import Testing

@testable import WFLintKit

/// The per-document target cache: a path's nodes, resolved once per scope
/// object, whether its id is an index into the object's list or a key of
/// the table that holds ids past it.
@Suite struct TargetCacheTests {
    let document = try! #require(JSONReader.parse(Array(#"""
        {"OidcConfig": {"Issuer": "https://a.example", "Scope": "openid"},
         "SourceIpConfig": {"Cidrs": ["10.0.0.0/8", "192.168.0.0/16"]},
         "Tags": [{"Key": "a", "Value": "1"}, {"Key": "never0", "Value": "2"}]}
        """#.utf8)).documents.first)

    var root: ScopeObject {
        ScopeObject(index: -1, target: TargetNode(node: document.root, pointer: .root, key: nil, parent: nil))
    }

    func pointers(_ path: TargetPath, _ cache: TargetCache) -> [String] {
        cache.targets(of: path, from: root).map(\.pointer.description)
    }

    @Test func aPathIsAnsweredAlikeEachTime() throws {
        let cache = TargetCache(matchContext: .default)
        let cidrs = try TargetPath.parse("SourceIpConfig.Cidrs[*]").get()
        #expect(cidrs.id < 256)
        let first = cache.targets(of: cidrs, from: root)
        #expect(first.map(\.pointer.description) == ["/SourceIpConfig/Cidrs/0", "/SourceIpConfig/Cidrs/1"])
        let again = cache.targets(of: cidrs, from: root)
        #expect(zip(first, again).allSatisfy { $0.node === $1.node && $0.pointer == $1.pointer })
        #expect(pointers(try TargetPath.parse("OidcConfig.Issuer").get(), cache) == ["/OidcConfig/Issuer"])
        #expect(pointers(try TargetPath.parse("OidcConfig.Missing").get(), cache) == [])
    }

    @Test func pathsNumberedPastTheListAreKeptAsWell() throws {
        // A text of its own each time, so a new number (other tests number paths too).
        var index = 0
        var path = try TargetPath.parse("Tags[Key!=never0].Value").get()
        while path.id < 256 {
            index += 1
            path = try TargetPath.parse("Tags[Key!=never\(index)].Value").get()
        }
        let cache = TargetCache(matchContext: .default)
        let expected = index == 0 ? ["/Tags/0/Value"] : ["/Tags/0/Value", "/Tags/1/Value"]
        #expect(pointers(path, cache) == expected)
        let scope = try TargetPath.parse("OidcConfig.Scope").get()
        #expect(scope.id < 256)
        #expect(pointers(scope, cache) == ["/OidcConfig/Scope"])
        #expect(pointers(path, cache) == expected)
        #expect(pointers(scope, cache) == ["/OidcConfig/Scope"])
    }
}
