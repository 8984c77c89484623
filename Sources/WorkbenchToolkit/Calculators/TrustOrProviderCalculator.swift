public import WorkbenchCore

/// Transferring the service to a trust or other provider: business-rate relief (80% for a non-profit trust [S15]),
/// the provider's efficiency on the budget, less client-side costs and the cost of letting (and re-letting at the
/// end of each term [S41][S42]) the contract.
///
/// With budget B: rate relief B × rates share × relief and efficiency B × efficiency a year; client team
/// B × client share a year; procurement B × procurement share once in the start year and again at the start of each
/// later contract term within the horizon.
public struct TrustOrProviderCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `trust-or-provider` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "trust-or-provider", title: "Trust or other provider",
        summary: "Lets the service to a trust or provider: rate relief and efficiency less client and procurement costs.",
        parameters: [
            CalculatorParameters.figure(.libraryBudget, label: "Library budget (£ a year)", unit: .pounds),
            CalculatorParameter(
                .ratesShare, label: "Business rates as a share of the budget", unit: .fraction,
                defaultValue: CalculatorEvidence.ratesShare, range: 0.025...0.075, valid: 0...0.5),
            CalculatorParameter(
                .rateRelief, label: "Rate relief (80% for a non-profit trust, 0 for a private provider)",
                unit: .fraction, defaultValue: CalculatorEvidence.rateRelief, valid: 0...1),
            CalculatorParameter(
                .contractEfficiency, label: "Provider's efficiency as a share of the budget", unit: .fraction,
                defaultValue: CalculatorEvidence.contractEfficiency, range: 0...0.10, valid: 0...0.5),
            CalculatorParameter(
                .clientCostShare, label: "Client-side contract management as a share of the budget",
                unit: .fraction, defaultValue: CalculatorEvidence.clientCostShare, range: 0.01...0.04, valid: 0...0.5),
            CalculatorParameter(
                .procurementCostShare, label: "Cost of letting the contract as a share of a year's budget",
                unit: .fraction, defaultValue: CalculatorEvidence.procurementCostShare, range: 0.025...0.10, valid: 0...1),
            CalculatorParameter(
                .contractYears, label: "Contract term (years)", unit: .years,
                defaultValue: CalculatorEvidence.contractYears, valid: 1...30),
        ]
            + StandardParameters.timing(
                rampUp: Sourced(1, .estimate(method: "1 year: the contract's terms apply from its first day"))))

    /// Costs the subject's transfer.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let units = try SubjectFigures.units(
            .libraryBudget, what: "the library service's annual budget", inputs: inputs, parameters: calc.parameters)
        let rates = try calc.sourced(.ratesShare)
        let relief = try calc.sourced(.rateRelief)
        let efficiency = try calc.sourced(.contractEfficiency)
        let client = try calc.sourced(.clientCostShare)
        let procurement = try calc.sourced(.procurementCostShare)
        let term = Int(try calc.value(.contractYears))
        let start = calc.builder.start
        let lettings = stride(from: start, through: calc.builder.horizon, by: term).map { $0 }
        for unit in units {
            let budget = unit.value
            let b = MoneyFormat.compact(budget)
            calc.builder.saving(
                "Business-rate relief: \(unit.name)", full: budget * rates.value * relief.value,
                uncertainty: try calc.uncertainty(.ratesShare),
                SubjectFigures.combine(
                    [unit.provenance, rates.provenance, relief.provenance],
                    method: "\(b) × \(Rate(fraction: rates.value)) rates × \(Rate(fraction: relief.value)) relief"))
            calc.builder.saving(
                "Provider efficiency: \(unit.name)", full: budget * efficiency.value,
                uncertainty: try calc.uncertainty(.contractEfficiency),
                SubjectFigures.combine([unit.provenance, efficiency.provenance], method: "\(b) × \(Rate(fraction: efficiency.value))"))
            calc.builder.recurringCost(
                "Client team: \(unit.name)", annual: budget * client.value, uncertainty: try calc.uncertainty(.clientCostShare),
                SubjectFigures.combine([unit.provenance, client.provenance], method: "\(b) × \(Rate(fraction: client.value))"))
            for (index, year) in lettings.enumerated() {
                calc.builder.oneOff(
                    (index == 0 ? "Letting the contract: " : "Re-letting the contract: ") + unit.name,
                    amount: budget * procurement.value, year: year, uncertainty: try calc.uncertainty(.procurementCostShare),
                    SubjectFigures.combine(
                        [unit.provenance, procurement.provenance], method: "\(b) × \(Rate(fraction: procurement.value))"))
            }
            if let note = SubjectFigures.budgetPeriodNote(name: unit.name, unit.provenance) { calc.notes.append(note) }
        }
        calc.notes.append(
            "Contract term \(term) years (Hounslow let 15 years from 2008 [S41]; Ealing and Harrow 5 years [S42]); "
                + "a private provider gets no rate relief: pass --rate-relief 0.")
        return calc.schedule(
            title: "Trust or other provider", category: .outsourcing,
            categoryReason: "outsourcing to a trust or provider, uplift on operating costs")
    }
}
