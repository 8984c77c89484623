import WorkbenchCore
import WorkbenchToolkit
import XCTest

/// Each standard calculator against a hand computation of its years, plus ranges, overrides and errors.
/// Defaults in pounds are read in the fixtures' price base, 2010/11: restated from their sources' years by HM
/// Treasury's GDP deflator [S82] (index 2024-25 = 100: 2008-09 66.8397, 2010-11 68.8561, 2011-12 70.3261, 2012-13
/// 71.5454, 2014-15 74.0662), so a hand computation multiplies each by its year's factor below.
final class SavingsCalculatorTests: XCTestCase {
    typealias F = SavingsFixtures
    /// 2010/11 prices over 2008/09's (Solihull's RFID figures [S44]).
    static let k2008 = 68.8561 / 66.8397
    /// Over 2011/12's (the £225,000 fit-out and repair backlog [S32], Chalk Farm's £130,000 [S25]).
    static let k2011 = 68.8561 / 70.3261
    /// Over 2012/13's (the saving per post, from Bexley and Bromley's savings of a year from 2012 [S14]).
    static let k2012 = 68.8561 / 71.5454
    /// Over 2014/15's (the community grant and support [S79], the £19,000 and £31,250 a post [S36]).
    static let k2014 = 68.8561 / 74.0662

    func testSharedServiceHandComputation() throws {
        let schedule = try F.schedule(SharedServiceCalculator(), [F.bexley, F.bromley])
        // £22,000 a post of 2012/13 is £21,173.05 in 2010/11 prices. Bexley 35 posts × 35/71 removed × £21,173.05 =
        // £365,309.63; Bromley 36 × 35/71 × £21,173.05 = £375,747.05.
        let bexley = F.line(schedule, "Management and back-office posts removed: Bexley")
        XCTAssertEqual(bexley[2], 35 * 35 / 71 * 22_000 * Self.k2012, accuracy: 0.01)
        XCTAssertEqual(bexley[2], 365_309.63, accuracy: 0.01)
        // Ramp-up over 2 years from appraisal year 1: 0, half, full.
        XCTAssertEqual(bexley[0], 0)
        XCTAssertEqual(bexley[1], 365_309.63 / 2, accuracy: 0.01)
        // Both together: 35 posts removed × £21,173.05 = £741,056.69 a year (the published £770,000 of 2012/13
        // [S14], restated); transition half a year = £370,528.34 in year 1.
        XCTAssertEqual(schedule.totals(of: .saving)[5], 770_000 * Self.k2012, accuracy: 0.01)
        XCTAssertEqual(schedule.totals(of: .saving)[5], 741_056.69, accuracy: 0.01)
        XCTAssertEqual(schedule.totals(of: .oneOffCost)[1], 370_528.34, accuracy: 0.01)
        XCTAssertEqual(schedule.netFlows[1], 0, accuracy: 0.01)
        XCTAssertEqual(schedule.baseYear, FinancialYear(startYear: 2010))
        XCTAssertEqual(schedule.horizon, 10)
        XCTAssertEqual(schedule.lines[0].amounts.count, 11)
        XCTAssertEqual(schedule.optimismBias, .equipmentDevelopment)
        XCTAssertEqual(schedule.lines[0].uncertainty?.input, "cost-per-post")
    }

    func testSharedServiceFallsBackOnTheBudgetRule() throws {
        // Camden has no posts figure: £8m × 7.5% (midpoint of the FLP's 5–10% [S20]) = £600,000.
        let schedule = try F.schedule(SharedServiceCalculator(), [F.camden], ["ramp-up-years": 1])
        XCTAssertEqual(schedule.totals(of: .saving)[1], 600_000, accuracy: 0.01)
        let range = SavingsRange(schedule)
        XCTAssertEqual(range.low, 400_000, accuracy: 0.01)
        XCTAssertEqual(range.high, 800_000, accuracy: 0.01)
    }

