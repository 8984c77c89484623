import Camden
import Testing
import WorkbenchCore
import WorkbenchTestSupport

/// Camden's own calculator, built on the core's calculation kit: the three branches handed to community groups in
/// April 2012 [S24], each saving Chalk Farm's £130k a year [S25] after a year's transition funding [S26].
///
/// Chalk Farm's £130k is of 2011 (2011/12), so in the default 2010/11 prices it is × 68.8561 ÷ 70.3261 (HM Treasury's
/// GDP deflator [S82]) = £127,282.68.
struct CamdenCommunityLibrariesCalculatorTests {
    /// 2010/11 prices over 2011/12's.
    static let k2011 = 68.8561 / 70.3261
    let calculator = CamdenCommunityLibrariesCalculator()
    let camden = CamdenModule().profile

    func inputs(_ profiles: [BoroughProfile], horizon: Int = 10) -> SubjectInputs {
        SubjectInputs(subject: Subject(profiles.map(\.id)), profiles: profiles, assumptions: Assumptions(horizonYears: horizon))
    }

    @Test func passesTheCalculatorConformanceKit() {
        #expect(checkSavingsCalculator(calculator, inputs: inputs([camden])) == [])
    }

    @Test func handWorkedSchedule() throws {
        let schedule = try calculator.schedule(for: inputs([camden]), parameters: ParameterValues())
        #expect(schedule.origin == "camden-community-libraries")
        #expect(schedule.title == "Camden's community libraries for camden")
        // Belsize, Chalk Farm and Heath: 3 × £127,282.68 = £381,847.98 a year from appraisal year 1 (2011/12).
        let saving = try #require(schedule.lines.first { $0.kind == .saving })
        #expect(saving.label == "Branches run by community groups: Camden")
        let full = 3 * 130_000 * Self.k2011
        #expect(abs(full - 381_847.98) < 0.01)
        #expect(saving.amounts[0] == 0)
        #expect(saving.amounts.dropFirst().allSatisfy { abs($0 - full) < 1e-6 })
        #expect(saving.provenance.method == "3 branches × £127k")
        #expect(saving.provenance.sources == ["S71", "S30", "S25", "S82"])
        // One year of transition funding at half the running cost: £381,847.98 × 50% = £190,923.99 in year 1.
        let transition = try #require(schedule.lines.first { $0.kind == .oneOffCost })
        #expect(transition.label == "Transition funding, year 1: Camden")
        #expect(abs(transition.amounts[1] - full / 2) < 1e-6)
        #expect(transition.amounts.enumerated().allSatisfy { $0.offset == 1 || $0.element == 0 })
        // The range moves with the default: £100,000–£130,000 a branch × 3, restated alike.
        let range = SavingsRange(schedule)
        #expect(abs(range.low - 300_000 * Self.k2011) < 1e-6)
        #expect(abs(range.mostLikely - full) < 1e-6)
        #expect(abs(range.high - full) < 1e-6)
        #expect(schedule.optimismBias == .outsourcing)
    }

    @Test func overridesApply() throws {
        let values = ParameterValues(["branches-handed-over": 2, "transition-funding-years": 2, "running-cost-per-library": 100_000])
        let schedule = try calculator.schedule(for: inputs([camden]), parameters: values)
        let costs = schedule.lines.filter { $0.kind == .oneOffCost }
        // 2 × £100,000 × 50% = £100,000 in each of years 1 and 2.
        #expect(costs.map(\.label) == ["Transition funding, year 1: Camden", "Transition funding, year 2: Camden"])
        #expect(costs.map { $0.amounts[1] + $0.amounts[2] } == [100_000, 100_000])
        #expect(schedule.lines.first { $0.kind == .saving }?.amounts.last == 200_000)
    }

    /// Another borough has no Camden branch list: the calculator says so and how to give the count instead.
    @Test func anotherBoroughNeedsTheBranchCount() throws {
        let bexley = BoroughProfile(
            statistics: AuthorityStatistics(id: "bexley", name: "Bexley"), libraries: [], librariesSource: .published("S71"))
        let error = try #require(throws: WorkbenchError.self) {
            try calculator.schedule(for: inputs([bexley]), parameters: ParameterValues())
        }
        #expect(error.code == .missingFigure)
        #expect(error.message.contains("has no Camden branch list"))
        #expect(error.hint?.contains("or pass --branches-handed-over") ?? false)
        let given = try calculator.schedule(for: inputs([bexley]), parameters: ParameterValues(["branches-handed-over": 2]))
        // 2 × £130,000 of 2011 in 2010/11 prices.
        #expect(abs((given.lines.first { $0.kind == .saving }?.amounts.last ?? 0) - 2 * 130_000 * Self.k2011) < 1e-6)
        #expect(checkSavingsCalculator(calculator, inputs: inputs([bexley])).contains { $0.contains("threw") })
    }

    /// The kit must catch a calculator that breaks its rules, or passing it proves nothing.
    @Test func kitCatchesABrokenCalculator() {
        let problems = checkSavingsCalculator(BrokenCalculator(), inputs: inputs([camden]))
        for fragment in [
            "declared twice", "default 5.0 lies outside its valid values", "default 0.9 lies outside its range",
            "does not declare --years", "an unknown parameter --no-such-parameter was accepted",
            "has 1 amounts, not 11", "not a number",
        ] {
            #expect(problems.contains { $0.contains(fragment) }, "No problem mentions '\(fragment)' in \(problems)")
        }
    }
}

/// A calculator with one of each mistake the kit looks for.
private struct BrokenCalculator: SavingsCalculator {
    static let descriptor = CalculatorDescriptor(
        id: "broken", title: "Broken", summary: "Breaks the rules.",
        parameters: [
            CalculatorParameter(id: "share", label: "A share", unit: .fraction, defaultValue: Sourced(5, .published("S24")), valid: 0...1),
            CalculatorParameter(
                id: "share", label: "Again", unit: .fraction, defaultValue: Sourced(0.9, .published("S24")), range: 0.1...0.5,
                valid: 0...1),
        ])

    func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        CashFlowSchedule(
            title: "Broken", origin: "broken", baseYear: inputs.assumptions.priceBaseYear, horizon: 10,
            lines: [CashFlowLine("Bad", kind: .saving, amounts: [.nan], uncertainty: nil, provenance: .published("S24"))],
            optimismBias: nil)
    }
}
