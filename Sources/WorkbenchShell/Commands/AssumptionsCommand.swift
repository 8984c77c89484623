import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `assumptions`: the workspace's appraisal assumptions with their valid values.
struct AssumptionsCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "assumptions", abstract: "Show the workspace's assumptions (discount rate, horizon, optimism bias, seed).",
        discussion: "Change one with 'set <name> <value>'; changes are saved atomically in workspace.json.",
        category: "Workspace")

    init(parsing invocation: Invocation, context: CommandContext) throws {}

    func run(in context: CommandContext) throws -> Reply {
        let assumptions = context.assumptions
        var table = ReportTable(
            title: "Assumptions of workspace '\(context.workspace.manifest.name)'",
            columns: [ReportColumn("name", "Name"), ReportColumn("value", "Value"), ReportColumn("valid", "Valid values")])
        for setting in AssumptionRules.settings {
            let value = Self.json(setting.name, assumptions) ?? .string(setting.current(assumptions))
            let cell: ReportCell = if case .number(let number) = value { .described(number, text: setting.current(assumptions)) } else { .text(setting.current(assumptions)) }
            table.append([.text(setting.name), cell, .text(setting.help)])
        }
        table.notes = [
            "Discounting: year 0 is never discounted; the 3.5% rate is the Green Book's [S54], the declining schedule its Table 6.1 [S53].",
            "Optimism bias: HM Treasury supplementary guidance, Table 2 [S55].",
        ]
        let values = JSONValue.object(AssumptionRules.settings.map { setting in
            (ReportTable.snakeCase(setting.name), Self.json(setting.name, assumptions) ?? .string(setting.current(assumptions)))
        })
        return Reply(blocks: [.table(table)], data: [("assumptions", values)])
    }

    /// A setting's value typed for JSON: the rate as a fraction, the schedule as a boolean, the horizon, seed and
    /// iterations as numbers; nil for the settings whose value is a word (the optimism-bias policy, the price base
    /// year), which JSON gives as their text.
    static func json(_ name: String, _ assumptions: Assumptions) -> JSONValue? {
        switch name {
        case "discount-rate": .number(assumptions.discountRate.fraction)
        case "declining-schedule": .bool(assumptions.decliningSchedule)
        case "horizon": .number(Double(assumptions.horizonYears))
        case "seed": .number(Double(assumptions.randomSeed))
        case "iterations": .number(Double(assumptions.iterations))
        case "as-at": .string(assumptions.asAtDate.isoText)
        default: nil
        }
    }
}