    func testSharedWholeServiceHandComputation() throws {
        // £8m × 17.5% = £1.4m; range 10–25%: £0.8m to £2.0m. Camden's £1.6m decision [S25] lies within it.
        let schedule = try F.schedule(SharedWholeServiceCalculator(), [F.camden])
        let range = SavingsRange(schedule)
        XCTAssertEqual(range.mostLikely, 1_400_000, accuracy: 0.01)
        XCTAssertEqual(range.low, 800_000, accuracy: 0.01)
        XCTAssertEqual(range.high, 2_000_000, accuracy: 0.01)
        XCTAssertTrue(range.contains(1_600_000))
    }

    func testStockConsortiumHandComputation() throws {
        // Camden £652,000 × 13.5% = £88,020 a year at full; half in year 1; joining £15,625 of 2014 in year 1,
        // £14,525.88 in 2010/11 prices.
        let schedule = try F.schedule(StockConsortiumCalculator(), [F.camden])
        let saving = F.line(schedule, "Joint stock procurement: Camden")
        XCTAssertEqual(saving[1], 44_010, accuracy: 0.01)
        XCTAssertEqual(saving[2], 88_020, accuracy: 0.01)
        XCTAssertEqual(F.line(schedule, "Joining")[1], 15_625 * Self.k2014, accuracy: 0.01)
        // Without a stock figure the budget × Brent's 10.0% stock share [S77]: £5,514,413 × 550,000/5,514,413 =
        // £550,000 × 13.5% = £74,250.
        let budgetOnly = F.profile("budget-only", figures: [(.libraryBudget, 5_514_413)])
        let fallback = try F.schedule(StockConsortiumCalculator(), [budgetOnly], ["ramp-up-years": 1])
        XCTAssertEqual(fallback.totals(of: .saving)[1], 74_250, accuracy: 0.01)
    }

    func testRFIDReproducesSolihullsNetSaving() throws {
        // Solihull, 8 libraries [S44]: tagging 8 × 40,000 × 39p = £124,800; kiosks 8 × 2 × £9,000 = £144,000;
        // gates and workstations 8 × £7,000 = £56,000 (the equipment prices name no year, so stay as given);
        // maintenance 8 × £6,375 = £51,000 a year; staff time 8 × £27,250 = £218,000 a year; at full, net £218,000 −
        // £51,000 = £167,000, Solihull's year-5 figure of 2008, which in 2010/11 prices is × 1.030168 = £172,038.01.
        let schedule = try F.schedule(RFIDSelfServiceCalculator(), [F.bare], ["libraries": 8])
        XCTAssertEqual(F.line(schedule, "Tagging")[1], 124_800, accuracy: 0.01)
        XCTAssertEqual(F.line(schedule, "Self-service kiosks")[1], 144_000, accuracy: 0.01)
        XCTAssertEqual(F.line(schedule, "Security gates")[1], 56_000, accuracy: 0.01)
        XCTAssertEqual(F.line(schedule, "Maintenance")[1], 25_500 * Self.k2008, accuracy: 0.01)
        XCTAssertEqual(F.line(schedule, "Maintenance")[3], 51_000 * Self.k2008, accuracy: 0.01)
        XCTAssertEqual(schedule.netFlows[5], 167_000 * Self.k2008, accuracy: 0.01)
        XCTAssertEqual(schedule.netFlows[5], 172_038.01, accuracy: 0.01)
        XCTAssertEqual(schedule.totals(of: .oneOffCost)[1], 324_800, accuracy: 0.01)
        XCTAssertEqual(schedule.optimismBias, .standardBuildings)
    }

    func testRFIDUsesTheProfilesLibraryCount() throws {
        // Camden 13 libraries × £27,250 of 2008 = £354,250 a year at full, £364,936.91 in 2010/11 prices.
        let schedule = try F.schedule(RFIDSelfServiceCalculator(), [F.camden])
        XCTAssertEqual(schedule.totals(of: .saving)[10], 354_250 * Self.k2008, accuracy: 0.01)
    }

