import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// Discount factors, NPV and EAC against domain.md 4.4's table and hand computations.
final class AppraisalDiscountingTests: XCTestCase {
    let standard = DiscountSchedule(rate: .greenBookStandard, declining: true)

    func testFactorsYearsOneToTenMatchThePublishedTable() {
        // domain.md 4.4: 1/1.035^t to four places [S80].
        let table = [1.0, 0.9662, 0.9335, 0.9019, 0.8714, 0.8420, 0.8135, 0.7860, 0.7594, 0.7337, 0.7089]
        let factors = standard.factors(through: 10)
        XCTAssertEqual(factors.count, 11)
        XCTAssertEqual(factors[0], 1, "year 0 is never discounted")
        for year in 1...10 {
            XCTAssertEqual(factors[year], table[year], accuracy: 0.00005, "year \(year)")
        }
        // Cumulative: years 1–5 = 4.5151, years 1–10 = 8.3166.
        XCTAssertEqual(standard.annuityFactor(years: 5), 4.5151, accuracy: 0.00005)
        XCTAssertEqual(standard.annuityFactor(years: 10), 8.3166, accuracy: 0.00005)
    }

    func testDecliningScheduleChainsYearByYear() {
        // D(30) = 1/1.035^30 = 0.35628; D(31) = D(30)/1.03 = 0.34590 [S53].
        let factors = standard.factors(through: 76)
        XCTAssertEqual(factors[30], 0.3563, accuracy: 0.00005)
        XCTAssertEqual(factors[31], 0.3459, accuracy: 0.00005)
        // D(75) = D(30)/1.03^45 = 0.094214; D(76) = D(75)/1.025 = 0.091916.
        XCTAssertEqual(factors[75], 0.094214, accuracy: 0.0000005)
        XCTAssertEqual(factors[76], 0.091916, accuracy: 0.0000005)
        // Without the declining schedule year 31 is 1/1.035^31 = 0.34423.
        let flat = DiscountSchedule(rate: .greenBookStandard, declining: false)
        XCTAssertEqual(flat.factor(year: 31), 0.34423, accuracy: 0.000005)
        XCTAssertEqual(standard.factor(year: 31), 0.3459, accuracy: 0.00005)
    }

    func testRatesByBand() {
        XCTAssertEqual(standard.rate(inYear: 30), 0.035)
        XCTAssertEqual(standard.rate(inYear: 31), 0.030)
        XCTAssertEqual(standard.rate(inYear: 125), 0.025)
        XCTAssertEqual(standard.rate(inYear: 126), 0.020)
        XCTAssertEqual(standard.rate(inYear: 300), 0.015)
        XCTAssertEqual(standard.rate(inYear: 301), 0.010)
    }

    func testSummarySaysWhichRatesApply() {
        XCTAssertEqual(
            standard.summary(through: 10),
            "3.5% in years 1–10 (the declining schedule starts only in year 31) [S53]; year 0 undiscounted")
        let long = standard.summary(through: 80)
        XCTAssertTrue(long.hasPrefix("3.5% in years 1–30, 3% in years 31–75, 2.5% in years 76–80 "), long)
    }

    func testNPVOfAKnownFlow() {
        // −180,000 then 36,000 a year for 10 years at 3.5%:
        // −180,000 + 36,000 × 8.316605 = −180,000 + 299,397.79 = £119,397.79 (domain.md's rounded factor 8.3166
        // gives 119,397.6); to the nearest pound £119,398.
        let flows = [-180_000.0] + Array(repeating: 36_000.0, count: 10)
        XCTAssertEqual(NetPresentValue.of(flows, schedule: standard), 119_397.79, accuracy: 0.01)
        XCTAssertEqual(NetPresentValue.of(flows, rate: 0.035), 119_397.79, accuracy: 0.01)
        // Year 0 undiscounted: a lone year-0 flow is its own NPV.
        XCTAssertEqual(NetPresentValue.of([-5_000], schedule: standard), -5_000)
    }

    func testEquivalentAnnualCost() {
        // £100,000 over 10 years at 3.5%: 100,000 × 0.035 / (1 − 1.035^−10) = 100,000 / 8.316605 = £12,024.14.
        let eac = EquivalentAnnualCost.of(netPresentCost: 100_000, years: 10, schedule: standard)
        XCTAssertEqual(eac ?? 0, 12_024.14, accuracy: 0.01)
        XCTAssertNil(EquivalentAnnualCost.of(netPresentCost: 100_000, years: 0, schedule: standard))
        // At 0% it is a straight division: 100,000 / 4 = 25,000.
        let zero = DiscountSchedule(rate: Rate(fraction: 0), declining: false)
        XCTAssertEqual(EquivalentAnnualCost.of(netPresentCost: 100_000, years: 4, schedule: zero) ?? 0, 25_000, accuracy: 1e-9)
    }

    func testBenefitCostRatio() {
        // −100 in year 0 and 110 in year 1 at 10%: PV savings 100, PV costs 100, BCR 1.
        let ten = DiscountSchedule(rate: Rate(fraction: 0.10), declining: false)
        XCTAssertEqual(BenefitCostRatio.of([-100, 110], schedule: ten) ?? 0, 1, accuracy: 1e-12)
        XCTAssertNil(BenefitCostRatio.of([100, 110], schedule: ten), "no costs, no ratio")
    }
}
