public import WorkbenchCore

/// Discount factors by appraisal year. Year 0 is never discounted (factor 1).
///
/// Convention: factors are chained year by year, D(0) = 1 and D(t) = D(t-1) / (1 + r(t)), where r(t) is the rate of
/// the band that year t falls in. Without the declining schedule r(t) is the base rate in every year, so
/// D(t) = 1/(1+r)^t [S80].
///
/// With the declining schedule the bands are the Green Book's: years 0–30, 31–75, 76–125, 126–200, 201–300, 301+
/// (2003 edition, Table 6.1 [S53]; the current edition's long-term discount rates table [S53b]), and the band
/// rates are the Green Book's schedule *for the chosen base*:
/// - base 3.5% (the standard rate): 3.5%, 3.0%, 2.5%, 2.0%, 1.5%, 1.0% [S53][S53b];
/// - base 1.5% (the reduced rate for health and life values): 1.5%, 1.29%, 1.07%, 0.86%, 0.64%, 0.43% [S53b];
/// - any other base: the standard schedule scaled in proportion, r(band) × base / 3.5%, unrounded. The Green Book
///   publishes only the two schedules; its reduced one is the standard scaled by 1.5/3.5 to two decimals (1.2857%
///   is printed 1.29%), so proportional scaling is the rule its own tables follow, and every reply that reaches
///   year 31 on a scaled schedule says so (`summary(through:)`).
///
/// So at 3.5%, D(30) = 1/1.035^30 = 0.3563 and D(31) = 0.3563 / 1.03 = 0.3459; at 2%, D(31) = D(30) / (1 + 2% × 3/3.5).
public struct DiscountSchedule: Sendable, Hashable, Codable {
    /// The base rate: the rate for years 1–30.
    public let rate: Rate
    /// Whether years beyond 30 follow the declining schedule.
    public let declining: Bool

    /// The last year at the base rate under the declining schedule.
    public static let standardRateLastYear = 30

    /// The last year of each of the Green Book's bands (the last band open-ended) [S53][S53b].
    public static let bandLastYears = [30, 75, 125, 200, 300, Int.max]

    /// The Green Book's standard schedule, band by band: 3.5% to year 30, then 3.0%, 2.5%, 2.0%, 1.5%, 1.0% [S53].
    public static let standardRates = [0.035, 0.030, 0.025, 0.020, 0.015, 0.010]

    /// The Green Book's reduced schedule for health and life values, band by band: 1.5% to year 30, then 1.29%,
    /// 1.07%, 0.86%, 0.64%, 0.43% [S53b].
    public static let reducedRates = [0.015, 0.0129, 0.0107, 0.0086, 0.0064, 0.0043]

    /// The declining schedule's bands after year 30 at the standard 3.5%: (last year of the band, rate) [S53].
    public static let decliningBands: [(lastYear: Int, rate: Double)] =
        Array(zip(bandLastYears, standardRates).dropFirst())

    /// Which Green Book schedule the declining rates follow.
    public enum Basis: Hashable, Sendable {
        /// The standard schedule, from a base of 3.5% [S53].
        case standard
        /// The reduced schedule for health and life values, from a base of 1.5% [S53b].
        case reduced
        /// The standard schedule scaled by base / 3.5% (any other base).
        case scaled
    }

    /// Makes a schedule.
    public init(rate: Rate, declining: Bool) {
        self.rate = rate
        self.declining = declining
    }

    /// The Green Book schedule at the standard 3.5%, declining after year 30 [S53][S54].
    public static let greenBook = DiscountSchedule(rate: .greenBookStandard, declining: true)

    /// The Green Book's reduced schedule for health and life values: 1.5%, declining after year 30 [S53b].
    public static let greenBookReduced = DiscountSchedule(rate: Rate(fraction: 0.015), declining: true)

    /// Which Green Book schedule a base rate's declining rates follow.
    public var basis: Basis {
        if Swift.abs(rate.fraction - Self.standardRates[0]) < 1e-12 { return .standard }
        if Swift.abs(rate.fraction - Self.reducedRates[0]) < 1e-12 { return .reduced }
        return .scaled
    }

    /// The rate of each band, the first being the base rate itself.
    public var bandRates: [Double] {
        switch basis {
        case .standard: return [rate.fraction] + Self.standardRates.dropFirst()
        case .reduced: return [rate.fraction] + Self.reducedRates.dropFirst()
        case .scaled:
            let factor = rate.fraction / Self.standardRates[0]
            return [rate.fraction] + Self.standardRates.dropFirst().map { $0 * factor }
        }
    }

    /// The rate that applies in a year (1-based; year 0 has none).
    public func rate(inYear year: Int) -> Double {
        guard declining, year > Self.standardRateLastYear else { return rate.fraction }
        let rates = bandRates
        for (index, last) in Self.bandLastYears.enumerated() where year <= last { return rates[index] }
        return rates[rates.count - 1]
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

    /// Decimals that show every band rate of this schedule exactly as the Green Book prints it (1 for the standard
    /// schedule, 2 otherwise), for tables.
    public var rateDecimals: Int { declining && basis != .standard ? 2 : 1 }

    /// The source tag of the schedule's band rates.
    var tag: String { basis == .reduced ? "[S53b]" : "[S53]" }

    /// What the declining schedule is, for the end of a sentence.
    var scheduleName: String {
        switch basis {
        case .standard: return "Green Book declining schedule"
        case .reduced: return "Green Book reduced declining schedule for health and life values"
        case .scaled: return "Green Book standard declining schedule scaled by \(rate)/3.5%, rates rounded for display only"
        }
    }

    /// Says which schedule applies, for replies and reports.
    public var summary: String {
        guard declining else { return "\(rate) in every year; year 0 undiscounted" }
        let rates = bandRates
        let ends = ["75", "125", "200", "300"]
        let later = (1..<rates.count).map { index -> String in
            let shown = basis == .standard
                ? MoneyFormat.fixed(rates[index] * 100, decimals: 1) + "%" : "\(Rate(fraction: rates[index]))"
            return index < rates.count - 1 ? "\(shown) to \(ends[index - 1])" : "\(shown) after"
        }
        return "\(rate) for years 1–30, then the \(scheduleName) (\(later.joined(separator: ", "))) \(tag); year 0 undiscounted"
    }

    /// Says which rates apply over an appraisal of years 0…`years`: only the bands the appraisal reaches.
    public func summary(through years: Int) -> String {
        guard declining, years > Self.standardRateLastYear else {
            let note = declining ? " (the declining schedule starts only in year 31) \(tag)" : ""
            return "\(rate) in years 1–\(max(years, 1))\(note); year 0 undiscounted"
        }
        var parts = ["\(rate) in years 1–30"]
        var first = Self.standardRateLastYear + 1
        for (index, last) in Self.bandLastYears.enumerated().dropFirst() where first <= years {
            let end = min(last, years)
            let band = Rate(fraction: bandRates[index])
            parts.append("\(band) in \(first == end ? "year \(first)" : "years \(first)–\(end)")")
            first = last == Int.max ? years + 1 : last + 1
        }
        return parts.joined(separator: ", ") + " (\(scheduleName), factors chained year by year) \(tag); year 0 undiscounted"
    }

    private enum CodingKeys: String, CodingKey { case rate, declining }
}