    func testCoLocationHandComputation() throws {
        // 2 branches × £94,000 × (781,600 ÷ 5,514,413 = 14.17%) = £26,646.68 a year (£94,000 is of December 2010,
        // so already in 2010/11 prices); fit-out 2 × £225,000 of 2011 = £440,593.82 in 2010/11 prices.
        let schedule = try F.schedule(CoLocationCalculator(), [F.camden], ["branches": 2])
        XCTAssertEqual(schedule.totals(of: .saving)[1], 2 * 94_000 * 781_600 / 5_514_413, accuracy: 0.01)
        XCTAssertEqual(schedule.totals(of: .saving)[1], 26_646.68, accuracy: 0.01)
        XCTAssertEqual(schedule.totals(of: .oneOffCost)[1], 450_000 * Self.k2011, accuracy: 0.01)
        XCTAssertEqual(schedule.optimismBias, .standardBuildings)
        // A capital receipt is a one-off inflow in the start year only.
        let withReceipt = try F.schedule(CoLocationCalculator(), [F.camden], ["capital-receipt": 400_000])
        XCTAssertEqual(F.line(withReceipt, "Capital receipt")[1], 400_000)
        XCTAssertEqual(F.line(withReceipt, "Capital receipt")[2], 0)
    }

    func testCommunityManagedHandComputation() throws {
        // Camden's three branches [S24]: 3 × £94,000 = £282,000 a year; transition 3 × £15,000 of 2014 = £45,000
        // once and residual support 3 × £5,000 = £15,000 a year, both × 0.929656 in 2010/11 prices; year 1 net
        // £282,000 − £60,000 × 0.929656 = £226,220.63, later years £282,000 − £15,000 × 0.929656 = £268,055.16.
        let schedule = try F.schedule(CommunityManagedCalculator(), [F.camden], ["branches": 3])
        XCTAssertEqual(schedule.netFlows[1], 282_000 - 60_000 * Self.k2014, accuracy: 0.01)
        XCTAssertEqual(schedule.netFlows[1], 226_220.63, accuracy: 0.01)
        XCTAssertEqual(schedule.netFlows[2], 282_000 - 15_000 * Self.k2014, accuracy: 0.01)
        let range = SavingsRange(schedule)
        // The range's low end is Enfield's £71,250 in 2024/25 prices restated in 2010/11 prices with HM Treasury's GDP
        // deflator [S82]: 3 × 71,250 × 68.8561 ÷ 100 = £147,179.91. The range moves with the default, which is of
        // December 2010, so its ends stay as declared: the £130,000 of 2011 [S25] is not restated on its own (a
        // range's ends carry no year of their own; see the README's design note 54).
        XCTAssertEqual(range.low, 3 * 71_250 * 68.8561 / 100, accuracy: 0.01)
        XCTAssertEqual(range.high, 390_000, accuracy: 0.01)
        XCTAssertEqual(schedule.optimismBias, .outsourcing)
    }

    func testTrustOrProviderHandComputationAndContractTerms() throws {
        // £5m budget: rate relief £5m × 5% × 80% = £200,000; efficiency £5m × 5% = £250,000; client team £100,000 a
        // year; letting £250,000 in year 1 and, with 5-year terms, again in year 6 (year 11 lies beyond the horizon).
        let schedule = try F.schedule(TrustOrProviderCalculator(), [F.complete], ["contract-years": 5])
        XCTAssertEqual(F.line(schedule, "Business-rate relief")[1], 200_000, accuracy: 0.01)
        XCTAssertEqual(F.line(schedule, "Provider efficiency")[1], 250_000, accuracy: 0.01)
        XCTAssertEqual(schedule.netFlows[1], 200_000 + 250_000 - 100_000 - 250_000, accuracy: 0.01)
        let lettings = schedule.totals(of: .oneOffCost)
        XCTAssertEqual(lettings.enumerated().filter { $0.element > 0 }.map(\.offset), [1, 6])
        XCTAssertEqual(schedule.optimismBias, .outsourcing)
        // A private provider gets no rate relief.
        let privateProvider = try F.schedule(TrustOrProviderCalculator(), [F.complete], ["rate-relief": 0])
        XCTAssertEqual(F.line(privateProvider, "Business-rate relief")[3], 0)
    }

