import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import XCTest

/// Transcripts of the quick calculator commands: `npv`, `irr`, `payback`, `discount-factors`.
final class AppraisalCalculatorTranscriptTests: XCTestCase {
    private var session: Session!

    override func setUpWithError() throws {
        session = try SessionFixture.session()
    }

    private func run(_ line: String) -> String { SessionFixture.transcript(session, line) }

    private func json(_ line: String) -> JSONValue { ReplyRenderer.jsonValue(session.execute(line)) }

    func testNPVOfAKnownFlow() {
        // −180,000 + 36,000 × 8.316605 = £119,397.79, shown as £119,398.
        let text = run("npv 3.5% -180000 36000x10")
        XCTAssertEqual(
            text,
            """
            NPV £119,398 at 3.5% over years 0–10

            Year      Flow  Factor  Present value  Cumulative PV
            ----  --------  ------  -------------  -------------
               0  -180,000  1.0000       -180,000       -180,000
               1    36,000  0.9662         34,783       -145,217
               2    36,000  0.9335         33,606       -111,611
               3    36,000  0.9019         32,470        -79,141
               4    36,000  0.8714         31,372        -47,769
               5    36,000  0.8420         30,311        -17,458
               6    36,000  0.8135         29,286         11,828
               7    36,000  0.7860         28,296         40,124
               8    36,000  0.7594         27,339         67,462
               9    36,000  0.7337         26,414         93,877
              10    36,000  0.7089         25,521        119,398

            note: Discounting: 3.5% in years 1–10; year 0 undiscounted.
            """)
        let reply = json("npv 0.035 -180000 36000x10 --json")
        guard case .number(let npv)? = reply["npv"] else { return XCTFail(reply.serialized()) }
        XCTAssertEqual(npv, 119_397.79, accuracy: 0.01)
    }

    func testNPVDecliningBeyondYear30() {
        // £1,000 in year 31 only: 1,000 × D(31) = 1,000 × 0.3459 = £346 on the declining schedule, against
        // 1,000 / 1.035^31 = £344 without it.
        let zeros = "0x31"
        XCTAssertTrue(run("npv 3.5% \(zeros) 1000 --declining").hasPrefix("NPV £346 at 3.5% over years 0–31"))
        XCTAssertTrue(run("npv 3.5% \(zeros) 1000").hasPrefix("NPV £344 at 3.5% over years 0–31"))
        XCTAssertTrue(run("npv 3.5% \(zeros) 1000 --declining").contains(
            "note: Discounting: 3.5% in years 1–30, 3% in year 31 (Green Book declining schedule, factors chained year by year) [S53]; year 0 undiscounted."))
    }

    func testNPVErrorsNameTheArgument() {
        XCTAssertEqual(
            run("npv 150% -100 110"),
            "error: The value '150%' is invalid for '<rate>': expected a rate above -99% and at most 100% (for example 3.5% or 0.035).\n"
                + "Give '<rate>' as a percentage such as 3.5% or a fraction such as 0.035; the Green Book rate is 3.5% [S54].")
        XCTAssertTrue(run("npv 3.5 -100 110").hasSuffix("did you mean 3.5%? The Green Book rate is 3.5% [S54]."))
        XCTAssertEqual(
            run("npv 3.5% -180000 36000x"),
            "error: The value '36000x' is invalid for '<flows>': expected a repeat count of at least 1 after 'x', as in 36000x10.\n"
                + "Write the amount, then 'x', then how many years it repeats.")
        // £36000 is an amount since the one number reader (issue 15); a pound sign after the digits is not.
        XCTAssertTrue(run("npv 3.5% -180000 £36000").hasPrefix("NPV -£145,217 at 3.5% over years 0–1"))
        XCTAssertTrue(run("npv 3.5% -180000 36000£").hasPrefix("error: The value '36000£' is invalid for '<flows>'"))
        XCTAssertTrue(run("npv 3.5% 1x400").hasPrefix("error: The value '1x400' is invalid for '<flows>'"))
        XCTAssertTrue(run("npv 3.5%").hasPrefix("error: Missing argument <flows>"))
        // 1e308 + 1e308 × 0.9662 overflows a double.
        let overflow = session.execute("npv 3.5% 1e308 1e308")
        XCTAssertEqual(overflow.error?.code, .numeric)
        XCTAssertEqual(overflow.error?.message, "The NPV of these flows is inf, not a finite number: the amounts are too large to add up.")
        XCTAssertEqual(session.execute("npv 3.5% nan").error?.location?.argument, "<flows>")
    }

