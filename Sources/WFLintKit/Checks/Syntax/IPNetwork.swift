/// An IP network in CIDR notation (`10.0.0.0/16`, `2001:db8::/32`), parsed in
/// plain Swift with the strict text forms the workforce API accepts:
/// IPv4 as four decimal octets without leading zeros, IPv6 as RFC 4291
/// section 2.2 text (with `::` compression and an optional dotted IPv4 tail,
/// no zone id), and a decimal prefix without leading zeros. No whitespace.
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    public enum Family: String, Sendable, CaseIterable {
        case ipv4, ipv6

        public var bitCount: Int { self == .ipv4 ? 32 : 128 }
        /// How messages name the family.
        public var displayName: String { self == .ipv4 ? "IPv4" : "IPv6" }
    }

    public let family: Family
    /// The address as written, right-aligned (an IPv4 address uses the low 32 bits).
    public let address: UInt128
    public let prefixLength: Int

    public init(family: Family, address: UInt128, prefixLength: Int) {
        self.family = family
        self.address = address
        self.prefixLength = prefixLength
    }

    /// Parses `address/prefix`; the error says what is wrong, for messages.
    public static func parse(_ text: String) -> Result<IPNetwork, IPSyntaxError> {
        text.withUTF8Bytes { parse($0[...]) }
    }

    private static func parse(_ bytes: UTF8Bytes) -> Result<IPNetwork, IPSyntaxError> {
        guard let slash = bytes.firstIndex(of: ASCII.slash) else {
            return .failure(IPSyntaxError("the \"/prefix\" is missing"))
        }
        let addressBytes = bytes[..<slash]
        let family: Family
        let address: UInt128
        if addressBytes.contains(ASCII.colon) {
            family = .ipv6
            switch IPAddressText.parseIPv6(addressBytes) {
            case .success(let value): address = value
            case .failure(let error): return .failure(error)
            }
        } else {
            family = .ipv4
            switch IPAddressText.parseIPv4(addressBytes) {
            case .success(let value): address = UInt128(value)
            case .failure(let error): return .failure(error)
            }
        }
        switch IPAddressText.parseDecimal(bytes[(slash + 1)...], max: family.bitCount, what: "prefix") {
        case .success(let prefix): return .success(IPNetwork(family: family, address: address, prefixLength: prefix))
        case .failure(let error): return .failure(error)
        }
    }

    /// The mask of the network bits, within the family's width.
    private var networkMask: UInt128 {
        let width = family.bitCount
        let all: UInt128 = width == 128 ? .max : (UInt128(1) << width) - 1
        guard prefixLength > 0 else { return 0 }
        return all & ~((UInt128(1) << (width - prefixLength)) - 1) & all
    }

    /// The network address: the address with its host bits cleared.
    public var networkAddress: UInt128 { address & networkMask }

    /// Whether bits past the prefix are set (`10.0.0.1/16`).
    public var hasHostBits: Bool { address != networkAddress }

    /// The same block with host bits cleared (`10.0.0.0/16`).
    public var network: IPNetwork { IPNetwork(family: family, address: networkAddress, prefixLength: prefixLength) }

    /// Whether every address of `other` lies in this block. Families never mix:
    /// an IPv4-mapped IPv6 block does not contain, and is not in, an IPv4 one.
    public func contains(_ other: IPNetwork) -> Bool {
        family == other.family && prefixLength <= other.prefixLength
            && (other.address & networkMask) == networkAddress
    }

    /// Canonical text: dotted quad, or RFC 5952 for IPv6.
    public var description: String {
        let text = family == .ipv4
            ? IPAddressText.formatIPv4(UInt32(truncatingIfNeeded: address))
            : IPAddressText.formatIPv6(address)
        return "\(text)/\(prefixLength)"
    }
}

