import Foundation
import Testing

@testable import WFLintKit

/// Catches drift between `rules/shapes/` and the real API: whenever botocore
/// is importable, Scripts/dump-shapes.py prints its shapes and every difference
/// must be one of the deliberate ones below. Where botocore is missing the test
/// does not run (Swift Testing reports it as skipped, with the reason), rather
/// than passing without having compared anything.
@Suite struct ShapesDriftTests {
    /// Each deliberate difference from botocore, by `Shape.attribute`, with why.
    static let deliberateDifferences: [String: String] = [
        "Cidrs.min": "the API documentation requires at least one CIDR; botocore states no minimum",
        "Cidrs.max": "the API documentation allows at most ten CIDRs; botocore states no maximum",
        "Cidr.pattern": "botocore's IPv6 alternative lost its backslashes (d, s and . where \\d, \\s and \\. are meant)",
        "Workforce.members": responseCidrs,
        "SourceIpConfigForResponse.type": responseCidrs,
        "SourceIpConfigForResponse.members": responseCidrs,
        "SourceIpConfigForResponse.required": responseCidrs,
        "SourceIpConfigForResponse.docs": responseCidrs,
        "CidrsForResponse.type": responseCidrs,
        "CidrsForResponse.member": responseCidrs,
        "CidrsForResponse.max": responseCidrs,
    ]

    static let responseCidrs =
        "the API returns \"Cidrs\": [] for a workforce without an allow list, so a response's SourceIpConfig has shapes of its own without the minimum of one"

    static let botocoreIsImportable: Bool = (try? python(["-c", "import botocore"]).status) == 0

    @Test(.enabled(if: botocoreIsImportable, "botocore is not importable by python3"))
    func theShapesDifferFromBotocoreOnlyDeliberately() throws {
        let dump = try Self.python([repositoryRoot.appendingPathComponent("Scripts/dump-shapes.py").path])
        try #require(dump.status == 0, "Scripts/dump-shapes.py failed: \(dump.errorOutput)")
        let botocore = try ShapeCatalog(yaml: dump.output, file: "dump-shapes.py output")
        let differences = Self.differences(data: ShapeCatalog.builtin, botocore: botocore)
        let unexpected = differences.filter { Self.deliberateDifferences[$0.key] == nil }
        #expect(unexpected.isEmpty, "update rules/shapes/ or name the difference: \(unexpected.sorted { $0.key < $1.key })")
        let stale = Set(Self.deliberateDifferences.keys).subtracting(differences.keys)
        #expect(stale.isEmpty, "no longer different from botocore, drop from the list: \(stale.sorted())")
    }

    /// `Shape.attribute` -> `data X, botocore Y` for each attribute that differs.
    static func differences(data: ShapeCatalog, botocore: ShapeCatalog) -> [String: String] {
        var result: [String: String] = [:]
        for kind in DocumentKind.allCases where data.root(of: kind).name != botocore.root(of: kind).name {
            result["kinds.\(kind.rawValue)"] = "data \(data.root(of: kind).name), botocore \(botocore.root(of: kind).name)"
        }
        for name in Set(data.shapes.keys).union(botocore.shapes.keys) {
            let ours = data.shape(named: name).map(attributes) ?? [:]
            let theirs = botocore.shape(named: name).map(attributes) ?? [:]
            for attribute in Set(ours.keys).union(theirs.keys) where ours[attribute] != theirs[attribute] {
                result["\(name).\(attribute)"] = "data \(ours[attribute] ?? "none"), botocore \(theirs[attribute] ?? "none")"
            }
        }
        return result
    }

    /// A shape's attributes as comparable text; absent attributes are left out.
    static func attributes(of shape: Shape) -> [String: String] {
        var result = ["type": shape.type.rawValue]
        result["members"] = shape.members.isEmpty ? nil : shape.members.map { "\($0.name): \($0.shape)" }.sorted().description
        let docs = shape.members.compactMap { member in member.documentation.map { "\(member.name): \($0)" } }
        result["docs"] = docs.isEmpty ? nil : docs.sorted().description
        result["required"] = shape.required.isEmpty ? nil : shape.required.sorted().description
        result["member"] = shape.element
        result["key"] = shape.key
        result["value"] = shape.value
        result["min"] = shape.min.map(String.init)
        result["max"] = shape.max.map(String.init)
        result["pattern"] = shape.pattern?.source
        result["enum"] = shape.enumValues?.description
        result["sensitive"] = shape.isSensitive ? "true" : nil
        return result
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String, errorOutput: String) {
        try ChildProcess.with { process in
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3"] + arguments
            let output = Pipe()
            let errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // Read before waiting, so a full pipe cannot stall the script.
            let outData = output.fileHandleForReading.readDataToEndOfFile()
            let errData = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (
                process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self)
            )
        }
    }
}