    func testIRR() {
        XCTAssertEqual(run("irr -100 110"), "IRR 10%\n\nnote: One rate makes the NPV zero: 10%.")
        XCTAssertEqual(
            run("irr -100 230 -132"),
            "2 internal rates of return: 10%, 20%\n\nnote: The flows change sign 2 times, and 2 rates make the NPV zero: "
                + "10% and 20%. With more than one root the IRR is no guide to the decision; use the NPV at the discount rate.")
        XCTAssertTrue(run("irr 100 100").hasPrefix("No internal rate of return\n\nnote: The flows never change sign"))
        // −180,000 then 36,000 × 10: annuity factor 5 at 15.0984%.
        XCTAssertEqual(run("irr -180000 36000x10"), "IRR 15.1%\n\nnote: One rate makes the NPV zero: 15.0984%.")
        let reply = json("irr -100 230 -132 --json")
        XCTAssertEqual(reply["outcome"], .string("multiple"))
    }

    func testPayback() {
        // −100, 30, 30, 60 cumulate to −100, −70, −40, +20: 2 + 40/60 = 2.67 years.
        XCTAssertTrue(run("payback -100 30 30 60").hasPrefix("Simple payback: 2.67 years (in year 3)."))
        // Simple: exactly 5 years. Discounted at 3.5%: 5 + 17,458.11 / 29,286.02 = 5.60 years.
        XCTAssertTrue(
            run("payback -180000 36000x10 --discounted 3.5%").hasPrefix(
                "Simple payback: 5 years (in year 5).\nDiscounted payback at 3.5%: 5.6 years (in year 6)."))
        // A change starting in year 1: 0, −100, 60, 60 pays back at 2 + 40/60 = 2.67 years, not at year 0.
        XCTAssertTrue(run("payback 0 -100 60 60").hasPrefix("Simple payback: 2.67 years (in year 3)."))
        XCTAssertTrue(run("payback 50 10").hasPrefix("Simple payback: 0 years (the cumulative flow is never negative)."))
        XCTAssertTrue(run("payback -100 10 10").hasPrefix("Simple payback: none within years 0–2; the cumulative flow ends at -£80."))
        XCTAssertTrue(run("payback -100 30 --discounted 2").hasPrefix("error: The value '2' is invalid for '--discounted'"))
        let reply = json("payback -100 30 30 60 --json")
        guard case .number(let years)? = reply["simple"] else { return XCTFail(reply.serialized()) }
        XCTAssertEqual(years, 2 + 40.0 / 60, accuracy: 1e-12)
    }

    func testDiscountFactors() {
        let text = run("discount-factors 3.5% 31 --declining")
        let lines = text.split(separator: "\n").map(String.init)
        // D(30) = 0.3563 at 3.5%; D(31) = 0.3563 / 1.03 = 0.3459 at 3.0%.
        XCTAssertTrue(lines.contains { $0.hasPrefix("  30  3.5%  0.3563") }, text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  31  3.0%  0.3459") }, text)
        // Cumulative factors: years 1–10 sum to 8.3166.
        XCTAssertTrue(run("discount-factors 3.5% 10").contains("  10  3.5%  0.7089      8.3166"))
        XCTAssertEqual(
            run("discount-factors 3.5% -1"),
            "error: The value '-1' is invalid for '<years>': expected a whole number of years from 1 to 300.\n"
                + "Give '<years>' as the number of years after year 0 to appraise, for example 10.")
        XCTAssertTrue(run("discount-factors 3.5% 301").hasPrefix("error: The value '301' is invalid for '<years>'"))
        XCTAssertTrue(run("discount-factors 150% 10").hasPrefix("error: The value '150%' is invalid for '<rate>'"))
    }

    /// `appraise` with the toolkit's own calculators and framework: figures checked for consistency, not value, since
    /// the calculators' evidence is the toolkit's to change.
    func testAppraiseWithTheToolkit() throws {
        let reply = json("appraise shared-service bexley+bromley --json")
        XCTAssertEqual(reply["status"], .string("ok"), reply.serialized())
        guard case .array(let rows)? = reply["appraisal"]?["rows"], case .number(let npv)? = reply["appraisal"]?["net_present_value"]
        else { return XCTFail(reply.serialized()) }
        XCTAssertEqual(rows.count, 11, "years 0–10 at the workspace's 10-year horizon")
        var total = 0.0
        for row in rows {
            guard case .number(let net)? = row["net"], case .number(let factor)? = row["factor"] else { return XCTFail("\(row)") }
            total += net * factor
        }
        XCTAssertEqual(total, npv, accuracy: 1e-6)
        let shortList = run("appraise shortlist bexley+bromley")
        XCTAssertTrue(shortList.hasPrefix("Short list for bexley+bromley"), shortList)
        XCTAssertTrue(shortList.contains("preferred"), shortList)
        XCTAssertEqual(
            run("appraise shared-service bexley+bromley --years 61"),
            "error: The value '61' is invalid for '--years': expected a whole number from 1 to 60, the years the "
                + "'shared-service' calculator's schedules cover.\nThe appraisal itself runs to 300 years; this calculator does not.")
    }
}
