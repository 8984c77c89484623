import WorkbenchCore
import WorkbenchToolkit
import XCTest

/// `evaluate <case> --apply-to`: a case's saving scaled by a named driver, phased and ranged as stated.
/// Case money is restated in the 2010/11 price base first, with HM Treasury's GDP deflator [S82] (March 2026 release):
/// a figure of financial year Y is × 68.8561 ÷ index(Y).
final class CaseStudyTransferTests: XCTestCase {
    /// 2011/12 pounds in 2010/11 prices.
    static let from2011 = 68.8561 / 70.3261
    /// 2012/13 pounds in 2010/11 prices.
    static let from2012 = 68.8561 / 71.5454
    /// 2008/09 pounds in 2010/11 prices.
    static let from2008 = 68.8561 / 66.8397

    func testBexleyBromleyScaledByLibraries() throws {
        let c = try XCTUnwrap(CaseLibrary.caseStudy("bexley-bromley-shared-service"))
        let target = CaseStudyFixtures.profile("target", libraries: 9)
        let t = try CaseTransfer(applying: c, caseProfiles: [], to: CaseStudyFixtures.inputs([target]))
        // Back-office cost, posts and staff: the target has none; libraries: 9 ÷ (Bexley 12 + Bromley 15) = 1/3.
        XCTAssertEqual(t.driver, .libraries)
        XCTAssertEqual(t.caseDriver.value, 27)
        XCTAssertEqual(t.ratio, 1.0 / 3, accuracy: 1e-12)
        // Reported £770k a year from 2012 [S14], £741,057 in 2010/11 prices, × 1/3 = £247,019 at full savings.
        let reported = 770_000.0 * Self.from2012
        XCTAssertTrue(t.savingIsReported)
        XCTAssertEqual(t.scaledSaving, reported / 3, accuracy: 1e-6)
        // First savings in year 1 (2012 − 2011), full in year 3 (2014 − 2011): 1/3, 2/3, then full.
        let s = t.schedule
        XCTAssertEqual(s.horizon, 10)
        XCTAssertEqual(s.baseYear, FinancialYear(startYear: 2010))
        XCTAssertEqual(s.origin, "case:bexley-bromley-shared-service")
        let saving = try XCTUnwrap(s.lines.first { $0.kind == .saving })
        XCTAssertEqual(saving.amounts.count, 11)
        XCTAssertEqual(saving.amounts[0], 0)
        XCTAssertEqual(saving.amounts[1], reported / 3 / 3, accuracy: 1e-6)  // 82,339.63
        XCTAssertEqual(saving.amounts[2], reported / 3 * 2 / 3, accuracy: 1e-6)  // 164,679.26
        for year in 3...10 { XCTAssertEqual(saving.amounts[year], reported / 3, accuracy: 1e-6) }
        // Spread, each figure in 2010/11 prices: £741,057 and £701,0xx reported (Bromley's £340k of 2014 in place of
        // its £370k); £666,667 planned in 2011 for the whole case (Bromley's own £350k plan covers Bromley only),
        // £652,733: low 652,733 / 741,057 = 0.8808, high 1.
        let u = try XCTUnwrap(saving.uncertainty)
        XCTAssertEqual(u.low, 2_000_000.0 / 3 * Self.from2011 / reported, accuracy: 1e-12)
        XCTAssertEqual(u.high, 1, accuracy: 1e-12)
        XCTAssertFalse(u.independentByYear)
        XCTAssertEqual(s.optimismBias, .equipmentDevelopment)
        XCTAssertEqual(s.lines.count, 1, "no one-off costs are invented")
        XCTAssertTrue(s.notes.contains { $0.contains("libraries: target 9 ÷ case 27") }, "\(s.notes)")
    }

    func testNamedDriverPopulationFromProfiles() throws {
        let c = try XCTUnwrap(CaseLibrary.caseStudy("bexley-bromley-shared-service"))
        let caseProfiles = [
            CaseStudyFixtures.profile("bexley", population: 242_142),
            CaseStudyFixtures.profile("bromley", population: 324_857),
        ]
        let subject = [
            CaseStudyFixtures.profile("one", population: 100_000), CaseStudyFixtures.profile("two", population: 50_000),
        ]
        let t = try CaseTransfer(
            applying: c, caseProfiles: caseProfiles, to: CaseStudyFixtures.inputs(subject), driver: .population)
        // (100,000 + 50,000) ÷ (242,142 + 324,857) = 150,000 / 566,999.
        XCTAssertEqual(t.targetDriver.value, 150_000)
        XCTAssertEqual(t.ratio, 150_000.0 / 566_999, accuracy: 1e-12)
        XCTAssertEqual(t.scaledSaving, 770_000 * Self.from2012 * 150_000.0 / 566_999, accuracy: 1e-6)
    }

