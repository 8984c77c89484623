import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// Options that add up (issue 22): the budget a later calculator sees is what the earlier ones leave, and the
/// preferred option is chosen after costing by a stated rule.
@Suite("Combined options and the preferred option")
struct CombinedOptionTests {
    /// A profile with a library budget.
    static func profile(_ id: BoroughID, _ name: String, budget: Double) -> BoroughProfile {
        BoroughProfile(
            statistics: AuthorityStatistics(id: id, name: name), libraries: [], librariesSource: .published("S71"),
            figures: [ProfileFigure(.libraryBudget, "Budget", budget, .pounds, .published("S27"))])
    }

    static func inputs(_ profiles: [BoroughProfile]) -> SubjectInputs {
        SubjectInputs(
            subject: Subject(profiles.map(\.id)), profiles: profiles,
            assumptions: Assumptions(horizonYears: 5, priceBaseYear: FinancialYear(startYear: 2010)))
    }

    /// A schedule whose saving lines ramp up to the amounts given (the full year is the largest year).
    static func schedule(_ savings: [(String, Double)]) -> CashFlowSchedule {
        CashFlowSchedule(
            title: "Branch changes", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 5,
            lines: savings.map { CashFlowLine($0.0, kind: .saving, amounts: [0, $0.1 / 2, $0.1, $0.1, $0.1, $0.1], provenance: .published("S34")) }
                + [CashFlowLine("Transition", kind: .oneOffCost, amounts: [50_000], provenance: .published("S34"))],
            optimismBias: nil)
    }

    @Test("A saving comes off the budget the next calculator sees, at its full year, by hand")
    func budgetLeft() {
        // £8m budget; branch changes save £94k a year at full year (half in year 1): a trust's 9% then applies to
        // £7,906,000, so it saves £711,540 rather than £720,000 alone: £8,460 a year counted once, not twice.
        let camden = Self.inputs([Self.profile("camden", "Camden", budget: 8_000_000)])
        let left = JointCosting.leaving(Self.schedule([("Running cost: Camden", 94_000)]), from: camden)
        #expect(JointCosting.budget(of: left) == 7_906_000)
        #expect(left.profiles[0].figure(.libraryBudget)?.provenance.kind == .derived)
        #expect(left.profiles[0].figure(.libraryBudget)?.provenance.method?.contains("less the full-year saving of 'Branch changes' (£94.0k)") == true)
        let interaction = CostingInteraction(
            calculator: "trust-or-provider", after: ["community-managed"], budgetAlone: 8_000_000, budgetLeft: 7_906_000,
            savingAlone: 8_000_000 * 0.09, savingJoint: 7_906_000 * 0.09)
        #expect(abs(interaction.overlap - 8_460) < 1e-6)
        #expect(interaction.summary.hasPrefix(
            "Interaction: 'trust-or-provider' costs the budget left after 'community-managed': £8.00m less their full-year savings of £94.0k = £7.91m"))
    }

    @Test("For a group, a line named for a borough comes off that borough; other lines are shared by budget")
    func groupShares() {
        let group = Self.inputs([
            Self.profile("bexley", "Bexley", budget: 4_000_000), Self.profile("bromley", "Bromley", budget: 12_000_000),
        ])
        // £100k named for Bexley; £160k shared 1:3 by budget (£40k and £120k).
        let left = JointCosting.leaving(
            Self.schedule([("Posts: Bexley", 100_000), ("Joint management", 160_000)]), from: group)
        #expect(left.profiles[0].figure(.libraryBudget)?.value == 3_860_000)
        #expect(left.profiles[1].figure(.libraryBudget)?.value == 11_880_000)
    }

    /// A short list of four options over choices with known scores.
    static func appraisal(failing: OptionID? = nil) -> OptionsAppraisal {
        func choice(_ id: OptionID, _ score: Int) -> OptionChoice {
            OptionChoice(
                id: id, dimension: .solution, title: id.rawValue,
                assessments: [
                    CriterionAssessment(criterion: "strategic-fit", score: id == failing ? 0 : score, reason: "test"),
                    CriterionAssessment(criterion: "affordability", score: score, reason: "test"),
                ])
        }
        let options: [(OptionID, ShortListRole, [OptionID])] = [
            ("business-as-usual", .businessAsUsual, []), ("do-minimum", .doMinimum, ["small"]),
            ("preferred", .preferred, ["middle"]), ("more-ambitious", .moreAmbitious, ["middle", "big"]),
        ]
        return OptionsAppraisal(
            subject: Subject(["camden"]), recognised: [],
            longList: [choice("small", 1), choice("middle", 2), choice("big", 3)],
            shortList: options.map { ShortListedOption(id: $0.0, role: $0.1, title: $0.0.rawValue, choices: $0.2, calculators: [], rationale: "") },
            successFactors: ["strategic-fit", "affordability"])
    }

    @Test("The preferred option is the highest NPV among those meeting every factor, chosen after costing")
    func preferredAfterCosting() {
        let npv: [OptionID: Double] = ["do-minimum": 600_000, "preferred": 700_000, "more-ambitious": 4_400_000]
        let decision = PreferredOptionRule.choose(PreferredOptionRule.candidates(Self.appraisal(), npv: npv))
        #expect(decision.preferred == "more-ambitious")
        #expect(decision.reason.hasPrefix("more-ambitious (NPV £4.40m, meets every critical success factor)"))
        // The pre-costing "preferred" way forward is not chosen because of its name: the NPVs decide.
        let cheaper = PreferredOptionRule.choose(PreferredOptionRule.candidates(
            Self.appraisal(), npv: ["do-minimum": 900_000, "preferred": 700_000, "more-ambitious": -10]))
        #expect(cheaper.preferred == "do-minimum")
        #expect(cheaper.reason.contains("more-ambitious has NPV"))
        // An option that fails a factor is passed over, whatever its NPV.
        let failing = PreferredOptionRule.choose(PreferredOptionRule.candidates(Self.appraisal(failing: "big"), npv: npv))
        #expect(failing.preferred == "preferred")
        #expect(failing.reason.contains("more-ambitious fails strategic-fit"))
        // Nothing positive: business as usual.
        let none = PreferredOptionRule.choose(PreferredOptionRule.candidates(Self.appraisal(), npv: ["preferred": -1]))
        #expect(none.preferred == "business-as-usual")
        #expect(PreferredOptionRule.statement.contains("highest NPV"))
    }
}
