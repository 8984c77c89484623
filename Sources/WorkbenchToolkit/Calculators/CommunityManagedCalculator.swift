public import WorkbenchCore

/// Handing branches to community groups (Camden 2012 [S24]): each branch's running cost is saved, less a one-off
/// transition grant and residual council support a year [S79][S26].
///
/// For n branches: saving n × running cost a year; transition n × grant once in the start year; residual support
/// n × support a year from the start year.
public struct CommunityManagedCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `community-managed` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "community-managed", title: "Community-managed branches",
        summary: "Hands branches to community groups: running costs saved, less transition and residual support.",
        parameters: [
            CalculatorParameter(
                .branches, label: "Branches handed to community groups", unit: .count,
                defaultValue: CalculatorEvidence.oneBranch, valid: 0...100),
            StandardParameters.runningCostPerLibrary,
            CalculatorParameter(
                .transitionSupport, label: "One-off transition grant per branch (£)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.communityTransitionGrant, valid: 0...2_000_000),
            CalculatorParameter(
                .residualSupport, label: "Council support per branch (£ a year); range none (Camden from 2013 [S26]) to Camden's 30 staff hours at Highgate, taken as a week [S71][S36] (estimate)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.communityResidualSupport,
                range: 0...CalculatorEvidence.communityResidualSupportHigh.value, valid: 0...2_000_000),
        ]
            + StandardParameters.timing(
                rampUp: Sourced(
                    1, .estimate("S24", method: "1 year: Camden's three branches passed to community groups in April 2012 [S24]"))))

    /// Costs the subject's community-managed branches.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let branches = try calc.sourced(.branches)
        let running = try calc.sourced(.runningCostPerLibrary)
        let grant = try calc.sourced(.transitionSupport)
        let support = try calc.sourced(.residualSupport)
        let name = SubjectFigures.unitName(inputs)
        let n = branches.value
        let count = MoneyFormat.grouped(n)
        calc.builder.saving(
            "Branch running costs: \(name)", full: n * running.value,
            uncertainty: try calc.uncertainty(.runningCostPerLibrary),
            SubjectFigures.combine(
                [branches.provenance, running.provenance], method: "\(count) branches × \(MoneyFormat.compact(running.value))"))
        calc.builder.oneOff(
            "Transition support: \(name)", amount: n * grant.value, uncertainty: nil,
            SubjectFigures.combine([branches.provenance, grant.provenance], method: "\(count) branches × \(MoneyFormat.compact(grant.value))"))
        calc.builder.recurringCost(
            "Residual support: \(name)", annual: n * support.value, uncertainty: try calc.uncertainty(.residualSupport),
            SubjectFigures.combine(
                [branches.provenance, support.provenance], method: "\(count) branches × \(MoneyFormat.compact(support.value)) a year"))
        calc.notes.append(
            "Camden offered a year's transition funding and withdrew council funding completely by April 2013 [S26]; "
                + "Chalk Farm's users estimated about £130,000 a year to keep it open [S25].")
        return calc.schedule(
            title: "Community-managed branches", category: .outsourcing,
            categoryReason: "operations handed to another body, treated like outsourcing (uplift on recurring costs)")
    }
}
