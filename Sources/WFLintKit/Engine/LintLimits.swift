import DocumentModel
import PCRERegex

/// Every bound a lint run puts on what one input may cost, so that a hostile
/// file ends in a WF011 finding instead of a hang or an out-of-memory kill.
/// The configuration's `limits:` changes them.
public struct LintLimits: Sendable, Equatable {
    /// A larger file gets one finding and is not read into memory.
    public var maximumFileSize: Int
    public var read: ReadLimits
    public var match: MatchLimits
    /// The findings one document may report. Aliases let a small document
    /// ask for many: 400 workforces sharing one anchored list of 1,000 CIDRs
    /// with host bits set are 400,000 findings from 93 KB of YAML.
    public var maximumFindings: Int

    public init(
        maximumFileSize: Int = Self.defaultFileSize, read: ReadLimits = .default, match: MatchLimits = .default,
        maximumFindings: Int = Self.defaultFindings
    ) {
        self.maximumFileSize = maximumFileSize
        self.read = read
        self.match = match
        self.maximumFindings = maximumFindings
    }

    public static let defaultFileSize = 16 * 1024 * 1024
    public static let defaultFindings = 10_000
    public static let `default` = LintLimits()
}

/// Sizes in bytes as people write them: `16 MiB`, `512 KiB`, `1000 bytes`.
public enum ByteCount {
    static let units: [(name: String, bytes: Int)] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]

    /// The largest unit that divides `bytes` exactly, else bytes.
    public static func describe(_ bytes: Int) -> String {
        guard bytes > 0, let unit = units.first(where: { bytes % $0.bytes == 0 }) else {
            return "\(bytes) byte\(bytes == 1 ? "" : "s")"
        }
        return "\(bytes / unit.bytes) \(unit.name)"
    }

    /// `16 MiB`, `16MiB`, `512 KiB`, `1000 bytes` or a bare number of bytes;
    /// nil for anything else or a size that does not fit.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.filter { $0 != " " }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count)
        if unit.isEmpty || unit == "bytes" || unit == "B" { return number }
        guard let factor = units.first(where: { $0.name == unit })?.bytes else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: factor)
        return overflow ? nil : product
    }

    /// The unit names `parse` accepts, for messages.
    static let acceptedUnits = "KiB, MiB or GiB"
}
