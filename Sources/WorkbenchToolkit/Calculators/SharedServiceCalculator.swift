public import WorkbenchCore

/// Shared management and back office between boroughs, calibrated on Bexley and Bromley: 71 posts became 36 [S16]
/// and the boroughs report about £400k and £370k a year [S14]. Driven by each borough's back-office posts, or failing
/// that its library budget with the Future Libraries Programme's 5–10% [S20]. See `SharedServiceCosting`.
public struct SharedServiceCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `shared-service` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "shared-service", title: "Shared management and back office",
        summary: "Merges management and back-office posts with a partner: posts × share removed × saving per post.",
        parameters: [
            CalculatorParameters.figure(.backOfficePosts, label: "Management and back-office posts", unit: .count),
            CalculatorParameter(
                .postReduction, label: "Share of the combined back-office posts the merger removes", unit: .fraction,
                defaultValue: CalculatorEvidence.postReduction, valid: 0...1),
            CalculatorParameter(
                .costPerPost, label: "Saving per post removed (£ a year); range from £19k (Bromley Staff Side's £340k [S36]) to £31.25k (a Bromley FTE [S36])", unit: .poundsEach,
                defaultValue: CalculatorEvidence.savingPerPost,
                range: CalculatorEvidence.savingPerPostLow.value...CalculatorEvidence.costPerFTE.value, valid: 1_000...200_000),
            CalculatorParameter(
                .onCostRate, label: "On-costs added to the cost per post", unit: .fraction,
                defaultValue: CalculatorEvidence.onCostRate, valid: 0...1),
            CalculatorParameters.figure(.libraryBudget, label: "Library budget, used when posts are not known (passing it uses the 5–10% rule instead of posts)", unit: .pounds),
            CalculatorParameter(
                .budgetSavingShare, label: "Share of the budget saved when only the budget is known", unit: .fraction,
                defaultValue: Sourced(0.075, .derived("S20", method: "midpoint of the 5–10% the FLP gives for back-room mergers")),
                range: CalculatorEvidence.backOfficeBudgetShare.low...CalculatorEvidence.backOfficeBudgetShare.high, valid: 0...1),
            StandardParameters.transitionCostShare,
        ] + StandardParameters.timing(rampUp: CalculatorEvidence.mergerRampUp))

    /// Costs the subject's shared back office.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        try SharedServiceCosting.schedule(Self.descriptor, scope: .backOffice, inputs: inputs, overrides: parameters)
    }
}
