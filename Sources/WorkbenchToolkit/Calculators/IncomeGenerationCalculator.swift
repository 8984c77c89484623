public import WorkbenchCore

/// Income generation: room hire and events in every library, and café concessions, net of their costs; the café
/// fit-out is the one-off cost. No published London figures were found, so every default is a stated estimate.
///
/// For L libraries: room hire L × hours a week × net rate × weeks; events L × net income; cafés c × concession, all a
/// year and ramping up as bookings build; café fit-out c × fit-out once.
public struct IncomeGenerationCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `income-generation` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "income-generation", title: "Income generation",
        summary: "Room hire, events and café concessions: net income, less the café fit-out.",
        parameters: [
            CalculatorParameters.libraries,
            CalculatorParameter(
                .roomHireHours, label: "Room hire hours a week per library; range 2–12 (estimate)", unit: .hours,
                defaultValue: CalculatorEvidence.roomHireHours, range: 2...12, valid: 0...100),
            CalculatorParameter(
                .roomHireRate, label: "Net income per hour of room hire (£); range £8–£25 (estimate)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.roomHireRate, range: 8...25, valid: 0...1_000),
            StandardParameters.openWeeks,
            CalculatorParameter(
                .eventsIncome, label: "Net income from events per library (£ a year); range £0–£3,000 (estimate)",
                unit: .poundsEach, defaultValue: CalculatorEvidence.eventsIncome, range: 0...3_000, valid: 0...100_000),
            CalculatorParameter(
                .cafes, label: "Cafés or concessions opened", unit: .count, defaultValue: CalculatorEvidence.cafes,
                valid: 0...100),
            CalculatorParameter(
                .cafeConcession, label: "Concession fee per café (£ a year); range £2,000–£12,000 (estimate)",
                unit: .poundsEach, defaultValue: CalculatorEvidence.cafeConcession, range: 2_000...12_000,
                valid: 0...200_000),
            CalculatorParameter(
                .cafeFitOut, label: "Fit-out per café (£); range £5,000–£40,000 (estimate)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.cafeFitOut, range: 5_000...40_000, valid: 0...1_000_000),
        ]
            + StandardParameters.timing(
                rampUp: Sourced(2, .estimate(method: "2 years: bookings and takings build up after launch"))))

    /// Costs the subject's new income.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let units = try SubjectFigures.libraries(inputs: inputs, parameters: calc.parameters)
        let hours = try calc.sourced(.roomHireHours)
        let rate = try calc.sourced(.roomHireRate)
        let weeks = try calc.sourced(.openWeeks)
        let events = try calc.sourced(.eventsIncome)
        let cafes = try calc.sourced(.cafes)
        let concession = try calc.sourced(.cafeConcession)
        let fitOut = try calc.sourced(.cafeFitOut)
        for unit in units {
            let count = MoneyFormat.grouped(unit.value)
            calc.builder.saving(
                "Income, room hire: \(unit.name)", full: unit.value * hours.value * rate.value * weeks.value,
                uncertainty: try calc.uncertainty(.roomHireRate),
                SubjectFigures.combine(
                    [unit.provenance, hours.provenance, rate.provenance, weeks.provenance],
                    method: "\(count) libraries × \(MoneyFormat.fixed(hours.value, decimals: 1)) hours × "
                        + "\(MoneyFormat.whole(rate.value)) × \(MoneyFormat.grouped(weeks.value)) weeks"))
            calc.builder.saving(
                "Income, events: \(unit.name)", full: unit.value * events.value,
                uncertainty: try calc.uncertainty(.eventsIncome),
                SubjectFigures.combine(
                    [unit.provenance, events.provenance],
                    method: "\(count) libraries × \(MoneyFormat.whole(events.value)) a year"))
        }
        let name = SubjectFigures.unitName(inputs)
        if cafes.value > 0 {
            let count = MoneyFormat.grouped(cafes.value)
            calc.builder.saving(
                "Income, café concessions: \(name)", full: cafes.value * concession.value,
                uncertainty: try calc.uncertainty(.cafeConcession),
                SubjectFigures.combine(
                    [cafes.provenance, concession.provenance],
                    method: "\(count) cafés × \(MoneyFormat.whole(concession.value)) a year"))
            calc.builder.oneOff(
                "Café fit-out: \(name)", amount: cafes.value * fitOut.value, uncertainty: try calc.uncertainty(.cafeFitOut),
                SubjectFigures.combine(
                    [cafes.provenance, fitOut.provenance],
                    method: "\(count) cafés × \(MoneyFormat.whole(fitOut.value))"))
        }
        calc.notes.append(
            "Every default is an estimate: no London figures for room hire, events or cafés were found. CIPFA's "
                + "returns record income [S65]; Camden raised its charges in 2012 [S24]. Income counts here as a saving "
                + "to the council.")
        return calc.schedule(
            title: "Income generation", category: .standardBuildings,
            categoryReason: "a café fit-out in an existing library is standard building work",
            basis: "judged against Table 2's rows [S55]")
    }
}
