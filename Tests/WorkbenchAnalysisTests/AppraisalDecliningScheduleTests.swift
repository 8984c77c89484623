import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// The Green Book's declining schedules for the chosen base (issue 15): the standard 3.5% schedule, the reduced 1.5%
/// schedule for health and life values, and any other base as the standard scaled in proportion.
///
/// Convention checked: year 0 undiscounted, D(0) = 1, and D(t) is the product over years s = 1…t of 1/(1 + r(s)),
/// r(s) being the rate of the band year s falls in (bands 0–30, 31–75, 76–125, 126–200, 201–300, 301+).
@Suite struct AppraisalDecliningScheduleTests {
    /// The Green Book table, typed here from the source (not from the code): standard and reduced rates by band [S53b].
    static let standard = [0.035, 0.030, 0.025, 0.020, 0.015, 0.010]
    static let reduced = [0.015, 0.0129, 0.0107, 0.0086, 0.0064, 0.0043]
    static let bandEnds = [30, 75, 125, 200, 300, Int.max]

    /// The hand computation: one power per band, (1 + r)^−(years in the band up to t), multiplied together.
    static func handFactor(year t: Int, rates: [Double]) -> Double {
        var factor = 1.0
        var previousEnd = 0
        for (end, rate) in zip(bandEnds, rates) {
            let years = max(0, min(t, end) - previousEnd)
            factor *= pow(1 + rate, -Double(years))
            if t <= end { break }
            previousEnd = end
        }
        return factor
    }

    static let probeYears = [0, 1, 29, 30, 31, 40, 75, 76, 125, 126, 200, 201, 300]

    @Test("The standard 3.5% schedule matches the hand computation in every band", arguments: probeYears)
    func standardSchedule(year: Int) {
        let schedule = DiscountSchedule(rate: Rate(fraction: 0.035), declining: true)
        let factor = schedule.factors(through: 300)[year]
        #expect(Swift.abs(factor - Self.handFactor(year: year, rates: Self.standard)) <= 1e-12 * factor)
    }

    @Test("The reduced 1.5% schedule for health and life values matches the hand computation", arguments: probeYears)
    func reducedSchedule(year: Int) {
        let schedule = DiscountSchedule(rate: Rate(percent: 1.5), declining: true)
        let factor = schedule.factors(through: 300)[year]
        #expect(Swift.abs(factor - Self.handFactor(year: year, rates: Self.reduced)) <= 1e-12 * factor)
    }

    @Test("Published figures: D(31) at 3.5% and at 1.5%, to six places")
    func publishedAnchors() {
        // 1.035^−30 = 0.356278, / 1.03 = 0.345901; 1.015^−30 = 0.639762, / 1.0129 = 0.631615 (by hand).
        let standard = DiscountSchedule.greenBook.factors(through: 31)
        #expect(Swift.abs(standard[30] - 0.356278) < 5e-7)
        #expect(Swift.abs(standard[31] - 0.345901) < 5e-7)
        let reduced = DiscountSchedule.greenBookReduced.factors(through: 76)
        #expect(Swift.abs(reduced[30] - 0.639762) < 5e-7)
        #expect(Swift.abs(reduced[31] - 0.631615) < 5e-7)
        #expect(Swift.abs(reduced[76] - 0.355550) < 5e-7)
        #expect(reduced[0] == 1, "year 0 is never discounted")
    }

