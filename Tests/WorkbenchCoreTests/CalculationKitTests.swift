import Testing
import WorkbenchCore

/// The core's calculation kit on its own: a calculator that only the core could write, as a borough would.
struct CalculationKitTests {
    static let cost = CalculatorParameter(
        .runningCostPerLibrary, label: "Running cost", unit: .poundsEach,
        defaultValue: Sourced(100_000, .published("S34")), range: 80_000...120_000, valid: 0...1_000_000)
    static let descriptor = CalculatorDescriptor(
        id: "kit-test", title: "Kit test", summary: "One branch closed.",
        parameters: [cost, CalculatorParameters.libraries]
            + CalculatorParameters.timing(
                startYear: Sourced(1, .estimate(method: "year 1")), rampUp: Sourced(2, .estimate(method: "2 years"))))

    static let inputs = SubjectInputs(
        subject: Subject(["camden"]),
        profiles: [BoroughProfile(statistics: AuthorityStatistics(id: "camden", name: "Camden"), libraries: [], librariesSource: .published("S71"))],
        assumptions: Assumptions(horizonYears: 4))

    @Test func scheduleRampsFromTheStartYear() throws {
        var calc = try StandardCalculation(Self.descriptor, inputs: Self.inputs, overrides: ParameterValues())
        let cost = try calc.sourced(.runningCostPerLibrary)
        calc.builder.saving("Closed", full: cost.value, uncertainty: try calc.uncertainty(.runningCostPerLibrary), cost.provenance)
        let schedule = calc.schedule(title: "Kit", category: nil, categoryReason: "none")
        // Start in year 1, half the saving in the first year of a 2-year ramp-up.
        #expect(schedule.lines[0].amounts == [0, 50_000, 100_000, 100_000, 100_000])
        #expect(SavingsRange(schedule) == SavingsRange(low: 80_000, mostLikely: 100_000, high: 120_000))
        #expect(schedule.notes[1] == "Full-year saving £100k a year (range £80.0k–£120k).")
    }

    @Test func onlyDeclaredParametersCanBeRead() throws {
        let resolved = try ResolvedParameters(Self.descriptor, ParameterValues())
        #expect(resolved.declares(.runningCostPerLibrary))
        #expect(!resolved.declares(.transitionCostShare))
        let error = try #require(throws: WorkbenchError.self) { try resolved.value(.transitionCostShare) }
        #expect(error.code == .internal)
        #expect(error.message == "The calculator 'kit-test' reads the parameter '--transition-cost-share', which its descriptor does not declare.")
        // Declared, but its value comes from the profile: no silent zero either.
        #expect(throws: WorkbenchError.self) { try resolved.value(.libraries) }
        #expect(try resolved.override(.libraries) == nil)
    }

    @Test func overridesAreCheckedAndSourced() throws {
        let unknown = try #require(throws: WorkbenchError.self) {
            try ResolvedParameters(Self.descriptor, ParameterValues(["running-cost-per-libary": 1]))
        }
        #expect(unknown.hint == "Did you mean '--running-cost-per-library'? Its parameters are --running-cost-per-library, --libraries, --start-year, --ramp-up-years, --years.")
        #expect(unknown.module == nil)
        #expect(throws: WorkbenchError.self) { try ResolvedParameters(Self.descriptor, ParameterValues(["libraries": 2.5])) }
        let given = try ResolvedParameters(Self.descriptor, ParameterValues(["running-cost-per-library": 90_000]))
        #expect(try given.sourced(.runningCostPerLibrary).provenance.method == "set by the analyst (--running-cost-per-library £90,000)")
    }
}
