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
            table.append([.text(setting.name), .text(setting.current(assumptions)), .text(setting.help)])
        }
        table.notes = [
            "Discounting: year 0 is never discounted; the 3.5% rate is the Green Book's [S54], the declining schedule its Table 6.1 [S53].",
            "Optimism bias: HM Treasury supplementary guidance, Table 2 [S55].",
        ]
        let values = JSONValue.object(AssumptionRules.settings.map { ($0.name, .string($0.current(assumptions))) })
        return Reply(blocks: [.table(table)], data: [("assumptions", values)])
    }
}
