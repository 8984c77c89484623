public import WorkbenchCore

/// Discount factors by appraisal year. Year 0 is never discounted (factor 1).
///
/// With the declining schedule of the Green Book (2003, Table 6.1) [S53] the rate is the workspace's rate for years
/// 1–30, then 3.0% for 31–75, 2.5% for 76–125, 2.0% for 126–200, 1.5% for 201–300 and 1.0% beyond, and factors are
/// chained year by year: D(t) = D(t-1) / (1 + r(t)). So at 3.5%, D(30) = 1/1.035^30 = 0.3563 and
/// D(31) = 0.3563 / 1.03 = 0.3459. Without it, D(t) = 1/(1+r)^t in every year [S80].
public struct DiscountSchedule: Sendable, Hashable, Codable {
    /// The rate for years 1–30.
    public let rate: Rate
    /// Whether years beyond 30 follow the declining schedule.
    public let declining: Bool

    /// The last year at the workspace's rate under the declining schedule.
    public static let standardRateLastYear = 30

    /// The declining schedule's bands after year 30: (last year of the band, rate), the last band open-ended [S53].
    public static let decliningBands: [(lastYear: Int, rate: Double)] = [
        (75, 0.030), (125, 0.025), (200, 0.020), (300, 0.015), (Int.max, 0.010),
    ]

    /// Makes a schedule.
    public init(rate: Rate, declining: Bool) {
        self.rate = rate
        self.declining = declining
    }

    /// The Green Book schedule at the standard 3.5%, declining after year 30 [S53][S54].
    public static let greenBook = DiscountSchedule(rate: .greenBookStandard, declining: true)

    /// The rate that applies in a year (1-based; year 0 has none).
    public func rate(inYear year: Int) -> Double {
        guard declining, year > Self.standardRateLastYear else { return rate.fraction }
        for band in Self.decliningBands where year <= band.lastYear { return band.rate }
        return 0.010
    }

    /// The factor for one year: 1 for year 0 and before.
    /// - Complexity: O(year).
    public func factor(year: Int) -> Double {
        guard year > 0 else { return 1 }
        return factors(through: year)[year]
    }

    /// Factors for years 0…`years`.
    /// - Complexity: O(years).
    public func factors(through years: Int) -> [Double] {
        guard years >= 0 else { return [] }
        var out = [Double](repeating: 1, count: years + 1)
        var factor = 1.0
        for year in stride(from: 1, through: years, by: 1) {
            factor /= 1 + rate(inYear: year)
            out[year] = factor
        }
        return out
    }

    /// The sum of the factors for years 1…`years`: the present value of £1 a year paid at the end of each year.
    /// At 3.5%, years 1–5 give 4.5151 and years 1–10 give 8.3166.
    public func annuityFactor(years: Int) -> Double {
        guard years > 0 else { return 0 }
        return factors(through: years).dropFirst().reduce(0, +)
    }

    /// Says which schedule applies, for replies and reports.
    public var summary: String {
        declining
            ? "\(rate) for years 1–30, then the Green Book declining schedule (3.0% to 75, 2.5% to 125, 2.0% to 200, 1.5% to 300, 1.0% after) [S53]; year 0 undiscounted"
            : "\(rate) in every year; year 0 undiscounted"
    }

    /// Says which rates apply over an appraisal of years 0…`years`: only the bands the appraisal reaches.
    public func summary(through years: Int) -> String {
        guard declining, years > Self.standardRateLastYear else {
            let note = declining ? " (the declining schedule starts only in year 31) [S53]" : ""
            return "\(rate) in years 1–\(max(years, 1))\(note); year 0 undiscounted"
        }
        var parts = ["\(rate) in years 1–30"]
        var first = Self.standardRateLastYear + 1
        for band in Self.decliningBands where first <= years {
            let last = min(band.lastYear, years)
            parts.append("\(Rate(fraction: band.rate)) in \(first == last ? "year \(first)" : "years \(first)–\(last)")")
            first = band.lastYear == Int.max ? years + 1 : band.lastYear + 1
        }
        return parts.joined(separator: ", ") + " (Green Book declining schedule, factors chained year by year) [S53]; year 0 undiscounted"
    }

    private enum CodingKeys: String, CodingKey { case rate, declining }
}
