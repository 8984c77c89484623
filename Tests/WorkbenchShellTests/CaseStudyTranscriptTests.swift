import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import XCTest

/// Transcripts of `casestudies`, `evaluate` and `compare-cases`.
final class CaseStudyTranscriptTests: XCTestCase {
    private var session: Session!

    override func setUpWithError() throws {
        session = try SessionFixture.session()
        guard session.context.registry.caseStudies["bexley-bromley-shared-service"] != nil else {
            throw XCTSkip("The toolkit module does not register CaseStudyComponents yet.")
        }
    }

    private func run(_ line: String) -> String { SessionFixture.transcript(session, line) }

    private func json(_ line: String) -> JSONValue { ReplyRenderer.jsonValue(session.execute(line)) }

    private func array(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items)? = value { return items }
        return []
    }

    func testListsSharedAndBoroughCases() {
        let text = run("casestudies --hindsight")
        for id in [
            "bexley-bromley-shared-service", "tri-borough-libraries", "london-libraries-consortium",
            "lewisham-asset-transfer", "hounslow-outsourcing", "solihull-rfid", "camden-community-libraries",
            "merton-joins-consortium",
        ] {
            XCTAssertTrue(text.contains(id), "casestudies lacks \(id)")
        }
        let bromley = run("casestudies --partner bromley --hindsight")
        XCTAssertTrue(bromley.contains("bexley-bromley-shared-service"))
        XCTAssertFalse(bromley.contains("tri-borough-libraries"))
        let community = json("casestudies --kind community --json --hindsight")
        let ids = array(community["cases"]).compactMap { $0["id"] }
        XCTAssertEqual(Set(ids), [.string("camden-community-libraries"), .string("lewisham-asset-transfer")])
        XCTAssertEqual(
            run("casestudies --kind comunity"),
            "error: The value 'comunity' is invalid for '--kind'. Did you mean 'community'?\nKinds: shared-service, procurement, self-service, community, outsourcing.")
    }

    func testBexleyBromleyJSONCarriesSavingsPostsAndSources() throws {
        let reply = json("evaluate bexley-bromley-shared-service --json --hindsight")
        XCTAssertEqual(reply["status"], .string("ok"))
        let savings = array(reply["savings"])
        let bexley = try XCTUnwrap(savings.first { $0["partner"] == .string("bexley") && $0["set"] == .string("reported") })
        XCTAssertEqual(bexley["value"], .number(400_000))
        XCTAssertEqual(bexley["provenance"]?["sources"], .array([.string("S14")]))
        let bromley = try XCTUnwrap(savings.first { $0["partner"] == .string("bromley") && $0["set"] == .string("reported") })
        XCTAssertEqual(bromley["value"], .number(370_000))
        XCTAssertEqual(bromley["provenance"]?["sources"], .array([.string("S14")]))
        let posts = array(reply["posts"])
        let before = try XCTUnwrap(posts.first { $0["measure"] == .string("posts-before") && $0["partner"] == nil })
        XCTAssertEqual(before["value"], .number(71))
        XCTAssertEqual(before["provenance"]?["sources"], .array([.string("S16"), .string("S15")]))
        let after = try XCTUnwrap(posts.first { $0["measure"] == .string("posts-after") })
        XCTAssertEqual(after["value"], .number(36))
        let lost = try XCTUnwrap(posts.first { $0["measure"] == .string("posts-lost") })
        XCTAssertEqual(lost["value"], .number(35))
        XCTAssertEqual(lost["provenance"]?["sources"], .array([.string("S19")]))
        let sources = array(reply["sources"])
        for tag in ["S14", "S15", "S16", "S19", "S36"] {
            XCTAssertTrue(sources.contains { $0["tag"] == .string(tag) }, tag)
        }
        let s14 = try XCTUnwrap(sources.first { $0["tag"] == .string("S14") })
        XCTAssertEqual(s14["title"], .string("gov.uk case study \"Bexley and Bromley working together\" (mirror)"))
    }

    func testEvaluateShowsDeliveryPostsAndLessons() {
        let text = run("evaluate bexley-bromley-shared-service --hindsight")
        XCTAssertTrue(text.hasPrefix("Bexley and Bromley shared library service (management and back office)\nshared-service; partners bexley, bromley; decided July 2011, started 1 January 2012, ended 2017 [S13][S14]"), text)
        // 770,000 / 666,666.67 = 115.5%.
        XCTAssertTrue(text.contains("115.5%"))
        XCTAssertTrue(text.contains("Reported £770k a year against planned £667k a year"))
        XCTAssertTrue(text.contains("Posts before"))
        // Per head with the profiles' mid-2015 populations: 770,000 / 566,999 = £1.36.
        XCTAssertTrue(text.contains("£1.36"))
        XCTAssertTrue(text.contains("Lessons recorded:"))
        XCTAssertTrue(text.contains("note: Confidence 0.95 = "))
    }

    func testCaseWithoutFiguresSaysWhatItCouldNotJudge() {
        let text = run("evaluate merton-joins-consortium --hindsight")
        XCTAssertTrue(text.contains("note: Could not judge: Reported annual saving: none was found"), text)
        XCTAssertTrue(text.contains("note: Could not judge: Savings delivered against plan: the case has neither planned nor reported annual savings."))
        XCTAssertFalse(text.contains("£/year"))
    }

    func testCamdenEvaluator() {
        let text = run("evaluate camden-community-libraries --evaluator camden-community --hindsight")
        XCTAssertTrue(text.contains("Weekly hours kept at community-run libraries"))
        XCTAssertTrue(text.contains("115 h a week in 2016 at 4 libraries"), text)
        XCTAssertEqual(
            run("evaluate solihull-rfid --evaluator camden-community"),
            "error: The evaluator 'camden-community' judges community cases, but 'solihull-rfid' is a self-service case.\nUse the standard evaluator (omit --evaluator) or choose a case of that kind.")
    }

    func testApplyToScalesByLibraries() throws {
        let reply = json("evaluate bexley-bromley-shared-service --apply-to merton --json --hindsight")
        XCTAssertEqual(reply["status"], .string("ok"), reply.serialized())
        // Merton has no back-office or staff figures; libraries: 7 ÷ (12 + 15) = 0.2593; the £770k of 2012/13 in
        // 2010/11 prices (× 68.8561 ÷ 71.5454, GDP deflator [S82]) × 7/27 = 192,125.81.
        XCTAssertEqual(reply["driver"], .string("libraries"))
        guard case .number(let ratio)? = reply["ratio"], case .number(let saving)? = reply["annual_saving"] else {
            return XCTFail(reply.serialized())
        }
        XCTAssertEqual(ratio, 7.0 / 27, accuracy: 1e-12)
        XCTAssertEqual(saving, 770_000 * 68.8561 / 71.5454 * 7.0 / 27, accuracy: 1e-6)
        XCTAssertEqual(reply["schedule"]?["origin"], .string("case:bexley-bromley-shared-service"))
        XCTAssertEqual(reply["schedule"]?["optimism_bias"], .string("equipment-development"))
        let text = run("evaluate bexley-bromley-shared-service --apply-to merton --hindsight")
        XCTAssertTrue(text.contains("\nbexley-bromley-shared-service applied to merton: £192k a year at full savings (range £169k to £192k), scaled by libraries × 0.2593."), text)
    }

    func testApplyToAppraises() {
        let reply = json("evaluate solihull-rfid --apply-to bromley --appraise --json")
        XCTAssertEqual(reply["status"], .string("ok"), reply.serialized())
        XCTAssertNotNil(reply["appraisal"])
        // 15 ÷ 8 libraries: one-off £600k × 1.875 = £1.125m in year 0.
        XCTAssertEqual(reply["ratio"], .number(15.0 / 8))
        XCTAssertTrue(run("evaluate solihull-rfid --apply-to bromley --appraise").contains("NPV"))
        XCTAssertTrue(run("evaluate solihull-rfid --appraise").hasPrefix("error: The flag '--appraise' needs '--apply-to <subject>'."))
    }

    func testApplyToErrors() {
        XCTAssertEqual(
            run("evaluate hounslow-outsourcing --apply-to merton"),
            "error: [toolkit] The case 'hounslow-outsourcing' has no planned or reported annual saving, so there is nothing to scale to merton.\nChoose a case with a savings figure (see 'casestudies'), or evaluate this one without --apply-to.")
        XCTAssertTrue(run("evaluate bexley-bromley-shared-service --driver libraries --hindsight").hasPrefix("error: The option '--driver' needs '--apply-to <subject>'."))
        XCTAssertTrue(run("evaluate bexley-bromley --json").hasPrefix("error: Unknown case study 'bexley-bromley'."))
    }

    func testCompareCasesSideBySide() {
        let text = run("compare-cases bexley-bromley-shared-service tri-borough-libraries lewisham-asset-transfer --hindsight")
        XCTAssertTrue(text.contains("115.5%"))
        // 1,200,000 / 1,107,000 = 108.4%.
        XCTAssertTrue(text.contains("108.4%"))
        XCTAssertTrue(text.contains("Confidence"))
        XCTAssertEqual(
            run("compare-cases solihull-rfid"),
            "error: compare-cases needs at least two case studies, but 1 was given.\nUsage: compare-cases <cases>… [--evaluator <id>] [--hindsight]\nType 'casestudies' for the list.")
    }
}
