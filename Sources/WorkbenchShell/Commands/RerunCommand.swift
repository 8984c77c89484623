import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `rerun [<analysis>…]`: recomputes the workspace's saved analyses, stores the results in `runs/`, and shows what
/// changed since the last run and which inputs changed.
struct RerunCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "rerun", abstract: "Recompute the saved analyses and show what changed since their last run.",
        discussion: """
            Each analysis's result is stored in runs/<name>.json with fingerprints of workspace.json, every file in
            inputs/ and the modules loaded. Changes are new and removed rows and changed figures of each table
            (rows matched by their first column), with the inputs whose fingerprints changed. An analysis whose command
            no longer parses or fails is reported as such, and the others still run. An analysis whose command has
            effects (set, import, export --force or outside reports/, …) is refused and says why, whoever wrote it.
            """,
        category: "Workspace",
        arguments: [ArgumentSpec("analysis", "analyses to rerun (default: all)", arity: .variadic)],
        examples: ["rerun", "rerun pilot-comparison"], effects: .workspace)

    static var changesWorkspace: Bool { true }

    let names: [String]

    init(parsing invocation: Invocation, context: CommandContext) throws {
        names = invocation.arguments
    }

    func run(in context: CommandContext) throws -> Reply {
        let store = AnalysisStore(folder: context.workspace.folder)
        let (all, problems) = store.analyses()
        var selected = all
        if !names.isEmpty {
            selected = try names.map { name in
                guard let found = all.first(where: { $0.name == name }) else {
                    throw WorkbenchError(
                        .notFound, "No saved analysis is named '\(name)'." + Suggestions.didYouMean(name, in: all.map(\.name)),
                        hint: "Save one with 'save-analysis <name> <command>'.", location: .init(argument: name))
                }
                return found
            }
        }
        let modules = context.registry.entries.map { "\($0.module.descriptor.id)@\($0.module.descriptor.version)" }
        let inputs = InputFingerprint.of(workspace: context.workspace.folder, modules: modules)
        let now = ISO8601DateFormatter().string(from: Date())
        var summary = ReportTable(
            title: "Rerun of \(selected.count) analys\(selected.count == 1 ? "is" : "es")",
            columns: [
                ReportColumn("analysis", "Analysis"), ReportColumn("status", "Status"), ReportColumn("changes", "Changes"),
                ReportColumn("command", "Command"),
            ])
        var details: [String] = []
        var results: [JSONValue] = []
        for analysis in selected {
            // A command with effects is never run, whoever wrote the analysis file.
            do { try SavedCommandPolicy.check(analysis.command, context: context) } catch let error as WorkbenchError {
                summary.append([.text(analysis.name), .text("refused"), .missing, .text(analysis.command)])
                details.append("\(analysis.name): not run: \(error.message)")
                results.append(.object([
                    ("analysis", .string(analysis.name)), ("command", .string(analysis.command)), ("status", .string("refused")),
                    ("changes", .array([])), ("inputsChanged", .array([])), ("error", .string(error.message)),
                ]))
                continue
            }
            let reply = Self.execute(analysis.command, in: context)
            let json = ReplyRenderer.jsonValue(reply)
            let previous = store.lastRun(of: analysis.name)
            let diff = RunDiff.compare(previous: previous.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.reply.utf8)) }, current: json)
            let changedInputs = previous.map { old in
                Set(old.inputs.keys).union(inputs.keys).filter { old.inputs[$0] != inputs[$0] }.sorted()
            } ?? []
            let status: String
            if reply.status == .error {
                status = "failed"
                // The error as the command gives it, with its hint (a damaged input names the file, line and field,
                // and what to run to mend it).
                details.append("\(analysis.name): \(reply.error?.message ?? "failed")" + (reply.error?.hint.map { " Hint: \($0)" } ?? ""))
            } else {
                status = previous == nil ? "first run" : (diff.isEmpty ? "unchanged" : "changed")
                try store.store(RunRecord(
                    analysis: analysis.name, command: analysis.command, ranAt: now, status: reply.status.rawValue,
                    inputs: inputs, reply: json.serialized()))
            }
            summary.append([.text(analysis.name), .text(status), .integer(diff.changes.count), .text(analysis.command)])
            if !diff.isEmpty {
                details.append("\(analysis.name): " + diff.changes.prefix(20).joined(separator: "; ")
                    + (diff.changes.count > 20 ? "; … \(diff.changes.count - 20) more" : ""))
                if !changedInputs.isEmpty { details.append("  inputs changed: " + changedInputs.joined(separator: ", ")) }
            }
            results.append(.object([
                ("analysis", .string(analysis.name)), ("command", .string(analysis.command)), ("status", .string(status)),
                ("changes", .array(diff.changes.map(JSONValue.string))),
                ("inputs_changed", .array(changedInputs.map(JSONValue.string))),
                ("error", reply.error.map { .string($0.message) } ?? .null),
            ]))
        }
        for problem in problems {
            summary.append([.text(problem.location?.file ?? "?"), .text("unreadable"), .missing, .text(problem.message)])
            results.append(.object([("analysis", .string(problem.location?.file ?? "?")), ("status", .string("unreadable")),
                                    ("error", .string(problem.description))]))
        }
        var blocks: [ReplyBlock] = [.table(summary)]
        if !details.isEmpty { blocks.append(.text(details.joined(separator: "\n"))) }
        return Reply(blocks: blocks, data: [("analyses", .array(results))])
    }

    /// Runs a saved command line through the same engine, without recursion into `rerun`.
    static func execute(_ line: String, in context: CommandContext) -> Reply {
        guard let words = try? Tokenizer.split(line), let first = words.first else {
            return Reply(command: line, error: WorkbenchError(.usage, "The saved command '\(line)' does not parse."))
        }
        guard let type = context.commands.command(named: first), type.spec.name != "rerun" else {
            return Reply(command: line, error: WorkbenchError(
                .unknownCommand, "The saved command '\(line)' names no command the workbench has.",
                hint: "Save the analysis again with a current command."))
        }
        do {
            let invocation = try Invocation(spec: type.spec, words: Array(words.dropFirst()).filter { $0 != "--json" })
            return try type.init(parsing: invocation, context: context).run(in: context)
        } catch let error as WorkbenchError {
            return Reply(command: line, error: error)
        } catch {
            return Reply(command: line, error: WorkbenchError(.internal, "\(error)"))
        }
    }
}
