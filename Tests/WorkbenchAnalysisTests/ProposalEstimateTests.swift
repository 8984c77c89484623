import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// The proposal estimate, now pure analysis (issue 13): the group's saving from the partnership model, its range and
/// the verdict on a claim, and the impact from the framework's long lists.
@Suite struct ProposalEstimateTests {
    /// A pair with library spend £10,000 and £6,000 under the round-number project: 10% × e(2) = 5% of £16,000 = £800
    /// a year, range × 0.5 to × 1.5.
    static func estimate(claim: Double) -> ProposalEstimate {
        let model = PartnershipModel(
            project: PartnershipTests.simpleProject(), drivers: PartnershipTests.drivers([10_000, 6_000]),
            assumptions: PartnershipTests.flat)
        return ProposalEstimate(claimedPerYear: claim, model: model)
    }

    @Test func theEstimateIsTheWholeGroupsSavingWithTheProjectsRange() {
        let estimate = Self.estimate(claim: 800)
        #expect(abs(estimate.outcome.annualSavingTogether - 800) < 1e-9)
        #expect(abs(estimate.low - 400) < 1e-9)
        #expect(abs(estimate.high - 1_200) < 1e-9)
        #expect(estimate.estimatedDrivers == 2)
    }

    @Test(arguments: [(300.0, "below the range", true), (800, "within the range", false), (1_300, "above the range", true)])
    func theVerdictPlacesTheClaim(claim: Double, verdict: String, flagged: Bool) {
        let estimate = Self.estimate(claim: claim)
        #expect(estimate.verdict == verdict)
        #expect(estimate.isFlagged == flagged)
    }

    @Test func impactIsTheChoicesMeanScoreOverThree() {
        let estimate = Self.estimate(claim: 800)
        let scored = OptionChoice(
            id: "shared-service", dimension: .delivery, title: "Shared service",
            assessments: [CriterionAssessment(criterion: "a", score: 3, reason: ""), CriterionAssessment(criterion: "b", score: 0, reason: "")])
        #expect(estimate.impact(longLists: [[scored]]) == 0.5)
        #expect(estimate.impact(longLists: [[]]) == nil)
        #expect(estimate.impact(longLists: []) == nil)
    }
}