/// Why a text is not an address, network or URL; phrased to follow the value
/// in a message ("... is not a valid CIDR: octet \"256\" is greater than 255").
public struct IPSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// Address text forms, shared by CIDRs and URL hosts. The valid forms are
/// ASCII, so numbers are read from UTF-8 bytes; the bytes are decoded only to
/// quote them in an error.
enum IPAddressText {
    /// A decimal number without sign, leading zero or whitespace, at most `max`.
    static func parseDecimal(_ digits: UTF8Bytes, max: Int, what: String) -> Result<Int, IPSyntaxError> {
        var text: String { String(decoding: digits, as: UTF8.self) }
        guard !digits.isEmpty else { return .failure(IPSyntaxError("the \(what) is empty")) }
        guard digits.count <= 4, digits.allSatisfy(ASCII.isDigit) else {
            return .failure(IPSyntaxError("\(what) \"\(text)\" is not a decimal number"))
        }
        if digits.count > 1 && digits.first == UInt8(ascii: "0") {
            return .failure(IPSyntaxError("\(what) \"\(text)\" has a leading zero"))
        }
        let value = ASCII.decimalValue(digits)
        guard value <= max else {
            return .failure(IPSyntaxError("\(what) \"\(text)\" is greater than \(max)"))
        }
        return .success(value)
    }

    static func parseIPv4(_ text: Substring) -> Result<UInt32, IPSyntaxError> {
        String(text).withUTF8Bytes { parseIPv4($0[...]) }
    }

    static func parseIPv4(_ bytes: UTF8Bytes) -> Result<UInt32, IPSyntaxError> {
        let dot = UInt8(ascii: ".")
        guard bytes.count(where: { $0 == dot }) == 3 else {
            let text = String(decoding: bytes, as: UTF8.self)
            return .failure(IPSyntaxError("IPv4 address \"\(text)\" does not have four octets"))
        }
        var value: UInt32 = 0
        var rest = bytes
        for _ in 0..<4 {
            let end = rest.firstIndex(of: dot) ?? rest.endIndex
            switch parseDecimal(rest[..<end], max: 255, what: "octet") {
            case .success(let byte): value = value << 8 | UInt32(byte)
            case .failure(let error): return .failure(error)
            }
            rest = rest[Swift.min(end + 1, rest.endIndex)...]
        }
        return .success(value)
    }

    static func parseIPv6(_ bytes: UTF8Bytes) -> Result<UInt128, IPSyntaxError> {
        if let address = plainIPv6(bytes) { return .success(address) }
        return parseIPv6(Substring(decoding: bytes, as: UTF8.self))
    }

    static func parseIPv6(_ text: Substring) -> Result<UInt128, IPSyntaxError> {
        if text.contains("%") { return .failure(IPSyntaxError("IPv6 address has a zone id")) }
        var invalid: IPSyntaxError { IPSyntaxError("\"\(text)\" is not a valid IPv6 address") }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else {
            return .failure(IPSyntaxError("IPv6 address \"\(text)\" has more than one \"::\""))
        }
        var groups: [[UInt16]] = []
        for (index, half) in halves.enumerated() {
            var parsed: [UInt16] = []
            if !half.isEmpty {
                let pieces = half.split(separator: ":", omittingEmptySubsequences: false)
                for (pieceIndex, piece) in pieces.enumerated() {
                    let isLast = index == halves.count - 1 && pieceIndex == pieces.count - 1
                    if isLast && piece.contains(".") {
                        guard case .success(let v4) = parseIPv4(piece) else {
                            return .failure(IPSyntaxError("IPv6 address \"\(text)\" has an invalid IPv4 tail"))
                        }
                        parsed.append(UInt16(v4 >> 16))
                        parsed.append(UInt16(v4 & 0xFFFF))
                    } else {
                        guard (1...4).contains(piece.count), piece.unicodeScalars.allSatisfy(\.isHexDigit),
                              let group = UInt16(piece, radix: 16)
                        else { return .failure(invalid) }
                        parsed.append(group)
                    }
                }
            }
            groups.append(parsed)
        }
        let count = groups.reduce(0) { $0 + $1.count }
        var all: [UInt16]
        if groups.count == 2 {
            // "::" stands for one or more zero groups (RFC 4291 section 2.2, form 2).
            guard count <= 7 else { return .failure(invalid) }
            all = groups[0] + Array(repeating: 0, count: 8 - count) + groups[1]
        } else {
            guard count == 8 else { return .failure(invalid) }
            all = groups[0]
        }
        return .success(all.reduce(UInt128(0)) { $0 << 16 | UInt128($1) })
    }

