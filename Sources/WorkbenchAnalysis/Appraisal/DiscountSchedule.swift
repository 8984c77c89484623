public import WorkbenchCore

/// Discount factors by appraisal year. Year 0 is never discounted (factor 1).
///
/// With the declining schedule of the Green Book (2003, Table 6.1) [S53] the rate is the workspace's rate for years
/// 1–30, then 3.0% for 31–75, 2.5% for 76–125, 2.0% for 126–200, 1.5% for 201–300 and 1.0% beyond, and factors are
/// chained year by year: D(t) = D(t-1) / (1 + r(t)). So at 3.5%, D(30) = 0.3563 and D(31) = 0.3563 / 1.03 = 0.3459.
public struct DiscountSchedule: Sendable, Hashable {
    /// The rate for years 1–30.
    public let rate: Rate
    /// Whether years beyond 30 follow the declining schedule.
    public let declining: Bool

    /// Makes a schedule.
    public init(rate: Rate, declining: Bool) {
        self.rate = rate
        self.declining = declining
    }

    /// The rate that applies in a year (1-based; year 0 has none).
    public func rate(inYear year: Int) -> Double {
        guard declining else { return rate.fraction }
        switch year {
        case ...30: return rate.fraction
        case 31...75: return 0.030
        case 76...125: return 0.025
        case 126...200: return 0.020
        case 201...300: return 0.015
        default: return 0.010
        }
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

    /// Says which schedule applies, for replies and reports.
    public var summary: String {
        declining
            ? "\(rate) for years 1–30, then the Green Book declining schedule (3.0% to 75, 2.5% to 125, 2.0% to 200, 1.5% to 300, 1.0% after) [S53]; year 0 undiscounted"
            : "\(rate) in every year; year 0 undiscounted"
    }
}
