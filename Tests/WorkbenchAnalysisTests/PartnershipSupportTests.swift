import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// The support package's allocation and the impact-against-return portfolio.
final class PartnershipSupportTests: XCTestCase {
    static func candidate(
        _ id: String, _ group: Subject, savings: Double, impact: Double, funds: Bool, capacity: Bool = true
    ) -> SupportAllocation.Candidate {
        SupportAllocation.Candidate(
            id: id, group: group, savingsPotential: savings, impact: impact, fundsEvidenced: funds, capacityEvidenced: capacity)
    }

    /// Scores: ½ × savings ÷ 1,000,000 + ½ × impact → big 1.0, mid 0.45, small 0.35.
    /// Days 2.5: big 1, mid 1, small the 0.5 left.
    func testDaysAndRankingByHand() {
        let decisions = SupportAllocation.allocate([
            Self.candidate("small", Subject(["c"]), savings: 200_000, impact: 0.5, funds: true),
            Self.candidate("big", Subject(["a", "b"]), savings: 1_000_000, impact: 1, funds: true),
            Self.candidate("mid", Subject(["d", "e"]), savings: 400_000, impact: 0.5, funds: true),
        ], days: 2.5, targeted: 1)
        XCTAssertEqual(decisions.map(\.id), ["big", "mid", "small"])
        XCTAssertEqual(decisions.map(\.score), [1.0, 0.45, 0.35])
        XCTAssertEqual(decisions.map(\.days), [1, 1, 0.5])
        XCTAssertEqual(decisions.map(\.targeted), [true, false, false])
        XCTAssertEqual(decisions[1].targetedReason, "eligible but not selected: the 1 place went to higher-ranked proposals")
        XCTAssertEqual(decisions[2].daysReason, "0.5 day: ranked 3, only 0.5 of the 2.5 days was left")
    }

    /// The bar: a proposal without evidence of own funds is never given targeted support, even ranked first with
    /// places to spare; likewise without evidence of capacity.
    func testNoTargetedSupportWithoutEvidenceOfOwnFunds() {
        for places in [1, 3, 10] {
            let decisions = SupportAllocation.allocate([
                Self.candidate("unfunded", Subject(["a", "b"]), savings: 5_000_000, impact: 1, funds: false),
                Self.candidate("funded", Subject(["c", "d"]), savings: 100_000, impact: 0.1, funds: true),
                Self.candidate("no-staff", Subject(["e", "f"]), savings: 900_000, impact: 0.9, funds: true, capacity: false),
            ], days: 10, targeted: places)
            let unfunded = decisions.first { $0.id == "unfunded" }!
            XCTAssertEqual(unfunded.rank, 1)
            XCTAssertFalse(unfunded.targeted)
            XCTAssertEqual(unfunded.targetedReason, "not eligible: the proposal does not evidence own funds committed")
            XCTAssertEqual(unfunded.days, 1, "a day to refine its proposal is still given")
            XCTAssertFalse(decisions.first { $0.id == "no-staff" }!.targeted)
            XCTAssertTrue(decisions.first { $0.id == "funded" }!.targeted)
        }
    }

    func testOneDayPerGroup() {
        let decisions = SupportAllocation.allocate([
            Self.candidate("first", Subject(["a", "b"]), savings: 1_000_000, impact: 1, funds: true),
            Self.candidate("second", Subject(["b", "a"]), savings: 500_000, impact: 1, funds: true),
        ], days: 5, targeted: 0)
        XCTAssertEqual(decisions.map(\.days), [1, 0])
        XCTAssertEqual(decisions[1].daysReason, "no day: the group b+a already has its day of support for proposal 'first'")
    }

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