    /// A valid IPv6 address written with hexadecimal digits, `:` and `.`
    /// only, read over its bytes; nil for any other text, which
    /// `parseIPv6(_: Substring)` reads by characters to say what is wrong.
    /// The two readings agree on such text: it is ASCII, one byte a
    /// character. Reading by characters cost about 33 K instructions an
    /// address, most of it finding the "::" (callgrind, 500 clean files).
    static func plainIPv6(_ bytes: UTF8Bytes) -> UInt128? {
        let dot = UInt8(ascii: ".")
        guard bytes.allSatisfy({ ASCII.isHexDigit($0) || $0 == ASCII.colon || $0 == dot }) else { return nil }
        guard let gap = doubleColon(in: bytes) else {
            guard let groups = groups(bytes, endingTheAddress: true), groups.count == 8 else { return nil }
            return value(of: groups)
        }
        let tail = bytes[(gap + 2)...]
        // "::" stands for one or more zero groups (RFC 4291 section 2.2, form 2), once.
        guard doubleColon(in: tail) == nil, let head = groups(bytes[..<gap], endingTheAddress: false),
              let rest = groups(tail, endingTheAddress: true), head.count + rest.count <= 7
        else { return nil }
        return value(of: head + Array(repeating: 0, count: 8 - head.count - rest.count) + rest)
    }

    /// Where the first "::" begins, as a scan from the left finds it.
    private static func doubleColon(in bytes: UTF8Bytes) -> Int? {
        bytes.indices.dropLast().first { bytes[$0] == ASCII.colon && bytes[$0 + 1] == ASCII.colon }
    }

    /// The 16-bit groups of a run of `:`-separated pieces (none when empty),
    /// the last of which may be a dotted IPv4 address when the run ends the
    /// address; nil when a piece is neither.
    private static func groups(_ run: UTF8Bytes, endingTheAddress: Bool) -> [UInt16]? {
        guard !run.isEmpty else { return [] }
        var groups: [UInt16] = []
        let pieces = run.split(separator: ASCII.colon, omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            if endingTheAddress && index == pieces.count - 1 && piece.contains(UInt8(ascii: ".")) {
                guard case .success(let v4) = parseIPv4(piece) else { return nil }
                groups += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
            } else {
                guard (1...4).contains(piece.count), piece.allSatisfy(ASCII.isHexDigit) else { return nil }
                groups.append(piece.reduce(0) { $0 << 4 | UInt16(hexDigitValue($1)) })
            }
        }
        return groups
    }

    private static func hexDigitValue(_ digit: UInt8) -> UInt8 {
        ASCII.isDigit(digit) ? digit - UInt8(ascii: "0") : (digit | 0x20) - UInt8(ascii: "a") + 10
    }

    private static func value(of groups: [UInt16]) -> UInt128 {
        groups.reduce(UInt128(0)) { $0 << 16 | UInt128($1) }
    }

    static func formatIPv4(_ value: UInt32) -> String {
        (0..<4).map { String((value >> (24 - 8 * $0)) & 0xFF) }.joined(separator: ".")
    }

    /// RFC 5952: lowercase, no leading zeros, the longest run (two or more) of
    /// zero groups, the first if tied, as "::".
    static func formatIPv6(_ value: UInt128) -> String {
        let groups = (0..<8).map { UInt16(truncatingIfNeeded: value >> (112 - 16 * $0)) }
        var best = (start: -1, length: 0)
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else { index += 1; continue }
            var end = index
            while end < 8 && groups[end] == 0 { end += 1 }
            if end - index > best.length && end - index >= 2 { best = (index, end - index) }
            index = end
        }
        let hex = groups.map { String($0, radix: 16) }
        guard best.start >= 0 else { return hex.joined(separator: ":") }
        let head = hex[..<best.start].joined(separator: ":")
        let tail = hex[(best.start + best.length)...].joined(separator: ":")
        return head + "::" + tail
    }
}

extension Unicode.Scalar {
    var isHexDigit: Bool {
        (self >= "0" && self <= "9") || (self >= "a" && self <= "f") || (self >= "A" && self <= "F")
    }
}

extension Substring {
    /// Splits on a multi-character separator, keeping empty pieces (no Foundation).
    func components(separatedBy separator: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(separator) {
                pieces.append(self[start..<index])
                index = self.index(index, offsetBy: separator.count)
                start = index
            } else {
                index = self.index(after: index)
            }
        }
        pieces.append(self[start..<endIndex])
        return pieces
    }
}
