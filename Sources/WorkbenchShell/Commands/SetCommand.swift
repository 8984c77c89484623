import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `set <name> <value>`: changes one assumption, validated, and saves `workspace.json` atomically.
struct SetCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "set", abstract: "Change an assumption and save it in workspace.json.",
        discussion: "Names: " + AssumptionRules.settings.map(\.name).joined(separator: ", ")
            + ". The file is replaced atomically: it holds the old values or the new, never half of either.\n"
            + "Valid values (the same ranges as the options that override them, 'assumptions' and 'check'):\n"
            + AssumptionRules.settings.map { "  \($0.name): \($0.help)" }.joined(separator: "\n"),
        category: "Workspace",
        arguments: [
            ArgumentSpec("name", "the assumption to change", completion: .setting),
            ArgumentSpec("value", "its new value", completion: .settingValue),
        ],
        examples: ["set discount-rate 3.5%", "set horizon 30", "set optimism-bias mitigated:0.5", "set as-at 2011-03-31"], effects: .workspace)

    static var changesWorkspace: Bool { true }

    let setting: AssumptionRules.Setting
    let value: String

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let name = invocation.arguments[0]
        guard let setting = AssumptionRules.setting(named: name) else {
            let names = AssumptionRules.settings.map(\.name)
            throw WorkbenchError(
                .invalidArgument, "Unknown assumption '\(name)'." + Suggestions.didYouMean(name, in: names),
                hint: "Assumptions: \(names.joined(separator: ", ")).", location: .init(argument: "<name>"))
        }
        self.setting = setting
        value = invocation.arguments[1]
        var trial = context.assumptions
        try setting.apply(&trial, value)
    }

    func run(in context: CommandContext) throws -> Reply {
        let old = context.assumptions
        let before = setting.current(old)
        try context.workspace.update { manifest in try setting.apply(&manifest.assumptions, value) }
        let after = setting.current(context.assumptions)
        // Typed as `assumptions` gives them: numbers as numbers, the schedule as a boolean.
        func typed(_ assumptions: Assumptions, _ text: String) -> JSONValue {
            AssumptionsCommand.json(setting.name, assumptions) ?? .string(text)
        }
        return Reply(
            blocks: [.text("\(setting.name) set to \(after) (was \(before)); saved in \(Workspace.manifestName).")],
            data: [
                ("name", .string(setting.name)), ("value", typed(context.assumptions, after)), ("previous", typed(old, before)),
            ])
    }
}
