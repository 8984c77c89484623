import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// Payback periods by the stated convention: first year the cumulative flow reaches zero or more, interpolated
/// within that year.
final class AppraisalPaybackTests: XCTestCase {
    func testPaybackCrossesInsideAYear() throws {
        // −100, 30, 30, 60 cumulate to −100, −70, −40, +20: year 3, at 2 + 40/60 = 2.6667.
        let payback = try XCTUnwrap(Payback.simple([-100, 30, 30, 60]))
        XCTAssertEqual(payback, 2 + 40.0 / 60.0, accuracy: 1e-12)
    }

    func testPaybackExactlyAtAYearEnd() throws {
        // −180,000 then 36,000 a year: cumulative reaches 0 in year 5 exactly: 4 + 36,000/36,000 = 5.
        let flows = [-180_000.0] + Array(repeating: 36_000.0, count: 10)
        XCTAssertEqual(try XCTUnwrap(Payback.simple(flows)), 5, accuracy: 1e-12)
    }

    func testDiscountedPayback() throws {
        // PV of 36,000 a year at 3.5%: years 1–5 total 36,000 × 4.515052 = 162,541.89, leaving 17,458.11; year 6
        // brings 36,000 × 0.813501 = 29,286.02, so payback = 5 + 17,458.11 / 29,286.02 = 5.5961 years.
        let flows = [-180_000.0] + Array(repeating: 36_000.0, count: 10)
        let schedule = DiscountSchedule(rate: .greenBookStandard, declining: true)
        XCTAssertEqual(try XCTUnwrap(Payback.discounted(flows, schedule: schedule)), 5.5961, accuracy: 0.00005)
    }

    func testNoPaybackWhenNeverRecovered() {
        // −100, 10, 10 cumulates to −80.
        XCTAssertNil(Payback.simple([-100, 10, 10]))
        XCTAssertNil(Payback.simple([]))
    }

    func testNothingToRecoverIsZero() {
        // The cumulative flow is never negative: nothing to pay back.
        XCTAssertEqual(Payback.simple([50, 10]), 0)
        XCTAssertEqual(Payback.simple([0, 0, 5]), 0)
    }

    func testLeadingEmptyYearsDoNotCountAsPaidBack() throws {
        // A change starting in year 1: 0, −100, 60, 60 cumulate to 0, −100, −40, +20: 2 + 40/60 = 2.67 years.
        XCTAssertEqual(try XCTUnwrap(Payback.simple([0, -100, 60, 60])), 2 + 40.0 / 60.0, accuracy: 1e-12)
        // 0, −10, 20: 1 + 10/20 = 1.5 years.
        XCTAssertEqual(try XCTUnwrap(Payback.simple([0, -10, 20])), 1.5, accuracy: 1e-12)
        // A receipt first, then a larger cost: 100, −300, 400 cumulate to 100, −200, +200: 1 + 200/400 = 1.5.
        XCTAssertEqual(try XCTUnwrap(Payback.simple([100, -300, 400])), 1.5, accuracy: 1e-12)
    }

    func testRelapseIsDetected() {
        // −100, 150 (cumulative 50), −80 (cumulative −30): reaches zero in year 1, then falls below.
        XCTAssertTrue(Payback.relapses([-100, 150, -80]))
        XCTAssertFalse(Payback.relapses([-100, 30, 30, 60]))
        // Leading empty years are not a recovery: 0, −100, 150 never relapses.
        XCTAssertFalse(Payback.relapses([0, -100, 150]))
    }
}
