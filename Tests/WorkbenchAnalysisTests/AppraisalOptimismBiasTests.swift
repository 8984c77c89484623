import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// Optimism bias by Table 2 [S55]: upper bound at the start, reducible by recorded mitigation, or none.
final class AppraisalOptimismBiasTests: XCTestCase {
    // Annuity factor for years 1–5 at 3.5% is 4.515052, so £30,000 a year is worth 135,451.57.
    let savingsPV = 30_000 * 4.515052375470749

    func testUpperBound() throws {
        // Standard buildings: capital upper bound 24%, so works cost 124,000; NPV = −124,000 + 135,451.57 = 11,451.57.
        let result = try Appraisal.appraise(
            AppraisalFixtures.building(.standardBuildings), assumptions: Assumptions(optimismBias: .upperBound))
        XCTAssertEqual(result.netPresentValue.pounds, savingsPV - 124_000, accuracy: 0.005)
        XCTAssertEqual(result.netPresentCost.pounds, 124_000, accuracy: 1e-9)
        XCTAssertEqual(result.rows[0].costs.pounds, 124_000, accuracy: 1e-9)
        let uplift = try XCTUnwrap(result.optimismBias.first)
        XCTAssertEqual(uplift.upliftPercent, 24, accuracy: 1e-12)
        XCTAssertEqual(uplift.presentValue.pounds, 24_000, accuracy: 1e-9)
        XCTAssertEqual(uplift.summary, "standard-buildings, upper-bound: +24% on one-off (capital) costs [S55]")
    }

    func testMitigated() throws {
        // Half mitigated: 24 − 0.5 × (24 − 2) = 13%, works 113,000; NPV = 22,451.57.
        let result = try Appraisal.appraise(
            AppraisalFixtures.building(.standardBuildings), assumptions: Assumptions(optimismBias: .mitigated(0.5)))
        XCTAssertEqual(result.optimismBias.first?.upliftPercent ?? 0, 13, accuracy: 1e-12)
        XCTAssertEqual(result.netPresentValue.pounds, savingsPV - 113_000, accuracy: 0.005)
    }

    func testNoneAndNoCategory() throws {
        // Policy none (as --no-optimism-bias gives): NPV = −100,000 + 135,451.57 = 35,451.57.
        let none = try Appraisal.appraise(
            AppraisalFixtures.building(.standardBuildings), assumptions: Assumptions(),
            options: AppraisalOptions(optimismBias: OptimismBiasPolicy.none))
        XCTAssertEqual(none.netPresentValue.pounds, savingsPV - 100_000, accuracy: 0.005)
        XCTAssertEqual(none.optimismBias.first?.upliftPercent, 0)
        // A schedule without a category is never uplifted.
        let uncategorised = try Appraisal.appraise(AppraisalFixtures.building(nil), assumptions: Assumptions())
        XCTAssertEqual(uncategorised.netPresentValue.pounds, savingsPV - 100_000, accuracy: 0.005)
    }

    func testOutsourcingUpliftsOperatingCosts() throws {
        // Outsourcing: 41% on recurring (operating) costs; a £10,000 a year contract becomes £14,100 a year and the
        // one-off cost is untouched.
        var schedule = AppraisalFixtures.building(.outsourcing)
        schedule.lines.append(
            CashFlowLine("Contract", kind: .recurringCost, amounts: [0] + Array(repeating: 10_000, count: 5),
                provenance: AppraisalFixtures.test))
        let result = try Appraisal.appraise(schedule, assumptions: Assumptions())
        XCTAssertEqual(result.rows[0].costs.pounds, 100_000, accuracy: 1e-9)
        XCTAssertEqual(result.rows[1].costs.pounds, 14_100, accuracy: 1e-9)
        // NPV = −100,000 + (30,000 − 14,100) × 4.515052 = −100,000 + 71,789.33 = −28,210.67.
        XCTAssertEqual(result.netPresentValue.pounds, -100_000 + 15_900 * 4.515052375470749, accuracy: 0.005)
    }

    func testTableRowsAsPublished() {
        // Table 2: equipment/development capital 200% upper, 10% lower; outsourcing 41%/0% (opex).
        XCTAssertEqual(OptimismBiasTable.bounds(.equipmentDevelopment).expenditureUpper, 200)
        XCTAssertEqual(OptimismBiasTable.bounds(.equipmentDevelopment).expenditureLower, 10)
        XCTAssertEqual(OptimismBiasTable.uplift(.equipmentDevelopment, policy: .mitigated(1)), 0.10, accuracy: 1e-12)
        XCTAssertEqual(OptimismBiasTable.uplift(.outsourcing, policy: .upperBound), 0.41, accuracy: 1e-12)
        XCTAssertNil(OptimismBiasTable.bounds(.outsourcing).durationUpper)
    }
}
