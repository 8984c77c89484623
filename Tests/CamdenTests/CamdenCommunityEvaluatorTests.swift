import Camden
import WorkbenchCore
import XCTest

/// Camden's evaluator: community-run libraries judged by hours kept, council support, cost to the council and
/// libraries kept open against closed.
final class CamdenCommunityEvaluatorTests: XCTestCase {
    let evaluator = CamdenCommunityEvaluator()
    let c = CamdenCommunityLibrariesCase.caseStudy

    private func finding(_ e: CaseEvaluation, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws -> EvaluationFinding {
        try XCTUnwrap(e.findings.first { $0.label == label }, "no finding '\(label)'", file: file, line: line)
    }

    func testHandWorkedBranchList() throws {
        // Two council libraries, two community-run (10 h and 20 h, one with council support), one closed.
        let profile = BoroughProfile(
            statistics: AuthorityStatistics(id: "camden", name: "Camden"),
            libraries: [
                LibraryBranch(name: "A", postcode: "A1", weeklyHours: 40),
                LibraryBranch(name: "B", postcode: "B1", weeklyHours: 50),
                LibraryBranch(name: "C", postcode: "C1", statutory2016: false, operation2016: .communityRun, weeklyHours: 10),
                LibraryBranch(name: "D", postcode: "D1", statutory2016: false, operation2016: .independentCommunity, weeklyHours: 20),
                LibraryBranch(name: "E", postcode: "E1", statutory2016: false, operation2016: .closed),
            ],
            librariesSource: .published("S71"))
        let e = try evaluator.evaluate(c, partners: [profile])
        XCTAssertEqual(e.evaluator, "camden-community")
        // Hours kept: 10 + 20 = 30; council staff hours 30 (Highgate [S71]) → 30 / 30 = 1.0 open hour per staff hour.
        XCTAssertEqual(try finding(e, "Weekly hours kept at community-run libraries").value, 30)
        let support = try finding(e, "Council staff hours at community-run libraries")
        XCTAssertEqual(support.value, 30)
        XCTAssertTrue(support.text.contains("1.0 hours open"), support.text)
        XCTAssertEqual(try finding(e, "Libraries kept open by community groups").value, 2)
        XCTAssertEqual(try finding(e, "Libraries closed").value, 1)
        // Confidence: 0.30×0.75 + 0.10×0 + 0.15×1 + 0.25×0.5 + 0.20×0.75 = 0.65.
        XCTAssertEqual(e.confidence, 0.65, accuracy: 1e-12)
    }

    func testCamdensRealBranchList() throws {
        let e = try evaluator.evaluate(c, partners: [CamdenModule().profile])
        // Belsize 16 + Primrose Hill 28 + Highgate 29 + Keats 42 = 115 hours a week in 2016 [S71].
        let kept = try finding(e, "Weekly hours kept at community-run libraries")
        XCTAssertEqual(kept.value, 115)
        // 115 ÷ 30 council staff hours = 3.8 hours open for each council staff hour.
        XCTAssertTrue(try finding(e, "Council staff hours at community-run libraries").text.contains("3.8 hours open"))
        XCTAssertEqual(try finding(e, "Libraries kept open by community groups").value, 4)
        let closed = try finding(e, "Libraries closed")
        XCTAssertEqual(closed.value, 1)
        XCTAssertTrue(closed.text.contains("Regent's Park"))
        // Cost to the council: one year of transition funding, withdrawn by April 2013 [S26]; the amount not found.
        let cost = try finding(e, "Cost to the council")
        XCTAssertEqual(cost.value, 1)
        XCTAssertEqual(cost.provenance?.sources, ["S26"])
        XCTAssertTrue(cost.text.contains("April 2013"))
        XCTAssertTrue(e.couldNotJudge.contains { $0.contains("amount of transition funding was not found") })
        XCTAssertTrue(e.couldNotJudge.contains { $0.hasPrefix("Savings delivered") })
        XCTAssertEqual(try finding(e, "Running cost carried by a community group").value, 130_000)
    }

    func testWithoutAProfileItSaysWhatItCannotJudge() throws {
        let e = try evaluator.evaluate(c, partners: [])
        XCTAssertNil(e.findings.first { $0.label == "Weekly hours kept at community-run libraries" })
        XCTAssertTrue(e.couldNotJudge.contains { $0.hasPrefix("Hours kept: the workbench has no branch list") })
        // 0.15×1 (staff hours) + 0.25×0.5 (cost) = 0.275.
        XCTAssertEqual(e.confidence, 0.275, accuracy: 1e-12)
    }

    func testModuleRegistersTheCaseAndEvaluator() throws {
        var registrar = Registrar(module: "camden")
        try CamdenModule().register(in: &registrar)
        XCTAssertTrue(registrar.caseStudies.contains { $0.id == "camden-community-libraries" })
        XCTAssertTrue(registrar.evaluators.contains { $0.descriptor.id == "camden-community" })
        XCTAssertEqual(CamdenCommunityEvaluator.descriptor.kinds, [.community])
    }
}
