import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `save-analysis <name> <command…>`: saves a named analysis that `rerun` recomputes.
struct SaveAnalysisCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "save-analysis", abstract: "Save a command as a named analysis of the workspace, for 'rerun'.",
        discussion: """
            The command is checked now: it must be a known command whose arguments parse and that has no effects (it
            changes nothing), or export/report into the workspace's reports/ folder without --force. Stored as
            analyses/<name>.json; an analysis of the same name is replaced only with --replace.
            """,
        category: "Workspace",
        arguments: [
            ArgumentSpec("name", "the analysis's name: lower-case letters, digits and hyphens"),
            ArgumentSpec("command", "the command line to save (quote it, or give its words)", arity: .oneOrMore),
        ],
        options: [replaceFlag.spec],
        acceptsExtraOptions: true,
        examples: ["save-analysis pilot-hours compare --by hours", "save-analysis bromley-neighbours 'neighbours bromley --k 5'"], effects: .workspace)

    static var changesWorkspace: Bool { true }

    let analysis: SavedAnalysis
    /// `--replace`.
    static let replaceFlag = Flag("--replace", "replace an analysis of the same name")

    let replace: Bool

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let name = invocation.arguments[0]
        var words = Array(invocation.arguments.dropFirst())
        for (option, value) in invocation.extraOptions { words += ["--" + option, value] }
        let line = words.count == 1 ? words[0] : words.map(Tokenizer.quote).joined(separator: " ")
        let parsed = try Tokenizer.split(line)
        guard let first = parsed.first, let type = context.commands.command(named: first) else {
            throw WorkbenchError(
                .invalidArgument, "'\(parsed.first ?? "")' is not a command, so it cannot be saved as an analysis.",
                location: .init(argument: "<command>"))
        }
        try SavedCommandPolicy.check(line, context: context)
        _ = try Invocation(spec: type.spec, words: Array(parsed.dropFirst()).filter { $0 != "--json" })
        analysis = SavedAnalysis(name: name, command: line)
        replace = invocation.flag(Self.replaceFlag)
    }

    func run(in context: CommandContext) throws -> Reply {
        try AnalysisStore(folder: context.workspace.folder).save(analysis, replace: replace)
        return Reply(
            blocks: [.text("Saved analysis '\(analysis.name)': \(analysis.command)")],
            data: [("name", .string(analysis.name)), ("command", .string(analysis.command))])
    }
}
