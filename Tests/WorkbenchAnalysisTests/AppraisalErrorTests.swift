import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// Bad parameters get a clear error naming the parameter and the valid range.
final class AppraisalErrorTests: XCTestCase {
    func error(_ body: () throws -> Void) -> WorkbenchError? {
        do { try body() } catch let error as WorkbenchError { return error } catch { return nil }
        return nil
    }

    func testYearsOutOfRange() throws {
        for years in [-1, 0, 301] {
            let e = try XCTUnwrap(error {
                _ = try Appraisal.appraise(
                    AppraisalFixtures.twoInputs(), assumptions: Assumptions(), options: AppraisalOptions(years: years))
            })
            XCTAssertEqual(e.code, .invalidArgument)
            XCTAssertEqual(e.location?.argument, "--years")
            XCTAssertEqual(
                e.message, "The value '\(years)' is invalid for '--years': expected a whole number of years from 1 to 300.")
        }
        XCTAssertNoThrow(try AppraisalCheck.years(300))
    }

    func testRateOutOfRange() throws {
        let e = try XCTUnwrap(error {
            _ = try Appraisal.appraise(
                AppraisalFixtures.twoInputs(), assumptions: Assumptions(),
                options: AppraisalOptions(rate: Rate(percent: 150)))
        })
        XCTAssertEqual(e.code, .invalidArgument)
        XCTAssertEqual(e.location?.argument, "--rate")
        XCTAssertEqual(
            e.message,
            "The value '150%' is invalid for '--rate': expected a rate above -99% and at most 100% (for example 3.5% or 0.035).")
        XCTAssertNotNil(error { try AppraisalCheck.rate(Rate(fraction: -0.99)) })
        XCTAssertNotNil(error { try AppraisalCheck.rate(Rate(fraction: .nan)) })
        XCTAssertNoThrow(try AppraisalCheck.rate(Rate(fraction: 1.0)))
        XCTAssertNoThrow(try AppraisalCheck.rate(Rate(fraction: -0.5)))
        XCTAssertEqual(error { try AppraisalCheck.rate(Rate(fraction: 2), argument: "<rate>") }?.location?.argument, "<rate>")
    }

    func testNonFiniteAmountNamesTheLine() throws {
        var schedule = AppraisalFixtures.twoInputs()
        schedule.lines[1].amounts[3] = .nan
        let e = try XCTUnwrap(error { _ = try Appraisal.appraise(schedule, assumptions: Assumptions()) })
        XCTAssertEqual(e.code, .numeric)
        XCTAssertEqual(e.message, "The amount in year 3 of line 'Staff saving' of 'Two inputs' is nan, not a finite number.")
    }

    func testNothingToAppraise() {
        XCTAssertEqual(error { _ = try Appraisal.appraise([], title: "x", assumptions: Assumptions()) }?.code, .missingFigure)
    }

    func testBadMitigation() {
        let e = error {
            _ = try Appraisal.appraise(
                AppraisalFixtures.twoInputs(), assumptions: Assumptions(),
                options: AppraisalOptions(optimismBias: .mitigated(1.5)))
        }
        XCTAssertEqual(e?.code, .invalidArgument)
    }
}
