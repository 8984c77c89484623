import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `savings <calculator> <subject> [--<parameter> <value>]…`: a calculator's yearly cash-flow schedule.
struct SavingsCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "savings", abstract: "Show a savings calculator's yearly schedule for a borough or group.",
        discussion: "Year 0 is the workspace's price base year. Costs and savings are in pounds at that year's prices, "
            + "before optimism bias and discounting (see 'npv'). Each line shows its full-year amount, the range of "
            + "its uncertain input and its sources. Override any parameter listed by 'calculators <id>' with "
            + "--<parameter> <value>; fractions take 7.5% or 0.075.",
        category: "Options and savings",
        arguments: [
            ArgumentSpec("calculator", "a calculator id (see 'calculators')", completion: .calculator),
            ArgumentSpec("subject", "a borough id or a group such as bexley+bromley", completion: .subject),
        ],
        acceptsExtraOptions: true,
        examples: [
            "savings shared-service bexley+bromley", "savings rfid-self-service bromley --kiosk-cost 12000",
            "savings trust-or-provider camden --rate-relief 0",
        ])

    let calculator: any SavingsCalculator
    let inputs: SubjectInputs
    let values: ParameterValues

    init(parsing invocation: Invocation, context: CommandContext) throws {
        calculator = try Self.calculator(invocation.arguments[0], context: context)
        inputs = try context.subjectInputs(invocation.arguments[1])
        let descriptor = calculator.descriptor
        var values = ParameterValues()
        for (name, text) in invocation.extraOptions {
            guard let parameter = descriptor.parameters.first(where: { $0.id == name }) else {
                values[name] = 0
                try context.registry.checkParameters(values, for: calculator)
                continue
            }
            values[name] = try context.registry.parseParameter(text, for: parameter, of: calculator)
        }
        try context.registry.checkParameters(values, for: calculator)
        self.values = try context.parameters(for: calculator, subject: inputs.subject, overriding: values)
    }

    /// The registered calculator with an id, or an error with "Did you mean".
    static func calculator(_ text: String, context: CommandContext) throws -> any SavingsCalculator {
        if let id = CalculatorID(validating: text), let entry = context.registry.calculators[id] { return entry.calculator }
        let known = context.registry.calculators.keys.map(\.rawValue).sorted()
        throw WorkbenchError(
            .notFound, "Unknown calculator '\(text)'." + Suggestions.didYouMean(text, in: known),
            hint: "Calculators: \(known.joined(separator: ", ")). See 'calculators'.",
            location: .init(argument: "<calculator>"))
    }

    func run(in context: CommandContext) throws -> Reply {
        // The one costing path: the same schedule `appraise` and `simulate` use for this calculator and subject.
        let costing = try context.costing([calculator.descriptor.id], inputs: inputs, typed: [calculator.descriptor.id: values])
        let schedule = costing.schedules[0]
        var years = ReportTable(
            title: "\(schedule.title) (\(schedule.origin)), £ at \(schedule.baseYear) prices",
            columns: [
                ReportColumn("year", "Year"), ReportColumn("financial_year", "Financial year"),
                ReportColumn("one_off_costs", "One-off costs", unit: "£"),
                ReportColumn("recurring_costs", "Recurring costs", unit: "£"),
                ReportColumn("savings", "Savings", unit: "£"), ReportColumn("net", "Net", unit: "£"),
            ])
        let oneOff = schedule.totals(of: .oneOffCost)
        let recurring = schedule.totals(of: .recurringCost)
        let savings = schedule.totals(of: .saving)
        let net = schedule.netFlows
        for year in 0...schedule.horizon {
            years.append([
                .integer(year), .text(schedule.baseYear.advanced(by: year).description), .number(oneOff[year], decimals: 0),
                .number(recurring[year], decimals: 0), .number(savings[year], decimals: 0), .number(net[year], decimals: 0),
            ])
        }
        var lines = ReportTable(
            title: "Lines",
            columns: [
                ReportColumn("line", "Line"), ReportColumn("kind", "Kind"), ReportColumn("amount", "Largest year", unit: "£"),
                ReportColumn("input", "Uncertain input"), ReportColumn("low", "Low", unit: "£"),
                ReportColumn("high", "High", unit: "£"), ReportColumn("evidence", "Evidence"),
            ])
        var methods: [String] = []
        for line in schedule.lines {
            let amount = line.amounts.max() ?? 0
            lines.append([
                .text(line.label), .text(line.kind.rawValue), .money(amount), .text(line.uncertainty?.input ?? ""),
                line.uncertainty.map { .money(amount * $0.low) } ?? .missing,
                line.uncertainty.map { .money(amount * $0.high) } ?? .missing,
                .text(line.provenance.description),
            ])
            if let method = line.provenance.method { methods.append("\(line.label): \(method).") }
        }
        lines.notes = methods
        let range = SavingsRange(schedule)
        let data: [(String, JSONValue)] = [
            ("schedule", try JSONValue(encoding: schedule)),
            ("range", .object([
                ("low", .number(range.low)), ("most_likely", .number(range.mostLikely)), ("high", .number(range.high)),
            ])),
        ]
        return Reply(blocks: [.table(years), .table(lines)] + schedule.notes.map { .note($0) }, data: data)
    }
}