    func testSolihullScalesSavingAndOneOffCost() throws {
        let c = try XCTUnwrap(CaseLibrary.caseStudy("solihull-rfid"))
        let t = try CaseTransfer(
            applying: c, caseProfiles: [], to: CaseStudyFixtures.inputs([CaseStudyFixtures.profile("target", libraries: 16)]))
        // 16 ÷ 8 libraries = 2; planned net £167k → £334k; one-off £600k → £1.2m in year 0; all of 2008, so in
        // 2010/11 prices × 68.8561 ÷ 66.8397 = 1.030168: £344,076 and £1,236,201.
        XCTAssertEqual(t.driver, .libraries)
        XCTAssertEqual(t.ratio, 2)
        XCTAssertFalse(t.savingIsReported)
        let saving = try XCTUnwrap(t.schedule.lines.first { $0.kind == .saving })
        let cost = try XCTUnwrap(t.schedule.lines.first { $0.kind == .oneOffCost })
        XCTAssertEqual(cost.amounts[0], 1_200_000 * Self.from2008, accuracy: 1e-6)
        XCTAssertEqual(cost.amounts.dropFirst().reduce(0, +), 0)
        // No dates: first savings year 1 (assumed); full in year 5 as planned: 1/5, 2/5, …, 5/5 of £334k.
        XCTAssertEqual(t.firstYear, 1)
        XCTAssertEqual(t.fullYear, 5)
        XCTAssertEqual(saving.amounts[1], 66_800 * Self.from2008, accuracy: 1e-6)
        XCTAssertEqual(saving.amounts[3], 200_400 * Self.from2008, accuracy: 1e-6)
        XCTAssertEqual(saving.amounts[5], 334_000 * Self.from2008, accuracy: 1e-6)
        XCTAssertEqual(saving.amounts[10], 334_000 * Self.from2008, accuracy: 1e-6)
        // Spread 167k and 400k: low 1, high 400/167 = 2.3952.
        XCTAssertEqual(try XCTUnwrap(saving.uncertainty).high, 400.0 / 167, accuracy: 1e-12)
        XCTAssertEqual(t.schedule.optimismBias, .standardBuildings)
        // Net flow in year 0 is the cost alone.
        XCTAssertEqual(t.schedule.netFlows[0], -1_200_000 * Self.from2008, accuracy: 1e-6)
    }

    func testCommunityCaseScalesByTheWholeNetworkWithoutOptimismBias() throws {
        let c = try XCTUnwrap(CaseLibrary.caseStudy("lewisham-asset-transfer"))
        let t = try CaseTransfer(
            applying: c, caseProfiles: [], to: CaseStudyFixtures.inputs([CaseStudyFixtures.profile("target", libraries: 7)]))
        // 7 ÷ Lewisham's 12 libraries; planned £830k × 7/12 = £484,166.67 (nothing reported).
        XCTAssertEqual(t.ratio, 7.0 / 12, accuracy: 1e-12)
        XCTAssertEqual(t.scaledSaving, 830_000 * 7.0 / 12, accuracy: 1e-6)
        // Decided and started 2011: savings from year 1 (at least 1); no time to full savings, so full from year 1.
        let saving = try XCTUnwrap(t.schedule.lines.first)
        XCTAssertEqual(saving.amounts[0], 0)
        XCTAssertEqual(saving.amounts[1], 830_000 * 7.0 / 12, accuracy: 1e-6)
        // Spread £830k (July 2010) and 'just under £1m' (April 2011, £979,097 in 2010/11 prices): high 979,097 / 830,000
        // = 1.1796.
        XCTAssertEqual(try XCTUnwrap(saving.uncertainty).high, 1_000_000.0 * Self.from2011 / 830_000, accuracy: 1e-12)
        XCTAssertNil(t.schedule.optimismBias)
    }

    func testOptimismBiasByKind() {
        XCTAssertEqual(CaseTransfer.optimismBias(for: .outsourcing), .outsourcing)
        XCTAssertEqual(CaseTransfer.optimismBias(for: .selfService), .standardBuildings)
        XCTAssertEqual(CaseTransfer.optimismBias(for: .sharedService), .equipmentDevelopment)
        XCTAssertNil(CaseTransfer.optimismBias(for: .community))
    }

    func testCaseWithoutSavingsCannotBeTransferred() throws {
        let c = try XCTUnwrap(CaseLibrary.caseStudy("hounslow-outsourcing"))
        XCTAssertThrowsError(
            try CaseTransfer(applying: c, caseProfiles: [], to: CaseStudyFixtures.inputs([CaseStudyFixtures.profile("t", libraries: 5)]))
        ) { error in
            let e = error as? WorkbenchError
            XCTAssertEqual(e?.code, .missingFigure)
            XCTAssertTrue(e?.message.contains("'hounslow-outsourcing' has no planned or reported annual saving") ?? false)
        }
    }

    func testNoCommonDriverSaysWhich() throws {
        let c = try XCTUnwrap(CaseLibrary.caseStudy("ealing-harrow-outsourcing"))
        XCTAssertThrowsError(
            try CaseTransfer(applying: c, caseProfiles: [], to: CaseStudyFixtures.inputs([CaseStudyFixtures.profile("bare")]))
        ) { error in
            let e = error as? WorkbenchError
            XCTAssertEqual(e?.code, .missingFigure)
            XCTAssertTrue(e?.message.contains("libraries: no figure for bare") ?? false, e?.message ?? "")
        }
    }
}
