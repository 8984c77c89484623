public import WorkbenchCore

/// Digital services: part of the stock fund moves from print to e-book and e-audio licences. The fund is the same;
/// what is saved is the handling each print item needs and an e-loan does not [S47], less the e-lending platform's
/// fee.
///
/// Stock spend S × shift ÷ price per item = print items not bought; × price × handling share a year saved; platform
/// fee a year from the start.
public struct DigitalLendingCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `digital-lending` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "digital-lending", title: "Digital services (e-lending against print)",
        summary: "Moves part of the stock fund to e-lending: print handling saved, less the platform fee.",
        parameters: [
            CalculatorParameters.figure(.stockSpend, label: "Annual stock spend (£)", unit: .pounds),
            CalculatorParameter(
                .digitalShift, label: "Share of the stock spend moved to e-lending; range 5–20% (estimate)",
                unit: .fraction, defaultValue: CalculatorEvidence.digitalShift, range: 0.05...0.20, valid: 0...1),
            CalculatorParameter(
                .printItemPrice, label: "Average price of a print item (£)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.printItemPrice, valid: 0.01...1_000),
            CalculatorParameter(
                .printHandlingShare,
                label: "Handling per print item as a share of its price; MLA's 40% [S47], range 20–40%", unit: .fraction,
                defaultValue: CalculatorEvidence.printHandlingShare, range: 0.20...0.40, valid: 0...5),
            CalculatorParameter(
                .platformFee, label: "E-lending platform fee (£ a year); range £4,000–£15,000 (estimate)", unit: .pounds,
                defaultValue: CalculatorEvidence.platformFee, range: 4_000...15_000, valid: 0...1_000_000),
        ]
            + StandardParameters.timing(
                rampUp: Sourced(2, .estimate(method: "2 years: the collection and its borrowers grow after launch"))))

    /// Costs the subject's move to e-lending.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let shift = try calc.sourced(.digitalShift)
        let price = try calc.sourced(.printItemPrice)
        let handling = try calc.sourced(.printHandlingShare)
        let fee = try calc.sourced(.platformFee)
        let units = try SubjectFigures.units(
            .stockSpend, what: "the annual stock spend", inputs: inputs, parameters: calc.parameters)
        for unit in units {
            let items = unit.value * shift.value / price.value
            calc.builder.saving(
                "Print handling avoided: \(unit.name)", full: items * price.value * handling.value,
                uncertainty: try calc.uncertainty(.digitalShift),
                SubjectFigures.combine(
                    [unit.provenance, shift.provenance, price.provenance, handling.provenance],
                    method: "\(MoneyFormat.compact(unit.value)) × \(Rate(fraction: shift.value)) ÷ "
                        + "\(MoneyFormat.whole(price.value)) = \(MoneyFormat.grouped(items.rounded())) items × "
                        + "\(MoneyFormat.whole(price.value)) × \(Rate(fraction: handling.value)) handling"))
        }
        let name = SubjectFigures.unitName(inputs)
        calc.builder.recurringCost(
            "E-lending platform: \(name)", annual: fee.value, uncertainty: try calc.uncertainty(.platformFee),
            fee.provenance)
        calc.notes.append(
            "The stock fund is unchanged: the same money buys licences instead of print, so a cut in the fund is "
                + "book-fund's saving, not this one. E-book licences often cost more per title than print, which "
                + "--print-handling-share can net off; no London e-lending figures were found.")
        return calc.schedule(
            title: "Digital services (e-lending against print)", category: nil,
            categoryReason: "a subscription to an off-the-shelf platform: no capital works or development")
    }
}
