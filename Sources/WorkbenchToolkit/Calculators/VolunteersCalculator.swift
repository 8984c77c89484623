public import WorkbenchCore

/// Volunteers working alongside paid staff: the share of volunteer hours that replace paid hours saves staff time
/// at the cost of a staff hour [S36], less a paid coordinator.
///
/// For L libraries: L × volunteer hours a week × substitution share × weeks × cost per staff hour a year, ramping up
/// as volunteers are recruited; coordinator hours a week × weeks × cost per staff hour a year from the start.
public struct VolunteersCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `volunteers` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "volunteers", title: "Volunteers",
        summary: "Volunteers take some paid hours: staff time saved, less a paid coordinator.",
        parameters: [
            CalculatorParameters.libraries,
            CalculatorParameter(
                .volunteerHoursPerLibrary, label: "Volunteer hours a week per library; range 5–20 (estimate)",
                unit: .hours, defaultValue: CalculatorEvidence.volunteerHoursPerLibrary, range: 5...20, valid: 0...500),
            CalculatorParameter(
                .volunteerSubstitution, label: "Share of volunteer hours that replace paid hours; range 25–75% (estimate)",
                unit: .fraction, defaultValue: CalculatorEvidence.volunteerSubstitution, range: 0.25...0.75, valid: 0...1),
            StandardParameters.costPerStaffHour,
            CalculatorParameter(
                .coordinatorHours, label: "Paid coordinator hours a week for the borough; range 9.25–37 (estimate)",
                unit: .hours, defaultValue: CalculatorEvidence.volunteerCoordinatorHours, range: 9.25...37, valid: 0...500),
            StandardParameters.openWeeks,
        ]
            + StandardParameters.timing(
                rampUp: Sourced(2, .estimate(method: "2 years: volunteers are recruited, checked and trained in turn"))))

    /// Costs the subject's use of volunteers.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let units = try SubjectFigures.libraries(inputs: inputs, parameters: calc.parameters)
        let hours = try calc.sourced(.volunteerHoursPerLibrary)
        let substitution = try calc.sourced(.volunteerSubstitution)
        let cost = try calc.sourced(.costPerStaffHour)
        let coordinator = try calc.sourced(.coordinatorHours)
        let weeks = try calc.sourced(.openWeeks)
        let rate = "£" + MoneyFormat.fixed(cost.value, decimals: 2)
        for unit in units {
            calc.builder.saving(
                "Paid hours replaced: \(unit.name)",
                full: unit.value * hours.value * substitution.value * weeks.value * cost.value,
                uncertainty: try calc.uncertainty(.volunteerSubstitution),
                SubjectFigures.combine(
                    [unit.provenance, hours.provenance, substitution.provenance, weeks.provenance, cost.provenance],
                    method: "\(MoneyFormat.grouped(unit.value)) libraries × \(MoneyFormat.fixed(hours.value, decimals: 1)) "
                        + "hours × \(Rate(fraction: substitution.value)) replacing paid hours × "
                        + "\(MoneyFormat.grouped(weeks.value)) weeks × \(rate)"))
        }
        let name = SubjectFigures.unitName(inputs)
        calc.builder.recurringCost(
            "Volunteer coordinator: \(name)", annual: coordinator.value * weeks.value * cost.value,
            uncertainty: try calc.uncertainty(.coordinatorHours),
            SubjectFigures.combine(
                [coordinator.provenance, weeks.provenance, cost.provenance],
                method: "\(MoneyFormat.fixed(coordinator.value, decimals: 2)) hours a week × "
                    + "\(MoneyFormat.grouped(weeks.value)) weeks × \(rate)"))
        calc.notes.append(
            "CIPFA's comparative profiles report volunteers beside paid staff [S64]; Lewisham's community libraries "
                + "mixed paid and volunteer staff [S33]. Volunteers running a whole branch are costed by community-managed.")
        return calc.schedule(
            title: "Volunteers", category: nil, categoryReason: "no capital works, systems or outsourced spending")
    }
}