    func testNetworkChangeHandComputation() throws {
        // £8m × 50% staffing × (605 − 527.5) ÷ 605 fewer hours = £512,396.69; one closure £94,000; redundancy half a
        // year of £606,396.69 = £303,198.35; repair backlog avoided £225,000 of 2011 once, £220,296.91 in 2010/11
        // prices.
        let schedule = try F.schedule(NetworkChangeCalculator(), [F.camden], ["branches-closed": 1])
        XCTAssertEqual(F.line(schedule, "Shorter opening hours")[1], 8_000_000 * 0.5 * 77.5 / 605, accuracy: 0.01)
        XCTAssertEqual(F.line(schedule, "Shorter opening hours")[1], 512_396.69, accuracy: 0.01)
        XCTAssertEqual(F.line(schedule, "Redundancy")[1], 303_198.35, accuracy: 0.01)
        XCTAssertEqual(schedule.netFlows[1], 512_396.69 + 94_000 + 225_000 * Self.k2011 - 303_198.35, accuracy: 0.01)
        XCTAssertEqual(schedule.netFlows[2], 606_396.69, accuracy: 0.01)
        XCTAssertNil(schedule.optimismBias)
        // The full-year range ignores the one-off receipt.
        XCTAssertEqual(SavingsRange(schedule).mostLikely, 606_396.69, accuracy: 0.01)
    }

    func testRampUpAndStartYear() throws {
        // Start in year 3, full after 4 years: 0, 0, 0, ¼, ½, ¾, 1, 1 of £770,000 of 2012/13 in 2010/11 prices.
        let schedule = try F.schedule(
            SharedServiceCalculator(), [F.bexley, F.bromley], ["start-year": 3, "ramp-up-years": 4, "years": 7])
        let expected = [0, 0, 0, 0.25, 0.5, 0.75, 1, 1].map { $0 * 770_000 * Self.k2012 }
        for (year, amount) in schedule.totals(of: .saving).enumerated() {
            XCTAssertEqual(amount, expected[year], accuracy: 0.01, "year \(year)")
        }
        XCTAssertEqual(schedule.horizon, 7)
        XCTAssertEqual(schedule.totals(of: .oneOffCost)[3], 385_000 * Self.k2012, accuracy: 0.01)
    }

