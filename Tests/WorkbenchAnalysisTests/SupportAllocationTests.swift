import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// The support package's allocation: the stated rule (saving per borough per day asked), the gate on targeted
/// support, and the days.
struct SupportAllocationTests {
    static func candidate(
        _ id: String, _ boroughs: [BoroughID], savings: Double, impact: Double = 0.5, funds: Bool = true,
        capacity: Bool = true, asked: Double = 1
    ) -> SupportAllocation.Candidate {
        SupportAllocation.Candidate(
            id: id, group: Subject(boroughs), savingsPotential: savings, impact: impact, fundsEvidenced: funds,
            capacityEvidenced: capacity, daysAsked: asked)
    }

    /// Two proposals saving the same per borough score the same whatever their size: 4 boroughs × £100k and
    /// 1 borough × £100k both score £100k; the tie goes to impact, so the small group with the higher impact ranks first.
    @Test func aLargeGroupDoesNotWinByBeingLarge() {
        let decisions = SupportAllocation.allocate([
            Self.candidate("large", ["a", "b", "c", "d"], savings: 400_000, impact: 0.5),
            Self.candidate("small", ["e"], savings: 100_000, impact: 0.6),
        ], days: 5, targeted: 1)
        #expect(decisions.map(\.score) == [100_000, 100_000])
        #expect(decisions.map(\.id) == ["small", "large"])
        #expect(decisions.first { $0.id == "small" }?.targeted == true)
    }

    /// A bigger total from more boroughs ranks below a smaller total that saves more per borough:
    /// 3 × £150k = £450k scores £150k; 1 borough saving £200k scores £200k.
    @Test func savingPerBoroughRanksNotTheTotal() {
        let decisions = SupportAllocation.allocate([
            Self.candidate("wide", ["a", "b", "c"], savings: 450_000),
            Self.candidate("deep", ["d"], savings: 200_000),
        ], days: 5, targeted: 1)
        #expect(decisions.map(\.id) == ["deep", "wide"])
        #expect(decisions.map(\.score) == [200_000, 150_000])
        #expect(decisions.map(\.targeted) == [true, false])
        #expect(decisions[1].targetedReason == "eligible but not selected: the 1 place went to higher-ranked proposals")
    }

    /// Per day asked: asking half a day doubles the score; the days given are those asked.
    /// Half-day: £100k ÷ 2 ÷ 0.5 = £100k; full day: £150k ÷ 2 ÷ 1 = £75k. Days 1.25: 0.5 then 0.75 of the 1 asked.
    @Test func perDayAskedAndTheDaysGiven() {
        let decisions = SupportAllocation.allocate([
            Self.candidate("full", ["a", "b"], savings: 150_000),
            Self.candidate("half", ["c", "d"], savings: 100_000, asked: 0.5),
        ], days: 1.25, targeted: 0)
        #expect(decisions.map(\.id) == ["half", "full"])
        #expect(decisions.map(\.score) == [100_000, 75_000])
        #expect(decisions.map(\.days) == [0.5, 0.75])
        #expect(decisions[1].daysReason == "0.75 day: ranked 2, only 0.75 of the 1.25 days was left")
    }

    /// The gate: without evidence of own funds, or of capacity, no targeted support, even ranked first with places
    /// to spare; a day to refine the proposal is still given.
    @Test(arguments: [1, 3, 10]) func theGateHolds(places: Int) throws {
        let decisions = SupportAllocation.allocate([
            Self.candidate("unfunded", ["a", "b"], savings: 5_000_000, funds: false),
            Self.candidate("funded", ["c", "d"], savings: 100_000),
            Self.candidate("no-staff", ["e", "f"], savings: 900_000, capacity: false),
        ], days: 10, targeted: places)
        let unfunded = try #require(decisions.first { $0.id == "unfunded" })
        #expect(unfunded.rank == 1)
        #expect(!unfunded.targeted)
        #expect(unfunded.targetedReason == "not eligible: the proposal does not evidence own funds committed")
        #expect(unfunded.days == 1)
        let noStaff = try #require(decisions.first { $0.id == "no-staff" })
        #expect(!noStaff.targeted)
        #expect(noStaff.targetedReason == "not eligible: the proposal does not evidence staff capacity committed")
        #expect(decisions.first { $0.id == "funded" }?.targeted == true)
    }

    @Test func oneDayPerGroup() {
        let decisions = SupportAllocation.allocate([
            Self.candidate("first", ["a", "b"], savings: 1_000_000),
            Self.candidate("second", ["b", "a"], savings: 500_000),
        ], days: 5, targeted: 0)
        #expect(decisions.map(\.days) == [1, 0])
        #expect(decisions[1].daysReason == "no day: the group b+a already has its day of support for proposal 'first'")
    }
}
