import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `check`: validates the whole workspace (every file, every reference, every figure's source) and reports every
/// problem at once.
struct CheckCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "check", abstract: "Validate the whole workspace and the loaded modules; report every problem at once.",
        discussion: """
            Reads workspace.json, every CSV and JSON file under inputs/, analyses/ and runs/, checks that saved analyses
            still parse, that comparator ids are valid and unique, that every source tag cited by a profile, a comparator
            or a case study is in the sources list, and that each profile's library counts match its branch list.
            """,
        category: "Workspace")

    init(parsing invocation: Invocation, context: CommandContext) throws {}

    func run(in context: CommandContext) throws -> Reply {
        let report = context.workspace.validate(
            registry: context.registry, partnershipProjects: ToolkitParts.partnershipProjects.map(\.id)
        ) { Self.check(savedCommand: $0, context: context) }
        let problems = report.problems
        let checked = report.checked
        if problems.isEmpty {
            return Reply(
                blocks: [.text("The workspace '\(context.workspace.manifest.name)' is valid: \(checked) files and modules checked, no problems.")],
                data: [("problems", .array([])), ("checked", .number(Double(checked)))])
        }
        var table = ReportTable(
            title: "\(problems.count) problem\(problems.count == 1 ? "" : "s") in workspace '\(context.workspace.manifest.name)' (\(checked) files and modules checked)",
            columns: [ReportColumn("file", "File"), ReportColumn("line", "Line"), ReportColumn("field", "Field"), ReportColumn("problem", "Problem")])
        for problem in problems {
            table.append([.text(problem.file), problem.line.map { .integer($0) } ?? .missing, .text(problem.field ?? ""), .text(problem.message)])
        }
        var reply = Reply(
            command: "check",
            error: WorkbenchError(.invalidFile, "The workspace has \(problems.count) problem\(problems.count == 1 ? "" : "s"); see the table."))
        reply.blocks = [.table(table)]
        return reply
    }

    /// Whether a saved analysis's command still names a command and parses, for the workspace's validation.
    static func check(savedCommand command: String, context: CommandContext) -> SavedCommandCheck {
        let words = (try? Tokenizer.split(command)) ?? []
        guard let first = words.first, let type = context.commands.command(named: first) else { return .unknownCommand }
        do {
            let invocation = try Invocation(spec: type.spec, words: Array(words.dropFirst()).filter { $0 != "--json" })
            _ = try type.init(parsing: invocation, context: context)
        } catch let error as WorkbenchError {
            return .doesNotParse(error.message)
        } catch {
            return .doesNotParse("\(error)")
        }
        return .parses
    }
}
