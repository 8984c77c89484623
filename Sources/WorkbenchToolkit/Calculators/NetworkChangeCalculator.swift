public import WorkbenchCore

/// Opening-hours and network changes: cutting weekly opening hours saves the staffing share of the budget in
/// proportion [S3][S36]; closing branches saves their running cost [S34] and avoids their repair backlogs [S32],
/// less one-off redundancy.
///
/// With budget B: hours B × staff share × hours reduction a year; closures n × running cost a year; backlog avoided
/// n × backlog once; redundancy transition share × the full-year saving once.
public struct NetworkChangeCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `network-change` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "network-change", title: "Opening hours and network changes",
        summary: "Cuts opening hours and closes branches: staffing and running costs saved.",
        parameters: [
            CalculatorParameters.figure(.libraryBudget, label: "Library budget (£ a year), needed for an hours cut", unit: .pounds),
            CalculatorParameter(
                .hoursReduction, label: "Cut in total weekly opening hours", unit: .fraction,
                defaultValue: CalculatorEvidence.hoursReduction, valid: 0...1),
            CalculatorParameter(
                .staffShare, label: "Staffing as a share of the budget; range Brent's 45.7% [S77] to 60% (estimate)", unit: .fraction,
                defaultValue: CalculatorEvidence.staffShare,
                range: CalculatorEvidence.staffShareLow.value...0.60, valid: 0...1),
            CalculatorParameter(
                .branchesClosed, label: "Branches closed", unit: .count,
                defaultValue: Sourced(0, .estimate(method: "none unless given")), valid: 0...100),
            StandardParameters.runningCostPerLibrary,
            CalculatorParameter(
                .repairBacklog, label: "Repair backlog avoided per closed branch (£)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.repairBacklog, range: 200_000...250_000, valid: 0...20_000_000),
            StandardParameters.transitionCostShare,
        ]
            + StandardParameters.timing(
                rampUp: Sourced(1, .estimate(method: "1 year: new hours and closures take effect on a set date"))))

    /// Costs the subject's hours and network changes.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let reduction = try calc.sourced(.hoursReduction)
        let staff = try calc.sourced(.staffShare)
        let closed = try calc.sourced(.branchesClosed)
        let running = try calc.sourced(.runningCostPerLibrary)
        let backlog = try calc.sourced(.repairBacklog)
        let transition = try calc.sourced(.transitionCostShare)
        var fullYear = 0.0
        if reduction.value > 0 {
            let units = try SubjectFigures.units(
                .libraryBudget, what: "the library service's annual budget", inputs: inputs, parameters: calc.parameters)
            for unit in units {
                let amount = unit.value * staff.value * reduction.value
                fullYear += amount
                calc.builder.saving(
                    "Shorter opening hours: \(unit.name)", full: amount, uncertainty: try calc.uncertainty(.staffShare),
                    SubjectFigures.combine(
                        [unit.provenance, staff.provenance, reduction.provenance],
                        method: "\(MoneyFormat.compact(unit.value)) × \(Rate(fraction: staff.value)) staffing × "
                            + "\(Rate(fraction: reduction.value)) fewer hours"))
            }
        }
        let name = SubjectFigures.unitName(inputs)
        if closed.value > 0 {
            let n = closed.value
            fullYear += n * running.value
            calc.builder.saving(
                "Branches closed: \(name)", full: n * running.value, uncertainty: try calc.uncertainty(.runningCostPerLibrary),
                SubjectFigures.combine(
                    [closed.provenance, running.provenance],
                    method: "\(MoneyFormat.grouped(n)) branches × \(MoneyFormat.compact(running.value))"))
            calc.builder.oneOff(
                "Repair backlog avoided: \(name)", amount: n * backlog.value, kind: .saving,
                uncertainty: try calc.uncertainty(.repairBacklog),
                SubjectFigures.combine(
                    [closed.provenance, backlog.provenance],
                    method: "\(MoneyFormat.grouped(n)) buildings × \(MoneyFormat.compact(backlog.value))"))
        }
        if fullYear > 0 {
            try calc.redundancy(name, fullYear: fullYear, transition: transition)
        } else {
            calc.notes.append("No change given: pass --hours-reduction or --branches-closed.")
        }
        calc.notes.append(
            "Bromley cut its weekly hours from 605 to 527.5 [S36]; Merton cut 4 hours a week at two libraries instead "
                + "of closing West Barnes [S35].")
        return calc.schedule(
            title: "Opening hours and network changes", category: nil,
            categoryReason: "no capital works, systems or outsourced spending")
    }
}
