public import WorkbenchCore

/// The book fund: a cut in the annual stock spend [S28], saved in full from the year it applies.
///
/// Stock spend S × cut a year. No one-off cost.
public struct BookFundCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `book-fund` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "book-fund", title: "Book fund",
        summary: "Reduces the annual stock spend: the cut saved each year.",
        parameters: [
            CalculatorParameters.figure(.stockSpend, label: "Annual stock spend (£)", unit: .pounds),
            CalculatorParameter(
                .bookFundCut, label: "Cut in the stock spend; range 5–25% (estimate)", unit: .fraction,
                defaultValue: CalculatorEvidence.bookFundCut, range: 0.05...0.25, valid: 0...1),
        ]
            + StandardParameters.timing(
                rampUp: Sourced(1, .estimate(method: "1 year: a budget line is cut from the start of a year"))))

    /// Costs the subject's cut in the book fund.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let cut = try calc.sourced(.bookFundCut)
        let units = try SubjectFigures.units(
            .stockSpend, what: "the annual stock spend", inputs: inputs, parameters: calc.parameters)
        for unit in units {
            calc.builder.saving(
                "Stock spend reduced: \(unit.name)", full: unit.value * cut.value,
                uncertainty: try calc.uncertainty(.bookFundCut),
                SubjectFigures.combine(
                    [unit.provenance, cut.provenance],
                    method: "\(MoneyFormat.compact(unit.value)) stock spend × \(Rate(fraction: cut.value))"))
        }
        calc.notes.append(
            "A smaller fund buys fewer items: with a consortium discount (stock-consortium) the discount applies to "
                + "what is left, so the two savings do not simply add. Camden spent £652,000 on stock in 2007/08, "
                + "£421,000 of it on books [S28].")
        return calc.schedule(
            title: "Book fund", category: nil, categoryReason: "a budget reduction: no capital, systems or contract")
    }
}
