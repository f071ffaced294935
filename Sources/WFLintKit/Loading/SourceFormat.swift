/// How a file is parsed.
public enum SourceFormat: String, Sendable {
    case json, yaml
    /// HCL's native syntax: a Terraform configuration (`.tf`), variable
    /// values (`.tfvars`; `.hcl` names a rule pack's Terraform example).
    case hcl
    /// Terraform's JSON syntax: `.tf.json` (CDK for Terraform's `cdk.tf.json`
    /// too) and `.tfvars.json`.
    case terraformJSON

    /// `.tf.json` and `.tfvars.json` are Terraform's JSON syntax, other
    /// `.json` JSON, `.yaml`/`.yml` YAML and `.tf`/`.tfvars`/`.hcl` HCL;
    /// anything else (standard input included) is sniffed: a first non-blank
    /// byte of `{` or `[` means JSON.
    public static func of<Bytes: Collection<UInt8>>(name: String, bytes: Bytes) -> SourceFormat {
        // The dot is found among the name's bytes, not its characters (a
        // search of a long path's characters cost every walked file more
        // than its skip); a dot that is part of a larger character leaves an
        // ending that matches no case below either way.
        if let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) {
            switch String(Substring(name.utf8[name.utf8.index(after: dot)...])).lowercased() {
            case "json": return isTerraformJSON(name) ? .terraformJSON : .json
            case "yaml", "yml": return .yaml
            case "tf", "tfvars", "hcl": return .hcl
            default: break
            }
        }
        return sniff(bytes)
    }

    /// Whether `path` is one `of` reads as Terraform (`.hcl` or
    /// `.terraformJSON`), from its last bytes: every input of a run asks
    /// (`FileWalker`), and `of` lower-cases the whole ending into a new string.
    static func isTerraform(_ path: String) -> Bool {
        path.utf8.withContiguousStorageIfAvailable(hasTerraformEnding)
            ?? Array(path.utf8).withUnsafeBufferPointer(hasTerraformEnding)
    }

    private static func hasTerraformEnding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        terraformEndings.contains { ending in
            // ASCII letters compared lower-cased; the endings are.
            bytes.count >= ending.count && zip(bytes.suffix(ending.count), ending).allSatisfy { $0 | 0x20 == $1 }
        }
    }

    /// The endings `of` reads as Terraform's, as bytes.
    private static let terraformEndings = [".tf", ".tfvars", ".hcl", ".tf.json", ".tfvars.json"].map { Array($0.utf8) }

    /// Whether `name` ends in `.tf.json` or `.tfvars.json`, in any case.
    static func isTerraformJSON(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".tf.json") || lowered.hasSuffix(".tfvars.json")
    }

    static func sniff<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> SourceFormat {
        bytes.withContiguousBytes(sniff(buffer:))
    }

    private static func sniff(buffer bytes: UnsafeBufferPointer<UInt8>) -> SourceFormat {
        var index = bytes.starts(with: utf8BOM) ? utf8BOM.count : 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                return .json
            default:
                return .yaml
            }
        }
        return .yaml
    }

    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
}
