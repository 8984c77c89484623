import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// The impact-against-return portfolio (the support allocation is in `SupportAllocationTests`).
final class PartnershipSupportTests: XCTestCase {
    /// Two criteria, equal swing weights. Scores (0–3): P (3, 3), Q (3, 0), R (0, 0), S (1, 2).
    /// Normalised (min 0, max 3): P 1, 1 → 1; Q 1, 0 → 0.5; R 0; S ⅓, ⅔ → 0.5.
    /// NPVs: P 100, Q 400, R 300, S 50. Medians: impact 0.5, NPV 200.
    /// P: impact 1 ≥ 0.5, NPV 100 < 200 → strategic investment; Q: 0.5, 400 → priority; R: 0, 300 → quick win;
    /// S: 0.5, 50 → strategic investment. Frontier: P (best impact) and Q (best NPV at 0.5); R and S are beaten by Q.
    func testPortfolioQuadrantsAndFrontierByHand() throws {
        let candidates = [
            Portfolio.Candidate(id: "P", title: "P", kind: "option", scores: [3, 3], riskAdjustedNPV: 100),
            Portfolio.Candidate(id: "Q", title: "Q", kind: "option", scores: [3, 0], riskAdjustedNPV: 400),
            Portfolio.Candidate(id: "R", title: "R", kind: "partnership", scores: [0, 0], riskAdjustedNPV: 300),
            Portfolio.Candidate(id: "S", title: "S", kind: "partnership", scores: [1, 2], riskAdjustedNPV: 50),
        ]
        let portfolio = try Portfolio.assess(candidates, criteria: ["x", "y"], weights: [1, 1])
        let byID = Dictionary(uniqueKeysWithValues: portfolio.entries.map { ($0.candidate.id, $0) })
        XCTAssertEqual(byID["P"]!.impact, 1, accuracy: 1e-12)
        XCTAssertEqual(byID["Q"]!.impact, 0.5, accuracy: 1e-12)
        XCTAssertEqual(byID["S"]!.impact, 0.5, accuracy: 1e-12)
        XCTAssertEqual(portfolio.impactSplit, 0.5, accuracy: 1e-12)
        XCTAssertEqual(portfolio.returnSplit, 200, accuracy: 1e-12)
        XCTAssertEqual(byID["P"]!.quadrant, .strategicInvestment)
        XCTAssertEqual(byID["Q"]!.quadrant, .priority)
        XCTAssertEqual(byID["R"]!.quadrant, .quickWin)
        XCTAssertEqual(byID["S"]!.quadrant, .strategicInvestment)
        XCTAssertEqual(portfolio.entries.filter(\.onFrontier).map(\.candidate.id), ["P", "Q"])
    }
}