    @Test("Each band's rate is the table's, for both published bases")
    func bandRates() {
        let years = [30, 31, 75, 76, 125, 126, 200, 201, 300, 301, 1_000]
        let bandOf = [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
        let standard = DiscountSchedule.greenBook
        let reduced = DiscountSchedule.greenBookReduced
        for (year, band) in zip(years, bandOf) {
            #expect(standard.rate(inYear: year) == Self.standard[band], "standard, year \(year)")
            #expect(reduced.rate(inYear: year) == Self.reduced[band], "reduced, year \(year)")
        }
        #expect(standard.basis == .standard)
        #expect(reduced.basis == .reduced)
        #expect(DiscountSchedule(rate: Rate(percent: 2), declining: true).basis == .scaled)
    }

    @Test("Any other base scales the standard schedule: 2% falls to 1.714…% in year 31, never rises to 3%")
    func scaledSchedule() {
        let schedule = DiscountSchedule(rate: Rate(percent: 2), declining: true)
        #expect(schedule.rate(inYear: 30) == 0.02)
        #expect(Swift.abs(schedule.rate(inYear: 31) - 0.02 * 3 / 3.5) < 1e-15)
        #expect(Swift.abs(schedule.rate(inYear: 301) - 0.02 * 1 / 3.5) < 1e-15)
        let scaled = Self.standard.map { $0 * 0.02 / 0.035 }
        let factors = schedule.factors(through: 300)
        for year in Self.probeYears {
            #expect(Swift.abs(factors[year] - Self.handFactor(year: year, rates: scaled)) <= 1e-12 * factors[year])
        }
        // By hand: 1.02^−30 = 0.552071; / (1 + 0.0171429) = 0.542766.
        #expect(Swift.abs(factors[31] - 0.542766) < 5e-7)
    }

    @Test("The rates never rise from one band to the next, whatever the positive base", arguments: [0.005, 0.015, 0.02, 0.035, 0.05, 0.10])
    func ratesNeverRise(base: Double) {
        let schedule = DiscountSchedule(rate: Rate(fraction: base), declining: true)
        var previous = schedule.rate(inYear: 1)
        for year in 2...400 {
            let rate = schedule.rate(inYear: year)
            #expect(rate <= previous, "base \(base), year \(year)")
            previous = rate
        }
    }

    @Test("The reply says which schedule applies, and that a scaled one is scaled")
    func summaries() {
        #expect(
            DiscountSchedule.greenBook.summary(through: 40)
                == "3.5% in years 1–30, 3% in years 31–40 (Green Book declining schedule, factors chained year by year) [S53]; year 0 undiscounted")
        #expect(
            DiscountSchedule.greenBookReduced.summary(through: 80)
                == "1.5% in years 1–30, 1.29% in years 31–75, 1.07% in years 76–80 (Green Book reduced declining schedule for health and life values, factors chained year by year) [S53b]; year 0 undiscounted")
        let two = DiscountSchedule(rate: Rate(percent: 2), declining: true)
        #expect(
            two.summary(through: 40)
                == "2% in years 1–30, 1.71% in years 31–40 (Green Book standard declining schedule scaled by 2%/3.5%, rates rounded for display only, factors chained year by year) [S53]; year 0 undiscounted")
        // Within 30 years nothing declines, so nothing changes from before.
        #expect(two.summary(through: 10) == "2% in years 1–10 (the declining schedule starts only in year 31) [S53]; year 0 undiscounted")
        #expect(
            DiscountSchedule.greenBook.summary
                == "3.5% for years 1–30, then the Green Book declining schedule (3.0% to 75, 2.5% to 125, 2.0% to 200, 1.5% to 300, 1.0% after) [S53]; year 0 undiscounted")
        #expect(
            DiscountSchedule.greenBookReduced.summary
                == "1.5% for years 1–30, then the Green Book reduced declining schedule for health and life values (1.29% to 75, 1.07% to 125, 0.86% to 200, 0.64% to 300, 0.43% after) [S53b]; year 0 undiscounted")
    }

    @Test("Without --declining every year takes the base rate: D(t) = 1/(1+r)^t")
    func flatSchedule() {
        let flat = DiscountSchedule(rate: Rate(percent: 2), declining: false)
        #expect(Swift.abs(flat.factor(year: 40) - pow(1.02, -40)) < 1e-15)
        #expect(flat.rate(inYear: 31) == 0.02)
    }
}