    func testEveryCalculatorRangeIsOrderedAndEveryParameterOverridable() throws {
        let complete = F.complete
        for calculator in ToolkitComponents.calculators {
            let id = calculator.descriptor.id
            var values: [String: Double] = calculator.descriptor.id == "network-change" ? ["branches-closed": 1] : [:]
            let schedule = try calculator.schedule(for: F.inputs([complete]), parameters: ParameterValues(values))
            let range = SavingsRange(schedule)
            XCTAssertLessThanOrEqual(range.low, range.mostLikely, "\(id)")
            XCTAssertLessThanOrEqual(range.mostLikely, range.high, "\(id)")
            XCTAssertGreaterThan(range.mostLikely, 0, "\(id)")
            XCTAssertLessThan(range.low, range.high, "\(id) has no uncertain input")
            for line in schedule.lines {
                XCTAssertTrue(line.amounts.allSatisfy { $0 >= 0 && $0.isFinite }, "\(id): \(line.label)")
                if let u = line.uncertainty {
                    XCTAssertLessThanOrEqual(u.low, u.mostLikely, "\(id): \(line.label)")
                    XCTAssertLessThanOrEqual(u.mostLikely, u.high, "\(id): \(line.label)")
                    XCTAssertTrue(calculator.descriptor.parameters.contains { $0.id == u.input }, "\(id): \(u.input)")
                }
                XCTAssertFalse(line.provenance.sources.isEmpty && line.provenance.method == nil, "\(id): \(line.label)")
            }
            // Every default carries its source or, for an estimate, its method; every parameter can be overridden.
            for parameter in calculator.descriptor.parameters {
                XCTAssertTrue(parameter.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(parameter.id) is kebab-case")
                if let value = parameter.defaultValue {
                    XCTAssertTrue(
                        !value.provenance.sources.isEmpty || value.provenance.method != nil, "\(id) --\(parameter.id)")
                    if value.provenance.kind != .published { XCTAssertNotNil(value.provenance.method, "\(id) --\(parameter.id)") }
                    if let range = parameter.range { XCTAssertTrue(range.contains(value.value), "\(id) --\(parameter.id)") }
                }
                values[parameter.id] = parameter.defaultValue?.value ?? (parameter.id == "years" ? 12 : 4)
                XCTAssertNoThrow(
                    try calculator.schedule(for: F.inputs([complete]), parameters: ParameterValues(values)),
                    "\(id) --\(parameter.id)")
            }
        }
    }

    func testOverriddenValueMovesTheRangeWithIt() throws {
        // --cost-per-post 25000 (money of the price base year) lies in the range, £19,000–£31,250 restated with the
        // default (× 68.8561 ÷ 71.5454 = £18,285.81–£30,075.35): the range stays those ends.
        let schedule = try F.schedule(SharedServiceCalculator(), [F.bexley, F.bromley], ["cost-per-post": 25_000])
        let range = SavingsRange(schedule)
        XCTAssertEqual(range.mostLikely, 35 * 25_000, accuracy: 0.01)
        XCTAssertEqual(range.low, 35 * 19_000 * Self.k2012, accuracy: 0.01)
        XCTAssertEqual(range.high, 35 * 31_250 * Self.k2012, accuracy: 0.01)
        XCTAssertTrue(schedule.lines[0].provenance.method?.contains("£25.0k") ?? false)
        XCTAssertEqual(schedule.lines[0].provenance.kind, .estimate)
    }

    // MARK: Errors

    func testNegativeYearsNameTheParameterAndRange() {
        XCTAssertThrowsError(try F.schedule(SharedServiceCalculator(), [F.bexley], ["years": -3])) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.code, .invalidArgument)
            XCTAssertEqual(error?.message, "The value '-3' is invalid for '--years': expected a whole number from 1 to 60.")
            XCTAssertEqual(error?.location?.argument, "--years")
        }
        XCTAssertThrowsError(try F.schedule(CoLocationCalculator(), [F.bexley], ["branches": 1.5])) { error in
            XCTAssertEqual(
                (error as? WorkbenchError)?.message,
                "The value '1.50' is invalid for '--branches': expected a whole number from 0 to 100.")
        }
        XCTAssertThrowsError(try F.schedule(SharedServiceCalculator(), [F.bexley], ["post-reduction": 1.2])) { error in
            XCTAssertEqual(
                (error as? WorkbenchError)?.message,
                "The value '120%' is invalid for '--post-reduction': expected a value from 0% to 100%.")
        }
    }

    func testStartBeyondTheHorizonIsAnError() {
        XCTAssertThrowsError(try F.schedule(SharedServiceCalculator(), [F.bexley], ["start-year": 12])) { error in
            XCTAssertEqual(
                (error as? WorkbenchError)?.message,
                "The value '12' is invalid for '--start-year': expected a whole number from 0 to 10, the appraisal horizon.")
        }
    }

    func testUnknownParameterSuggestsTheNearest() {
        XCTAssertThrowsError(try F.schedule(SharedServiceCalculator(), [F.bexley], ["cost-per-pots": 1])) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.message, "The calculator 'shared-service' has no parameter '--cost-per-pots'.")
            XCTAssertTrue(error?.hint?.hasPrefix("Did you mean '--cost-per-post'?") ?? false)
        }
    }

    func testMissingFigureSaysWhichAndHowToAddIt() {
        XCTAssertThrowsError(try F.schedule(SharedServiceCalculator(), [F.bare])) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.code, .missingFigure)
            XCTAssertEqual(error?.location?.field, "back-office-posts")
            XCTAssertTrue(error?.message.contains("Bare's profile has no `back-office-posts` figure") ?? false)
            XCTAssertTrue(
                error?.hint?.hasPrefix("Add a `back-office-posts` figure to the borough's profile, or pass --back-office-posts")
                    ?? false)
        }
        XCTAssertThrowsError(try F.schedule(TrustOrProviderCalculator(), [F.bexley])) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.code, .missingFigure)
            XCTAssertEqual(
                error?.hint, "Add a `library-budget` figure to the borough's profile, or pass --library-budget.")
        }
        // The override fills the gap.
        XCTAssertNoThrow(try F.schedule(TrustOrProviderCalculator(), [F.bexley], ["library-budget": 4_000_000]))
        XCTAssertNoThrow(try F.schedule(SharedServiceCalculator(), [F.bare], ["back-office-posts": 20]))
    }
}
