public import WorkbenchCore

/// An in-house staffing restructure (fewer layers and posts, no partner): the staffing budget [S3] less the share
/// of posts removed [S36], less one-off redundancy.
///
/// With budget B: B × staff share × restructure share a year (the FTE equivalent at £31.25k each [S36] is shown);
/// redundancy transition share × that once.
public struct StaffingRestructureCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `staffing-restructure` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "staffing-restructure", title: "Staffing restructure in-house",
        summary: "Removes posts and management layers within the service: staffing saved, less redundancy.",
        parameters: [
            CalculatorParameters.figure(.libraryBudget, label: "Library budget (£ a year)", unit: .pounds),
            CalculatorParameter(
                .staffShare, label: "Staffing as a share of the budget; range Brent's 45.7% [S77] to 60% (estimate)", unit: .fraction,
                defaultValue: CalculatorEvidence.staffShare,
                range: CalculatorEvidence.staffShareLow.value...0.60, valid: 0...1),
            CalculatorParameter(
                .restructureShare,
                label: "Share of staffing removed; default Bromley's 8 of 111 FTE [S36], range half to double",
                unit: .fraction, defaultValue: CalculatorEvidence.restructureShare,
                range: (CalculatorEvidence.restructureShare.value / 2)...(CalculatorEvidence.restructureShare.value * 2),
                valid: 0...1),
            StandardParameters.transitionCostShare,
        ] + StandardParameters.timing(rampUp: CalculatorEvidence.restructureRampUp))

    /// Costs the subject's restructure.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let staff = try calc.sourced(.staffShare)
        let share = try calc.sourced(.restructureShare)
        let transition = try calc.sourced(.transitionCostShare)
        let units = try SubjectFigures.units(
            .libraryBudget, what: "the library service's annual budget", inputs: inputs, parameters: calc.parameters)
        var fullYear = 0.0
        // The £31.25k an FTE of 2014 [S36] in the price base's prices, as the savings are, for the FTE count shown.
        let perFTE = PriceDeflator.hmTreasuryGDP.restating(
            CalculatorEvidence.costPerFTE.value, CalculatorEvidence.costPerFTE.provenance,
            to: inputs.assumptions.priceBaseYear).value
        for unit in units {
            let amount = unit.value * staff.value * share.value
            fullYear += amount
            calc.builder.saving(
                "Posts removed: \(unit.name)", full: amount, uncertainty: try calc.uncertainty(.restructureShare),
                SubjectFigures.combine(
                    [unit.provenance, staff.provenance, share.provenance],
                    method: "\(MoneyFormat.compact(unit.value)) × \(Rate(fraction: staff.value)) staffing × "
                        + "\(Rate(fraction: share.value)) removed (about "
                        + "\(MoneyFormat.fixed(amount / perFTE, decimals: 1)) FTE at \(MoneyFormat.compact(perFTE)), "
                        + "the £31.25k of 2014 [S36] in \(inputs.assumptions.priceBaseYear) prices)"))
        }
        let name = SubjectFigures.unitName(inputs)
        try calc.redundancy(name, fullYear: fullYear, transition: transition)
        calc.notes.append(
            "Management layers ranged from 2 to 9 in London, 5 on average [S3]; a service already in a shared "
                + "structure (shared-service) has taken some of this saving, so do not add both in full.")
        return calc.schedule(
            title: "Staffing restructure in-house", category: nil,
            categoryReason: "an in-house restructure: no capital works, systems or outsourced spending; its delivery "
                + "risk is the ramp-up")
    }
}
