/// A stable identifier written by hand (`"waltham-forest"`), never derived from a type name, because saved
/// workspaces refer to it. Lower-case letters, digits and single hyphens.
public protocol StableIdentifier: Hashable, Sendable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The identifier's text.
    var rawValue: String { get }
    /// Wraps text without checking it; use `init?(validating:)` for anything typed by a person.
    init(rawValue: String)
}

extension StableIdentifier {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Accepts `kebab-case` text: lower-case letters and digits in groups joined by single hyphens.
    public init?(validating text: String) {
        guard Self.isValid(text) else { return nil }
        self.init(rawValue: text)
    }

    /// Whether text is a well-formed identifier.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 64, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else {
            return false
        }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard Self.isValid(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an identifier: use lower-case letters, digits and hyphens.")
        }
        self.init(rawValue: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Identifies a library authority (`bromley`, `kensington-and-chelsea`).
public struct BoroughID: StableIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a compiled-in module (`toolkit`, `bromley`).
public struct ModuleID: StableIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Identifies an option or choice in the options framework (`shared-back-office`).
public struct OptionID: StableIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a savings calculator (`shared-service`).
public struct CalculatorID: StableIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a case study (`bexley-bromley-shared-service`).
public struct CaseStudyID: StableIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a case-study evaluator (`standard`, `camden-community`).
public struct EvaluatorID: StableIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Identifies an options framework or framework rule (`strategic-options`).
public struct FrameworkID: StableIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

extension BoroughID {
    /// The identifier for an authority's name: `Kensington and Chelsea` becomes `kensington-and-chelsea`.
    public static func slug(_ name: String) -> BoroughID {
        var out = ""
        var pendingHyphen = false
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar != "'" {
                pendingHyphen = true
            }
        }
        return BoroughID(rawValue: out)
    }
}
