import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// The portfolio's candidates and the proposal estimate, now pure analysis (issue 13): scoring on the workspace's
/// criteria and the estimate's verdict, without a shell.
@Suite struct PortfolioCandidatesTests {
    static let objectives = [SpendingObjective(id: "save", text: "Save money")]
    static let factors = [CriticalSuccessFactor(id: "fit", title: "Strategic fit", question: "Does it fit?")]

    static func choice(_ id: OptionID, scores: [(String, Int)]) -> OptionChoice {
        OptionChoice(
            id: id, dimension: .delivery, title: id.rawValue,
            assessments: scores.map { CriterionAssessment(criterion: $0.0, score: $0.1, reason: "") })
    }

    @Test func criteriaArePrefixedObjectivesThenFactors() {
        let built = PortfolioCandidates(objectives: Self.objectives, factors: Self.factors)
        #expect(built.criteria.map(\.name) == ["obj:save", "csf:fit"])
    }

    @Test func scoresAverageEachCriterionOverTheChoices() {
        let built = PortfolioCandidates(objectives: Self.objectives, factors: Self.factors)
        let longList = [
            Self.choice("shared-service", scores: [("save", 3), ("fit", 1)]),
            Self.choice("trust-or-provider", scores: [("save", 1), ("fit", 2)]),
        ]
        #expect(built.scores(["shared-service", "trust-or-provider"], in: longList) == [2, 1.5])
        #expect(built.scores(["missing"], in: longList) == [0, 0])
    }

    @Test(arguments: [
        (CaseStudyKind.procurement, "consortium-procurement"), (.selfService, "self-service-rfid"),
        (.community, "community-managed"), (.outsourcing, "trust-or-provider"), (.sharedService, "shared-service"),
    ] as [(CaseStudyKind, OptionID)])
    func eachKindHasAStandInChoice(kind: CaseStudyKind, choice: OptionID) {
        #expect(PortfolioCandidates.fallbackChoice(kind) == choice)
    }
}
