/// A rate or proportion held as a fraction (`0.035` is 3.5%).
public struct Rate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The rate as a fraction.
    public var fraction: Double

    /// Makes a rate from a fraction (`0.035`).
    public init(fraction: Double) { self.fraction = fraction }
    /// Makes a rate from a percentage (`3.5`).
    public init(percent: Double) { self.fraction = percent / 100 }

    /// The rate as a percentage.
    public var percent: Double { fraction * 100 }

    /// The Green Book's standard real discount rate, 3.5% a year [S54].
    public static let greenBookStandard = Rate(fraction: 0.035)

    public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.fraction < rhs.fraction }

    public init(from decoder: any Decoder) throws {
        fraction = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fraction)
    }

    /// Parses `3.5%` (a percentage) or `0.035` (a fraction), read by `NumberArgument`. Returns nil for anything
    /// else, including amounts with £ or a k/m multiplier. (Callers that range-check a rate add the hint "did you mean
    /// 3.5%?" when a fraction above 1 was given.)
    public init?(argument: String) {
        guard let number = NumberArgument(argument) else { return nil }
        switch number.unit {
        case .percent: self.init(percent: number.value)
        case .plain where number.multiplier == 1: self.init(fraction: number.value)
        default: return nil
        }
    }

    /// `3.5%`, with up to two decimals and no trailing zeros.
    public var description: String { Rate.formatPercent(percent) }

    /// Formats a percentage without trailing zeros: `3.5%`, `10%`, `0.25%`.
    public static func formatPercent(_ percent: Double) -> String {
        var text = MoneyFormat.fixed(percent, decimals: 2)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "%"
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
