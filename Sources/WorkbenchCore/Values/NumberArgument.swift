/// The one reader for numbers an analyst types: money, counts, rates and percentages.
///
/// Accepted forms, with surrounding spaces ignored:
/// - a plain number: `25000`, `1250.50`, `.5`, `-3`, `+3`, `1e6`, `2.39e-07`;
/// - thousands separated by commas, in groups of exactly three digits: `25,000`, `1,000,000`, `1,250.50`
///   (so `1,5` is refused rather than read as 1.5 or 15);
/// - a pound sign, with the minus sign before or after it: `£25,000`, `-£180,000`, `£-180,000`;
/// - a multiplier suffix, `k` for thousands and `m` for millions (either case): `25k`, `1.2m`, `£1.2m`, `-36k`;
/// - a percent sign: `3.5%`, `-1%`.
///
/// A pound sign and a percent sign never go together, nor a percent sign and a multiplier; no exponent with grouping
/// or a multiplier. Anything else (hex, `inf`, `nan`, a value that overflows, text) is not a number. What the
/// number means is for the caller: `Money(argument:)` takes amounts, `Rate(argument:)` takes `3.5%` or the fraction
/// `0.035`, and `NumberArgument.count(_:)` takes whole numbers.
public struct NumberArgument: Hashable, Sendable {
    /// What followed or preceded the digits.
    public enum Unit: Hashable, Sendable {
        /// No unit: `25000`, `25k`, `0.035`.
        case plain
        /// A pound sign: `£25,000`.
        case pounds
        /// A percent sign: `3.5%` (the value is 3.5, not 0.035).
        case percent
    }

    /// The number as written, with any multiplier applied: `25k` is 25,000, `3.5%` is 3.5.
    public let value: Double
    /// The unit written with it.
    public let unit: Unit
    /// The multiplier suffix's factor: 1, 1,000 (`k`) or 1,000,000 (`m`).
    public let multiplier: Double

    /// Reads a number; nil when the text is not one of the accepted forms.
    public init?(_ text: String) {
        var rest = Substring(text.trimmingWhitespace())
        var negative = false
        var unit = Unit.plain
        func takeSign() {
            if rest.first == "-" {
                negative.toggle()
                rest = rest.dropFirst()
            } else if rest.first == "+" {
                rest = rest.dropFirst()
            }
        }
        takeSign()
        if rest.first == "£" {
            unit = .pounds
            rest = rest.dropFirst()
            if !negative, rest.first == "-" || rest.first == "+" { takeSign() }
        }
        var multiplier = 1.0
        if let last = rest.last {
            switch last {
            case "%":
                guard unit == .plain else { return nil }
                unit = .percent
                rest = rest.dropLast()
            case "k", "K":
                multiplier = 1_000
                rest = rest.dropLast()
            case "m", "M":
                multiplier = 1_000_000
                rest = rest.dropLast()
            default:
                break
            }
        }
        guard let magnitude = Self.unsignedDecimal(rest, allowExponent: multiplier == 1) else { return nil }
        let value = (negative ? -magnitude : magnitude) * multiplier
        guard value.isFinite else { return nil }
        self.value = value
        self.unit = unit
        self.multiplier = multiplier
    }

    /// An unsigned decimal: digits with an optional point and fraction, optionally grouped by commas in threes, or
    /// (when allowed and ungrouped) with an exponent.
    static func unsignedDecimal(_ text: Substring, allowExponent: Bool) -> Double? {
        guard let first = text.first, first.isASCII, first.isNumber || first == "." else { return nil }
        var mantissa = text
        var exponent: Substring = ""
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard allowExponent else { return nil }
            mantissa = text[..<e]
            exponent = text[text.index(after: e)...]
            var digits = exponent
            if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var digits = ""
        if whole.contains(",") {
            guard exponent.isEmpty else { return nil }
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard let lead = groups.first, (1...3).contains(lead.count),
                groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
            digits = groups.joined()
        } else {
            guard whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            digits = String(whole)
        }
        let normalised = (digits.isEmpty ? "0" : digits) + (fraction.isEmpty ? "" : "." + fraction)
            + (exponent.isEmpty ? "" : "e" + exponent)
        guard let value = Double(normalised), value.isFinite else { return nil }
        return value
    }

    /// A whole number with no unit: `10000`, `10,000`, `10k`, `1m`; nil for fractions, units or values beyond `Int`.
    public static func count(_ text: String) -> Int? {
        guard let number = NumberArgument(text), number.unit == .plain,
            number.value == number.value.rounded(), Swift.abs(number.value) < 9.0e18
        else { return nil }
        return Int(number.value)
    }
}

extension Money {
    /// Reads an amount in pounds: `25000`, `25,000`, `£25,000`, `-£180,000`, `25k`, `1.2m`; nil for a percentage
    /// or anything that is not a number (see `NumberArgument`).
    public init?(argument: String) {
        guard let number = NumberArgument(argument), number.unit != .percent else { return nil }
        self.init(pounds: number.value)
    }
}
