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
                id: "branches", label: "Branches co-located", unit: .count, defaultValue: CalculatorEvidence.oneBranch,
                valid: 0...100),
            CalculatorParameter(
                id: "running-cost-per-library", label: "Running cost of a branch (£ a year); range Enfield £71k [S37] to Chalk Farm £130k [S25]", unit: .poundsEach,
                defaultValue: CalculatorEvidence.branchRunningCost,
                range: CalculatorEvidence.branchRunningCostLow.value...CalculatorEvidence.branchRunningCostHigh.value,
                valid: 0...2_000_000),
            CalculatorParameter(
                id: "premises-saving-share", label: "Share of a branch's running cost saved by sharing premises; range 10–25% (estimate)",
                unit: .fraction, defaultValue: CalculatorEvidence.coLocationPremisesShare,
                range: CalculatorEvidence.coLocationPremisesRange, valid: 0...1),
            CalculatorParameter(
                id: "fit-out-cost", label: "One-off fit-out per branch (£)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.repairBacklog, range: 200_000...250_000, valid: 0...20_000_000),
            CalculatorParameter(
                id: "capital-receipt", label: "Capital receipt per vacated building (£)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.capitalReceipt, valid: 0...50_000_000),
        ]
            + CalculatorParameters.timing(
                rampUp: Sourced(1, .estimate(method: "1 year: premises costs stop when the branch moves"))))

    /// Costs the subject's co-location.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let branches = calc.sourced("branches")
        let running = calc.sourced("running-cost-per-library")
        let share = calc.sourced("premises-saving-share")
        let fitOut = calc.sourced("fit-out-cost")
        let receipt = calc.sourced("capital-receipt")
        let name = SubjectFigures.unitName(inputs)
        let n = branches.value
        calc.builder.saving(
            "Premises shared: \(name)", full: n * running.value * share.value,
            uncertainty: calc.uncertainty("premises-saving-share"),
            SubjectFigures.combine(
                [branches.provenance, running.provenance, share.provenance],
                method: "\(MoneyFormat.grouped(n)) branches × \(MoneyFormat.compact(running.value)) × \(Rate(fraction: share.value))"))
        calc.builder.oneOff(
            "Fit-out: \(name)", amount: n * fitOut.value, uncertainty: calc.uncertainty("fit-out-cost"),
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
