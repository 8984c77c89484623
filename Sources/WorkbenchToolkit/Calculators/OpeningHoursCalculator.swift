public import WorkbenchCore

/// Opening-hours changes costed from the bottom up: each weekly opening hour cut saves the staff on duty in that hour
/// [S36], less one-off redundancy. Unlike `network-change`, which scales the staffing budget by the share of hours
/// cut, it needs no budget figure.
///
/// Hours cut h a week × weeks open w × staff on duty s × cost per staff hour c a year; redundancy transition share ×
/// that once. The access test (the statutory duty of a comprehensive and efficient service) is a stated criterion
/// the analyst checks, not an automatic exclusion.
public struct OpeningHoursCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `opening-hours` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "opening-hours", title: "Opening hours",
        summary: "Cuts weekly opening hours: the staff hours on duty saved, less redundancy.",
        parameters: [
            CalculatorParameter(
                .weeklyHoursCut, label: "Opening hours cut a week, all branches together; default Merton's 2 × 4 hours [S35]",
                unit: .hours, defaultValue: CalculatorEvidence.weeklyHoursCut, valid: 0...2_000),
            StandardParameters.openWeeks,
            CalculatorParameter(
                .staffPerOpenHour, label: "Staff on duty while open; range 2–4 (estimate)", unit: .count,
                defaultValue: CalculatorEvidence.staffPerOpenHour, range: 2...4, valid: 0...20),
            StandardParameters.costPerStaffHour,
            StandardParameters.transitionCostShare,
        ]
            + StandardParameters.timing(
                rampUp: Sourced(1, .estimate(method: "1 year: new hours take effect on a set date"))))

    /// Costs the subject's cut in opening hours.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let hours = try calc.sourced(.weeklyHoursCut)
        let weeks = try calc.sourced(.openWeeks)
        let staff = try calc.sourced(.staffPerOpenHour)
        let cost = try calc.sourced(.costPerStaffHour)
        let transition = try calc.sourced(.transitionCostShare)
        let name = SubjectFigures.unitName(inputs)
        let fullYear = hours.value * weeks.value * staff.value * cost.value
        calc.builder.saving(
            "Staff hours saved: \(name)", full: fullYear, uncertainty: try calc.uncertainty(.staffPerOpenHour),
            SubjectFigures.combine(
                [hours.provenance, weeks.provenance, staff.provenance, cost.provenance],
                method: "\(MoneyFormat.fixed(hours.value, decimals: 1)) hours a week × \(MoneyFormat.grouped(weeks.value)) "
                    + "weeks × \(MoneyFormat.fixed(staff.value, decimals: 1)) staff × £\(MoneyFormat.fixed(cost.value, decimals: 2))"))
        try calc.redundancy(name, fullYear: fullYear, transition: transition)
        calc.notes.append(
            "Access test (a stated criterion, checked by the analyst): the hours left must still give a comprehensive "
                + "and efficient service; 99% of Londoners lived within a mile of a library [S4]. Bromley cut its weekly "
                + "hours from 605 to 527.5 [S36]; Merton cut 4 hours a week at two libraries instead of closing West "
                + "Barnes [S35].")
        calc.notes.append(
            "For scale: Bromley's 8 FTE came to £250k [S36]; over its 77.5-hour cut that would be £62 an opening "
                + "hour, if the two were linked (not verified).")
        return calc.schedule(
            title: "Opening hours", category: nil,
            categoryReason: "no capital works, systems or outsourced spending: a rota change")
    }
}
