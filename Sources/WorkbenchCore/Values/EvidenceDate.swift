/// A date as a source gives it: a year, a month of a year, or a day (`2011`, `July 2011`, `1 January 2012`).
///
/// Evidence is judged against the workspace's as-at date (`AsAtDate`) by the latest day the date could be: a date
/// known only to its year counts as 31 December of that year, one known to its month as the month's last day, so
/// evidence that may postdate the as-at date is never taken as known then.
public struct EvidenceDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The calendar year.
    public var year: Int
    /// The month, 1–12, when the source gives it.
    public var month: Int?
    /// The day of the month, when the source gives it (only with a month).
    public var day: Int?

    /// Makes a date; `month` and `day` are clamped to a valid month and to that month's days.
    public init(_ year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        let m = month.map { min(max($0, 1), 12) }
        self.month = m
        self.day = m.flatMap { m in day.map { min(max($0, 1), Self.days(in: m, of: year)) } }
    }

    /// A year alone (`2011`), so case and arrangement data can write `decided: 2011`.
    public init(integerLiteral value: Int) { self.init(value) }

    /// Parses `2011`, `2011-07` or `2011-03-31`; nil for anything else (an impossible day included).
    public init?(argument: String) {
        let parts = argument.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1900...2200).contains(year)
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3, let m = month {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...Self.days(in: m, of: year)).contains(d) else { return nil }
            day = d
        }
        self.init(year, month: month, day: day)
    }

    /// The last day of the financial year that starts in April of `startYear` (31 March of the next year).
    public static func endOfFinancialYear(_ year: FinancialYear) -> EvidenceDate {
        EvidenceDate(year.startYear + 1, month: 3, day: 31)
    }

    /// Whether the source gives the day (not only the year or month).
    public var isExactDay: Bool { day != nil }

    /// The latest day this date could be, as (year, month, day).
    public var latestDay: (year: Int, month: Int, day: Int) {
        let m = month ?? 12
        return (year, m, day ?? Self.days(in: m, of: year))
    }

    /// Days in a month of a year (Gregorian).
    public static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Orders by the latest day each date could be, then the less precise first.
    public static func < (lhs: EvidenceDate, rhs: EvidenceDate) -> Bool {
        let l = lhs.latestDay
        let r = rhs.latestDay
        if (l.year, l.month, l.day) != (r.year, r.month, r.day) { return (l.year, l.month, l.day) < (r.year, r.month, r.day) }
        return (lhs.month == nil ? 0 : lhs.day == nil ? 1 : 2) < (rhs.month == nil ? 0 : rhs.day == nil ? 1 : 2)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// `2011`, `July 2011` or `31 March 2011`.
    public var description: String {
        guard let month else { return "\(year)" }
        let name = Self.monthNames[month - 1]
        return day.map { "\($0) \(name) \(year)" } ?? "\(name) \(year)"
    }

    /// `2011`, `2011-07` or `2011-03-31`: the form files and `set as-at` take.
    public var isoText: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        guard let month else { return "\(year)" }
        return "\(year)-\(two(month))" + (day.map { "-\(two($0))" } ?? "")
    }

    /// Decodes a year as a number, or `2011`, `2011-07`, `2011-03-31` as text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let year = try? container.decode(Int.self) {
            self.init(year)
            return
        }
        let text = try container.decode(String.self)
        guard let parsed = EvidenceDate(argument: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date such as 2011-03-31, 2011-07 or 2011.")
        }
        self = parsed
    }

    /// Encodes a year alone as a number, otherwise as `2011-07` or `2011-03-31`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if month == nil { try container.encode(year) } else { try container.encode(isoText) }
    }
}
