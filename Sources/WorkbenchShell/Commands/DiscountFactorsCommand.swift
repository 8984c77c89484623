import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `discount-factors <rate> <years> [--declining]`: the factor for each year, with the rate and cumulative factor.
struct DiscountFactorsCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "discount-factors", abstract: "Discount factors by year at a rate, optionally on the declining schedule.",
        discussion: """
            Factor(t) = 1/(1+r)^t [S80]; year 0 is 1. With --declining, years after 30 follow the Green Book's declining
            schedule for the rate, factors chained year by year, D(t) = D(t-1)/(1+r(t)): from 3.5%, 3.0% to 75, 2.5% to
            125, 2.0% to 200, 1.5% to 300, then 1.0% [S53]; from 1.5% (health and life values), 1.29%, 1.07%, 0.86%,
            0.64%, then 0.43% [S53b]; from any other rate, the 3.5% schedule scaled by rate/3.5%, and the reply says so.
            The cumulative factor is the present value of £1 a year in years 1…t.
            """,
        category: "Appraisal",
        arguments: [
            ArgumentSpec("rate", "the discount rate, such as 3.5% or 0.035"),
            ArgumentSpec("years", "years after year 0, from 1 to 300"),
        ],
        options: [CalculatorArguments.decliningFlag.spec],
        examples: ["discount-factors 3.5% 10", "discount-factors 3.5% 40 --declining", "discount-factors 1.5% 80 --declining"])

    let schedule: DiscountSchedule
    let years: Int

    init(parsing invocation: Invocation, context: CommandContext) throws {
        schedule = DiscountSchedule(
            rate: try CalculatorArguments.rate(invocation.arguments[0]), declining: invocation.flag(CalculatorArguments.decliningFlag))
        years = try CalculatorArguments.years(invocation.arguments[1])
    }

    func run(in context: CommandContext) throws -> Reply {
        let factors = schedule.factors(through: years)
        var table = ReportTable(
            columns: [
                ReportColumn("year", "Year"), ReportColumn("rate", "Rate"), ReportColumn("factor", "Factor"),
                ReportColumn("cumulative", "Cumulative"),
            ])
        var cumulative = 0.0
        for year in 0...years {
            if year > 0 { cumulative += factors[year] }
            table.append([
                .integer(year), year == 0 ? .text("–") : .percent(schedule.rate(inYear: year), decimals: schedule.rateDecimals),
                .number(factors[year], decimals: 4), .number(cumulative, decimals: 4),
            ])
        }
        return Reply(
            blocks: [.table(table), .note("Discounting: \(schedule.summary(through: years)).")],
            data: [
                ("rate", .number(schedule.rate.fraction)), ("declining", .bool(schedule.declining)),
                ("factors", .array(factors.map(JSONValue.number))),
            ])
    }
}
