import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// Switching values and the one-at-a-time sensitivity table on a two-input schedule worked by hand.
///
/// Capital: −£100,000 in year 0 (PV −100,000), ×0.9 to ×1.5. Staff: £30,000 a year in years 1–5 (PV
/// 30,000 × 4.515052 = 135,451.57), ×0.6 to ×1.1. Base NPV = 35,451.57.
final class AppraisalSensitivityTests: XCTestCase {
    let staffPV = 30_000 * 4.515052375470749
    var npv: Double { staffPV - 100_000 }

    func testHeadlineFigures() throws {
        let result = try Appraisal.appraise(AppraisalFixtures.twoInputs(), assumptions: Assumptions())
        XCTAssertEqual(result.netPresentValue.pounds, npv, accuracy: 0.005)
        XCTAssertEqual(result.presentValueOfSavings.pounds, staffPV, accuracy: 0.005)
        // BCR = 135,451.57 / 100,000 = 1.3545; EAC = 100,000 / 4.515052 = 22,148.13.
        XCTAssertEqual(result.benefitCostRatio ?? 0, 1.3545157, accuracy: 1e-7)
        XCTAssertEqual(result.equivalentAnnualCost?.pounds ?? 0, 22_148.13, accuracy: 0.01)
        // Simple payback: −100,000 + 3 × 30,000 = −10,000 after year 3, so 3 + 10,000/30,000 = 3.3333.
        XCTAssertEqual(result.simplePayback ?? 0, 3 + 1.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(result.rows.map(\.year), [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(result.rows[3].financialYear.description, "2013/14")
        XCTAssertEqual(result.rows.last?.cumulativePresentValue.pounds ?? 0, npv, accuracy: 0.005)
        XCTAssertEqual(result.internalRateOfReturn.roots.count, 1)
    }

    func testSwitchingValues() throws {
        let result = try Appraisal.appraise(AppraisalFixtures.twoInputs(), assumptions: Assumptions())
        let byInput = Dictionary(uniqueKeysWithValues: result.switchingValues.map { ($0.input, $0) })
        // Capital: m* = 1 − 35,451.57 / (−100,000) = 1.354516, i.e. +35.45%, inside 0.9–1.5.
        let capital = try XCTUnwrap(byInput["capital"])
        XCTAssertEqual(capital.multiplier ?? 0, 1 + npv / 100_000, accuracy: 1e-12)
        XCTAssertEqual(capital.changePercent ?? 0, 35.4516, accuracy: 0.0001)
        XCTAssertTrue(capital.withinRange)
        // Staff: m* = 1 − 35,451.57 / 135,451.57 = 0.738272, i.e. −26.17%, inside 0.6–1.1.
        let staff = try XCTUnwrap(byInput["staff"])
        XCTAssertEqual(staff.multiplier ?? 0, 0.738272, accuracy: 0.000001)
        XCTAssertEqual(staff.changePercent ?? 0, -26.1728, accuracy: 0.0001)
        XCTAssertTrue(staff.withinRange)
    }

    func testSensitivitySortedBySwing() throws {
        let result = try Appraisal.appraise(AppraisalFixtures.twoInputs(), assumptions: Assumptions())
        // Staff: low NPV = 35,451.57 − 0.4 × 135,451.57 = −18,729.06; high = 35,451.57 + 0.1 × 135,451.57
        // = 48,996.73; swing 0.5 × 135,451.57 = 67,725.79.
        // Capital: low = 35,451.57 + 0.1 × 100,000 = 45,451.57; high = 35,451.57 − 0.5 × 100,000 = −14,548.43;
        // swing 60,000. So staff comes first.
        XCTAssertEqual(result.sensitivity.map(\.input), ["staff", "capital"])
        let staff = result.sensitivity[0]
        XCTAssertEqual(staff.npvAtLow.pounds, npv - 0.4 * staffPV, accuracy: 0.005)
        XCTAssertEqual(staff.npvAtHigh.pounds, npv + 0.1 * staffPV, accuracy: 0.005)
        XCTAssertEqual(staff.swing.pounds, 67_725.79, accuracy: 0.005)
        XCTAssertTrue(staff.turnsDecision)
        let capital = result.sensitivity[1]
        XCTAssertEqual(capital.npvAtLow.pounds, npv + 10_000, accuracy: 0.005)
        XCTAssertEqual(capital.npvAtHigh.pounds, npv - 50_000, accuracy: 0.005)
        XCTAssertEqual(capital.swing.pounds, 60_000, accuracy: 0.005)
        XCTAssertEqual(result.switchingValues.map(\.input), ["staff", "capital"])
    }

    func testNoSwitchingValueWhenTheNPVNeverCrosses() {
        // NPV 35,451.57, and a saving input worth only 4,515.05: even at zero the NPV stays positive.
        let value = SwitchingValue.compute(
            input: "fees", lines: ["Fees"], presentValue: 4_515.05, netPresentValue: 35_451.57, low: 0.5, high: 1.5)
        XCTAssertNil(value.multiplier)
        XCTAssertEqual(value.reason, "The NPV stays positive even if this saving falls to zero.")
        XCTAssertFalse(value.withinRange)
        let empty = SwitchingValue.compute(
            input: "late", lines: ["Late"], presentValue: 0, netPresentValue: 1_000, low: 0.5, high: 1.5)
        XCTAssertNil(empty.multiplier)
        XCTAssertNotNil(empty.reason)
    }

    func testSchedulesSumAndInputsStayApart() throws {
        // Two copies of the two-input schedule from different origins: NPV doubles, four inputs.
        var second = AppraisalFixtures.twoInputs()
        second.origin = "other"
        let result = try Appraisal.appraise(
            [AppraisalFixtures.twoInputs(), second], title: "Both", assumptions: Assumptions())
        XCTAssertEqual(result.netPresentValue.pounds, 2 * npv, accuracy: 0.01)
        XCTAssertEqual(Set(result.sensitivity.map(\.input)), ["test:capital", "test:staff", "other:capital", "other:staff"])
    }
}
