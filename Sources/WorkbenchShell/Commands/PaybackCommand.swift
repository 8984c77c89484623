import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `payback <flows>… [--discounted <rate>]`: simple (and discounted) payback of a flow list.
struct PaybackCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "payback", abstract: "Payback period of a list of flows, simple or discounted.",
        discussion: """
            Payback is the first year in which the cumulative net flow, having been below zero, reaches zero or more,
            interpolated linearly within that year as (t-1) + |C(t-1)| / flow(t) and counted from year 0; 0 when the
            cumulative flow is never negative; none when it never recovers. With --discounted, the same on flows
            discounted at the rate (year 0 undiscounted). Amounts as 36000, 36,000, £36,000, 36k or 1.2m; an amount
            followed by x<n> repeats it n times. Payback is not a Green Book decision rule [S44].
            """,
        category: "Appraisal",
        arguments: [ArgumentSpec("flows", "amounts from year 0, such as -180000 36000x10", arity: .oneOrMore)],
        options: [discountedOption.spec],
        examples: ["payback -100 30 30 60", "payback -180000 36000x10 --discounted 3.5%"])

    /// `--discounted rate`.
    static let discountedOption = Option<Rate>.rate("--discounted", value: "rate", "also give the discounted payback at this rate")

    let flows: [Double]
    let schedule: DiscountSchedule?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        flows = try CalculatorArguments.flows(invocation.arguments)
        schedule = try invocation.value(Self.discountedOption).map { DiscountSchedule(rate: $0, declining: false) }
    }

    func run(in context: CommandContext) throws -> Reply {
        let last = flows.count - 1
        func describe(_ kind: String, _ years: Double?, _ cumulative: [Double]) -> String {
            guard let years else {
                return "\(kind) payback: none within years 0–\(last); the cumulative flow ends at "
                    + MoneyFormat.whole(cumulative.last ?? 0) + "."
            }
            let year = Int(years.rounded(.up))
            return "\(kind) payback: \(CalculatorArguments.yearsText(years))"
                + (years == 0 ? " (the cumulative flow is never negative)." : " (in year \(year)).")
        }
        let simple = Payback.simple(flows)
        let cumulative = NetPresentValue.cumulative(flows)
        var lines = [describe("Simple", simple, cumulative)]
        var columns = [
            ReportColumn("year", "Year"), ReportColumn("flow", "Flow", unit: "£"),
            ReportColumn("cumulative", "Cumulative", unit: "£"),
        ]
        var discounted: Double?
        var discountedValues: [Double] = []
        var data: [(String, JSONValue)] = [("simple", simple.map(JSONValue.number) ?? .null)]
        if let schedule {
            discountedValues = NetPresentValue.presentValues(of: flows, schedule: schedule)
            discounted = Payback.period(discountedValues)
            lines.append(describe("Discounted", discounted, NetPresentValue.cumulative(discountedValues)) .replacingFirst(
                "Discounted payback", with: "Discounted payback at \(schedule.rate)"))
            columns += [
                ReportColumn("present_value", "Present value", unit: "£"),
                ReportColumn("cumulative_pv", "Cumulative PV", unit: "£"),
            ]
            data += [("discounted", discounted.map(JSONValue.number) ?? .null), ("rate", .number(schedule.rate.fraction))]
        }
        var table = ReportTable(columns: columns)
        let cumulativePV = NetPresentValue.cumulative(discountedValues)
        for year in flows.indices {
            var row: [ReportCell] = [.integer(year), .number(flows[year], decimals: 0), .number(cumulative[year], decimals: 0)]
            if schedule != nil {
                row += [.number(discountedValues[year], decimals: 0), .number(cumulativePV[year], decimals: 0)]
            }
            table.append(row)
        }
        var blocks: [ReplyBlock] = [.text(lines.joined(separator: "\n")), .table(table)]
        if Payback.relapses(flows) {
            blocks.append(.note("The cumulative flow falls below zero again after it first reaches zero; payback flatters these flows."))
        }
        return Reply(blocks: blocks, data: data)
    }
}

extension String {
    /// The string with its first occurrence of a prefix-like substring replaced (only when it is the prefix).
    fileprivate func replacingFirst(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
