import DocumentModel
import Testing
import YAMLReader

@testable import WFLintKit

/// `AliasTargets.reach` answers with binary searches and a walk up the
/// enclosing targets what a scan of every aliased range answers: an edit
/// touches a target when it overlaps it or lies inside it (an empty edit at
/// its edge included); it is inside when every target it touches holds it
/// past the target's first byte.
struct AliasTargetsTests {
    static let yaml = """
        a: &outer {b: &inner [x, y], c: &lone z}
        d: [*outer, *inner, *lone]
        e: &unused [w]

        """

    @Test func everyRangeOfTheTextGetsTheAnswerOfAScanOfTheTargets() throws {
        let stream = YAMLReader.parse(Array(Self.yaml.utf8))
        let root = try #require(stream.documents.first?.root)
        let targets = AliasTargets(of: root)
        let outer = try #require(root[member: "a"])
        let aliases = try #require(root[member: "d"]?.elements).map(\.bytes)
        // Each aliased node with the `*name` of its alias.
        let aliased = zip([outer, try #require(outer[member: "b"]), try #require(outer[member: "c"])].map(\.bytes), aliases)
        let scan = { (edit: ByteRange) -> AliasTargets.Reach in
            let touched = aliased.filter { target, _ in
                edit.start < target.end && target.start < edit.end || target.contains(edit)
            }
            if touched.isEmpty { return .outside }
            let holding = touched.filter { target, _ in target.start < edit.start && edit.end <= target.end }
            guard holding.count == touched.count else { return .across }
            return .inside(holding.sorted { $0.0.start > $1.0.start }.map(\.1))
        }
        let length = Self.yaml.utf8.count
        var answers: [String: Int] = [:]
        for start in 0...length {
            for end in start...min(length, start + 12) {
                let edit = ByteRange(start: start, end: end)
                let reach = targets.reach(of: edit)
                #expect(reach == scan(edit), "\(edit)")
                answers[String(describing: reach).prefix(while: { $0 != "(" }).description, default: 0] += 1
            }
        }
        // Every answer was given; replacing `y` is inside both lists.
        #expect(answers.keys.sorted() == ["across", "inside", "outside"])
        #expect(targets.reach(of: ByteRange(start: 25, end: 26)) == .inside([aliases[1], aliases[0]]))
        // The unaliased anchor is no target; the aliased nodes are.
        #expect(targets.reach(of: ByteRange(start: length - 3, end: length - 2)) == .outside)
        #expect(targets.contains(try #require(root[member: "a"])))
        #expect(!targets.contains(try #require(root[member: "e"])))
    }
}
