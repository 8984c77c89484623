/// A UK local-government financial year, April to March, printed `2010/11`.
public struct FinancialYear: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The calendar year in which the financial year starts (2010 for 2010/11).
    public var startYear: Int

    /// Makes the financial year that starts in April of `startYear`.
    public init(startYear: Int) { self.startYear = startYear }

    /// Parses `2010/11`, `2010-11` or `2010`. Returns nil for anything else, including `2010/12`.
    public init?(argument: String) {
        let text = argument.trimmingWhitespace()
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        guard let first = parts.first, first.count == 4, let start = Int(first), (1900...2200).contains(start) else {
            return nil
        }
        if parts.count == 2 {
            guard parts[1].count == 2, let end = Int(parts[1]), end == (start + 1) % 100 else { return nil }
        } else if parts.count != 1 {
            return nil
        }
        self.startYear = start
    }

    /// The year `offset` years later (appraisal year `offset` when `self` is year 0).
    public func advanced(by offset: Int) -> FinancialYear { FinancialYear(startYear: startYear + offset) }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let year = try? container.decode(Int.self) {
            self.init(startYear: year)
            return
        }
        let text = try container.decode(String.self)
        guard let parsed = FinancialYear(argument: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a financial year such as 2010/11.")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `2010/11`.
    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)/" + (end < 10 ? "0\(end)" : "\(end)")
    }
}
