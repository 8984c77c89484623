import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `npv <rate> <flows>… [--declining]`: the net present value of a flow list, year 0 undiscounted.
struct NPVCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "npv", abstract: "Net present value of a list of flows at a discount rate.",
        discussion: """
            Flows start at year 0, which is never discounted; year t is discounted by 1/(1+r)^t [S80]. With --declining,
            years after 30 follow the Green Book's declining schedule for the rate, chained year by year: from 3.5%, 3.0%
            to 75, 2.5% to 125, 2.0% to 200, 1.5% to 300, then 1.0% [S53]; from 1.5% (health and life values), 1.29%,
            1.07%, 0.86%, 0.64%, then 0.43% [S53b]; from any other rate, the 3.5% schedule scaled by rate/3.5%. Rates
            as 3.5% or 0.035; amounts as 36000, 36,000, £36,000, 36k or 1.2m; an amount followed by x<n> repeats it n
            times; negative amounts are costs.
            """,
        category: "Appraisal",
        arguments: [
            ArgumentSpec("rate", "the discount rate, such as 3.5% or 0.035"),
            ArgumentSpec("flows", "amounts from year 0, such as -180000 36000x10", arity: .oneOrMore),
        ],
        options: [CalculatorArguments.decliningFlag.spec],
        examples: ["npv 3.5% -180000 36000x10", "npv 0.035 -600000 167000x10 --declining"])

    let schedule: DiscountSchedule
    let flows: [Double]

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let rate = try CalculatorArguments.rate(invocation.arguments[0])
        schedule = DiscountSchedule(rate: rate, declining: invocation.flag(CalculatorArguments.decliningFlag))
        flows = try CalculatorArguments.flows(Array(invocation.arguments.dropFirst()))
    }

    func run(in context: CommandContext) throws -> Reply {
        let values = NetPresentValue.presentValues(of: flows, schedule: schedule)
        let factors = schedule.factors(through: flows.count - 1)
        let cumulative = NetPresentValue.cumulative(values)
        let npv = cumulative.last ?? 0
        guard npv.isFinite else {
            throw WorkbenchError(
                .numeric, "The NPV of these flows is \(npv), not a finite number: the amounts are too large to add up.",
                hint: "Give amounts in pounds of a sensible size.", location: .init(field: "<flows>", argument: "<flows>"))
        }
        var table = ReportTable(
            columns: [
                ReportColumn("year", "Year"), ReportColumn("flow", "Flow", unit: "£"),
                ReportColumn("factor", "Factor"), ReportColumn("present_value", "Present value", unit: "£"),
                ReportColumn("cumulative", "Cumulative PV", unit: "£"),
            ])
        for year in flows.indices {
            table.append([
                .integer(year), .number(flows[year], decimals: 0), .number(factors[year], decimals: 4),
                .number(values[year], decimals: 0), .number(cumulative[year], decimals: 0),
            ])
        }
        let last = flows.count - 1
        return Reply(
            blocks: [
                .text("NPV \(MoneyFormat.whole(npv)) at \(schedule.rate) over years 0–\(last)"),
                .table(table),
                .note("Discounting: \(schedule.summary(through: last))."),
            ],
            data: [
                ("npv", .number(npv)), ("rate", .number(schedule.rate.fraction)), ("declining", .bool(schedule.declining)),
                ("flows", .array(flows.map(JSONValue.number))),
            ])
    }
}
