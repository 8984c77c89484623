public import WorkbenchCore

/// A whole library service shared between boroughs: the library budget × 10–25%, the Future Libraries Programme's
/// rule for merging all services [S20]. (Tri-borough forecast £1.107m on about £22m, 5% [S21][S22], below it.)
public struct SharedWholeServiceCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `shared-whole-service` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "shared-whole-service", title: "Shared whole service",
        summary: "Merges whole library services: budget × 10–25% [S20].",
        parameters: [
            CalculatorParameters.figure(.libraryBudget, label: "Library budget (£ a year)", unit: .pounds),
            CalculatorParameter(
                .budgetSavingShare, label: "Share of the budget saved by merging the whole service", unit: .fraction,
                defaultValue: Sourced(0.175, .derived("S20", method: "midpoint of the 10–25% the FLP gives for merging all services")),
                range: CalculatorEvidence.wholeServiceBudgetShare.low...CalculatorEvidence.wholeServiceBudgetShare.high,
                valid: 0...1),
            StandardParameters.transitionCostShare,
        ] + StandardParameters.timing(rampUp: CalculatorEvidence.mergerRampUp))

    /// Costs the subject's shared whole service.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        try SharedServiceCosting.schedule(Self.descriptor, scope: .wholeService, inputs: inputs, overrides: parameters)
    }
}
