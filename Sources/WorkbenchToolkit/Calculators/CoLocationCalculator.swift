public import WorkbenchCore

/// Co-locating libraries with other council services: each co-located branch saves the premises share of its
/// running cost, after a one-off fit-out; an optional capital receipt for the vacated building.
///
/// For n branches: saving n × running cost × premises share a year; fit-out n × fit-out cost and receipt
/// n × capital receipt, one-off in the start year.
public struct CoLocationCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `co-location` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "co-location", title: "Co-location with other council services",
        summary: "Moves branches into shared council buildings: premises savings after a fit-out.",
        parameters: [
            CalculatorParameter(
                .branches, label: "Branches co-located", unit: .count, defaultValue: CalculatorEvidence.oneBranch,
                valid: 0...100),
            StandardParameters.runningCostPerLibrary,
            CalculatorParameter(
                .premisesSavingShare, label: "Share of a branch's running cost saved by sharing premises; range 10–25% (estimate)",
                unit: .fraction, defaultValue: CalculatorEvidence.coLocationPremisesShare,
                range: CalculatorEvidence.coLocationPremisesRange, valid: 0...1),
            CalculatorParameter(
                .fitOutCost, label: "One-off fit-out per branch (£); proxy: a repair backlog (estimate)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.fitOutProxy, range: 200_000...250_000, valid: 0...20_000_000),
            CalculatorParameter(
                .capitalReceipt, label: "Capital receipt per vacated building (£)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.capitalReceipt, valid: 0...50_000_000),
        ]
            + StandardParameters.timing(
                rampUp: Sourced(1, .estimate(method: "1 year: premises costs stop when the branch moves"))))

    /// Costs the subject's co-location.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let branches = try calc.sourced(.branches)
        let running = try calc.sourced(.runningCostPerLibrary)
        let share = try calc.sourced(.premisesSavingShare)
        let fitOut = try calc.sourced(.fitOutCost)
        let receipt = try calc.sourced(.capitalReceipt)
        let name = SubjectFigures.unitName(inputs)
        let n = branches.value
        calc.builder.saving(
            "Premises shared: \(name)", full: n * running.value * share.value,
            uncertainty: try calc.uncertainty(.premisesSavingShare),
            SubjectFigures.combine(
                [branches.provenance, running.provenance, share.provenance],
                method: "\(MoneyFormat.grouped(n)) branches × \(MoneyFormat.compact(running.value)) × \(Rate(fraction: share.value))"))
        calc.builder.oneOff(
            "Fit-out: \(name)", amount: n * fitOut.value, uncertainty: try calc.uncertainty(.fitOutCost),
            SubjectFigures.combine(
                [branches.provenance, fitOut.provenance],
                method: "\(MoneyFormat.grouped(n)) branches × \(MoneyFormat.compact(fitOut.value)) (scale of Lewisham's repair backlogs)"))
        if receipt.value > 0 {
            calc.builder.oneOff(
                "Capital receipt: \(name)", amount: n * receipt.value, kind: .saving, uncertainty: nil,
                SubjectFigures.combine(
                    [branches.provenance, receipt.provenance],
                    method: "\(MoneyFormat.grouped(n)) buildings × \(MoneyFormat.compact(receipt.value))"))
        } else {
            calc.notes.append("No capital receipt counted; pass --capital-receipt per vacated building to fund the fit-out.")
        }
        return calc.schedule(
            title: "Co-location with council services", category: .standardBuildings,
            categoryReason: "a branch refurbishment or co-location fit-out")
    }
}
