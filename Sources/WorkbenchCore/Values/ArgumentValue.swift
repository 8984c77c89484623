/// A value an analyst types as one word, on a command line or after `set`: a rate, a financial year, a subject, an
/// amount of money or a whole number. Every reader of such a word goes through its type's `init?(argument:)`, and
/// numbers through `NumberArgument`, so `25,000`, `£25k` and `1,000,000` mean the same wherever they are typed.
public protocol ArgumentValue: Sendable {
    /// Reads the value as typed; nil when the text is not one.
    init?(argument: String)
    /// What a valid value looks like, for help and errors: `a rate such as 3.5% or 0.035`.
    static var valueDescription: String { get }
}

extension ArgumentValue {
    /// Reads a value, or throws an `invalidArgument` error that quotes the text, names the argument and says what
    /// was expected.
    /// - Parameters:
    ///   - text: the word as typed.
    ///   - argument: the argument or option as the analyst knows it (`--years`, `horizon`).
    ///   - expected: what would be valid (default `valueDescription`).
    public static func read(_ text: String, argument: String, expected: String? = nil) throws -> Self {
        guard let value = Self(argument: text) else {
            throw WorkbenchError.invalid(argument, text, expected: expected ?? valueDescription)
        }
        return value
    }
}

extension ArgumentValue where Self: Comparable {
    /// Reads a value within a range, or throws an `invalidArgument` error that quotes the text, names the argument
    /// and gives the range in `expected`.
    public static func read(_ text: String, argument: String, in range: ClosedRange<Self>, expected: String) throws -> Self {
        guard let value = Self(argument: text), range.contains(value) else {
            throw WorkbenchError.invalid(argument, text, expected: expected)
        }
        return value
    }
}

extension Int: ArgumentValue {
    /// Reads a whole number as `NumberArgument.count` does: `1000`, `1,000`, `10k`, `1m`, `-3`.
    public init?(argument: String) {
        guard let count = NumberArgument.count(argument) else { return nil }
        self = count
    }

    /// `a whole number`.
    public static var valueDescription: String { "a whole number" }

    /// `a whole number from 1 to 200`: the text errors and help give for a range of whole numbers (digits not
    /// grouped, as the errors have always said).
    public static func rangeText(_ range: ClosedRange<Int>) -> String {
        "a whole number from \(range.lowerBound) to \(range.upperBound)"
    }
}

extension UInt64: ArgumentValue {
    /// Reads a whole number from 0 to 2^64 − 1: every digit of a large seed is kept (`18446744073709551615`), and
    /// smaller ones may be grouped or shortened as `NumberArgument.count` reads them (`2,010`, `10k`).
    public init?(argument: String) {
        let text = argument.trimmingWhitespace()
        if let value = UInt64(text) {
            self = value
        } else if let count = NumberArgument.count(text), count >= 0 {
            self = UInt64(count)
        } else {
            return nil
        }
    }

    /// `a whole number from 0 to 18446744073709551615`.
    public static var valueDescription: String { "a whole number from 0 to \(UInt64.max)" }
}

extension Double: ArgumentValue {
    /// Reads a plain number as `NumberArgument` does (`2.5`, `1,000`, `10k`); no pound or percent sign.
    public init?(argument: String) {
        guard let number = NumberArgument(argument), number.unit == .plain else { return nil }
        self = number.value
    }

    /// `a number`.
    public static var valueDescription: String { "a number" }
}

extension Rate: ArgumentValue {
    /// `a rate such as 3.5% or 0.035`.
    public static var valueDescription: String { "a rate such as 3.5% or 0.035" }
}

extension Money: ArgumentValue {
    /// `an amount in pounds such as 25000, £25,000, 25k or 1.2m`.
    public static var valueDescription: String { "an amount in pounds such as 25000, £25,000, 25k or 1.2m" }
}

extension FinancialYear: ArgumentValue {
    /// `a financial year such as 2010/11`.
    public static var valueDescription: String { "a financial year such as 2010/11" }
}

extension Subject: ArgumentValue {
    /// `a borough id or a group such as bexley+bromley`.
    public static var valueDescription: String { "a borough id or a group such as bexley+bromley" }
}

extension OptimismBiasPolicy: ArgumentValue {
    /// `upper-bound, none, or mitigated:F with F from 0 to 1`.
    public static var valueDescription: String { "upper-bound, none, or mitigated:F with F from 0 to 1" }
}
