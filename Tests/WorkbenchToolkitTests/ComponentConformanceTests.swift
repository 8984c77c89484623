import Testing
import WorkbenchCore
import WorkbenchTestSupport
import WorkbenchToolkit

/// Every toolkit calculator and evaluator passes the conformance kits a borough's own components must pass.
struct ComponentConformanceTests {
    /// The toolkit's calculators by id, for readable test names.
    static let calculators = ToolkitComponents.calculators.map(\.descriptor.id.rawValue)

    @Test(arguments: calculators)
    func calculatorKeepsTheRules(_ id: String) throws {
        let calculator = try #require(ToolkitComponents.calculators.first { $0.descriptor.id.rawValue == id })
        // A borough with every figure the calculators read, and a group of two.
        #expect(checkSavingsCalculator(calculator, inputs: SavingsFixtures.inputs([SavingsFixtures.complete])) == [])
        #expect(checkSavingsCalculator(calculator, inputs: SavingsFixtures.inputs([SavingsFixtures.complete, SavingsFixtures.camden])) == [])
    }

    @Test func evaluatorsKeepTheRules() {
        for evaluator in CaseStudyComponents.evaluators {
            #expect(checkEvaluator(evaluator, cases: CaseStudyComponents.caseStudies, partners: []) == [])
        }
    }

    /// The three calculators that cost whole branches share one declaration of `--running-cost-per-library`.
    @Test func runningCostIsDeclaredOnce() {
        let declarations = ToolkitComponents.calculators.compactMap { calculator in
            calculator.descriptor.parameters.first { $0.key == .runningCostPerLibrary }
        }
        #expect(declarations.count == 3)
        #expect(Set(declarations).count == 1)
        #expect(declarations.first == StandardParameters.runningCostPerLibrary)
    }

    /// Reading a parameter the descriptor does not declare is an error, never a silent zero.
    @Test func undeclaredParameterThrows() throws {
        let resolved = try ResolvedParameters(CommunityManagedCalculator.descriptor, ParameterValues())
        #expect(throws: WorkbenchError.self) { try resolved.value(ParameterKey("running-cost-per-libary")) }
        #expect(throws: WorkbenchError.self) { try resolved.sourced(.libraries) }
        #expect(try resolved.value(.runningCostPerLibrary) == 94_000)
        // A declared parameter without a default comes from the profile, not from a zero.
        #expect(throws: WorkbenchError.self) { try resolved.value(.years) }
    }
}
