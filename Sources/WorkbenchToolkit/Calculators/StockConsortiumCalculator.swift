public import WorkbenchCore

/// Joining a stock procurement consortium (as the London Libraries Consortium [S8][S9][S10]): each borough's stock
/// spend × the procurement saving (7–20% [S49][S50]), less a one-off joining cost.
///
/// Stock spend is the profile's `stock-spend` figure, or `--stock-spend`, or failing both the library budget × the
/// stock share of a budget (Brent 2010/11: 10.0% [S77]).
public struct StockConsortiumCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `stock-consortium` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "stock-consortium", title: "Stock procurement consortium",
        summary: "Buys stock jointly: stock spend × procurement saving, less a joining cost.",
        parameters: [
            CalculatorParameters.figure(.stockSpend, label: "Annual stock spend", unit: .pounds),
            CalculatorParameters.figure(.libraryBudget, label: "Library budget, used when stock spend is not known", unit: .pounds),
            CalculatorParameter(
                .stockShareOfBudget, label: "Stock as a share of the budget, used with the budget", unit: .fraction,
                defaultValue: CalculatorEvidence.stockShareOfBudget, valid: 0...1),
            CalculatorParameter(
                .procurementSaving, label: "Share of stock spend saved by buying jointly; range £7m–£20m of £100m [S49][S50]", unit: .fraction,
                defaultValue: CalculatorEvidence.procurementSaving,
                range: CalculatorEvidence.procurementSavingLow.value...CalculatorEvidence.procurementSavingHigh.value,
                valid: 0...0.5),
            CalculatorParameter(
                .joiningCost, label: "One-off cost of joining, per borough", unit: .pounds,
                defaultValue: CalculatorEvidence.joiningCost,
                range: (CalculatorEvidence.joiningCost.value / 2)...(CalculatorEvidence.joiningCost.value * 2),
                valid: 0...10_000_000),
        ]
            + StandardParameters.timing(
                rampUp: Sourced(
                    2,
                    .estimate(
                        "S10",
                        method: "2 years: existing supply contracts run out first (Merton went live with the stock "
                            + "element in May 2011 [S10])"))))

    /// Costs the subject's consortium membership.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let saving = try calc.sourced(.procurementSaving)
        let joining = try calc.sourced(.joiningCost)
        let share = try calc.sourced(.stockShareOfBudget)
        var units: [CostingUnit] = []
        if let given = try calc.parameters.override(.stockSpend) {
            units = [CostingUnit(name: SubjectFigures.unitName(inputs), value: given, provenance: try calc.sourced(.stockSpend).provenance)]
        } else if let budget = try calc.parameters.override(.libraryBudget) {
            units = [CostingUnit(
                name: SubjectFigures.unitName(inputs), value: budget * share.value,
                provenance: SubjectFigures.combine(
                    [try calc.sourced(.libraryBudget).provenance, share.provenance],
                    method: "\(MoneyFormat.compact(budget)) budget × \(Rate(fraction: share.value)) stock share"))]
        } else {
            for profile in inputs.profiles {
                if let stock = SubjectFigures.figure(.stockSpend, in: profile) {
                    units.append(stock)
                } else if let budget = SubjectFigures.figure(.libraryBudget, in: profile) {
                    units.append(CostingUnit(
                        name: profile.name, value: budget.value * share.value,
                        provenance: SubjectFigures.combine(
                            [budget.provenance, share.provenance],
                            method: "\(MoneyFormat.compact(budget.value)) budget × \(Rate(fraction: share.value)) stock share")))
                } else {
                    throw WorkbenchError(
                        .missingFigure,
                        "\(profile.name)'s profile has no `stock-spend` figure (annual stock spend) and no "
                            + "`library-budget` figure, one of which the 'stock-consortium' calculator needs.",
                        hint: "Add a `stock-spend` figure to the borough's profile, or pass --stock-spend "
                            + "(or --library-budget to use the 10% stock share [S77]).",
                        module: "toolkit", location: .init(field: "stock-spend", argument: "--stock-spend"))
                }
            }
        }
        for unit in units {
            calc.builder.saving(
                "Joint stock procurement: \(unit.name)", full: unit.value * saving.value,
                uncertainty: try calc.uncertainty(.procurementSaving),
                SubjectFigures.combine(
                    [unit.provenance, saving.provenance],
                    method: "\(MoneyFormat.compact(unit.value)) stock spend × \(Rate(fraction: saving.value))"))
        }
        for unit in units {
            calc.builder.oneOff(
                "Joining the consortium: \(unit.name)", amount: joining.value, uncertainty: try calc.uncertainty(.joiningCost),
                joining.provenance)
        }
        calc.notes.append(
            "Havering, the consortium's lead, saved about £100k a year and cut the cost of adding a book to stock "
                + "more than eightfold [S8].")
        return calc.schedule(
            title: "Stock procurement consortium", category: .equipmentDevelopment,
            categoryReason: "shared catalogue and library-management systems, an IT roll-out")
    }
}
