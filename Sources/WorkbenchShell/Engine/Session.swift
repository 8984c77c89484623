import Foundation
public import WorkbenchCore
public import WorkbenchWorkspace
import WorkbenchScaffold

/// The shell engine: turns one command line into a typed reply, with no terminal I/O. The front end, the tests and
/// scripts all drive it through `execute(_:)`.
public final class Session {
    /// The state commands share.
    public let context: CommandContext

    /// Opens a session on a workspace with the modules given (the catalog's list in the real program).
    /// - Throws: the error of a module that failed to register, as that module's error.
    public init(
        workspace: Workspace, modules: [any WorkbenchModule], environment: ShellEnvironment = ShellEnvironment(),
        commands: CommandSet = CommandSet(CommandTable.all)
    ) throws {
        let enabled = workspace.manifest.modules
        let chosen = enabled.isEmpty ? modules : modules.filter { enabled.contains($0.descriptor.id) }
        let registry = try ModuleRegistry(modules: chosen)
        context = CommandContext(registry: registry, workspace: workspace, environment: environment, commands: commands)
        journal = SessionJournal(workspace: workspace)
        // Start-up housekeeping, each only when no other process is writing: a long journal is cut to its tail and
        // temporaries that interrupted saves left more than an hour ago are removed.
        journal.compactIfNeeded()
        workspace.removeStaleTemporaryFiles()
        // A `new-borough` that a crash interrupted is completed or rolled back before anything reads the package.
        if let root = environment.packageRoot {
            scaffoldRecovery = workspace.ifUnlocked(command: "recover new-borough") { BoroughScaffold.recover(root: root) } ?? []
        } else {
            scaffoldRecovery = []
        }
    }

    /// What start-up did about `new-borough`s a crash interrupted: one sentence each, none usually. The front end
    /// prints them.
    public let scaffoldRecovery: [String]

    /// The most lines the session keeps in memory for `history`.
    public static let historyLimit = 10_000

    /// The workspace's session journal.
    public let journal: SessionJournal

    /// Runs one line and returns its reply. Never throws and never crashes on any line: every failure becomes an
    /// error reply. A blank line or a comment gives an empty successful reply.
    public func execute(_ line: String) -> Reply {
        let words: [String]
        do {
            words = try Tokenizer.split(line)
        } catch let error as WorkbenchError {
            return Reply(command: line, error: error)
        } catch {
            return Reply(command: line, error: WorkbenchError(.internal, "\(error)"))
        }
        guard let name = words.first else { return Reply(blocks: []) }
        // Another process may have saved workspace.json since the last command: show what is on disk.
        context.workspace.refreshIfChanged()
        let trimmed = line.trimmingWhitespace()
        if !trimmed.isEmpty {
            context.history.append(trimmed)
            // Keep memory flat in long sessions: the newest lines only (the full history is in the history file).
            if context.history.count > Session.historyLimit { context.history.removeFirst(context.history.count - Session.historyLimit) }
        }

        var rest = Array(words.dropFirst())
        let wantsJSON = rest.contains("--json")
        rest.removeAll { $0 == "--json" }
        let wantsChart = rest.contains("--chart")
        rest.removeAll { $0 == "--chart" }
        let display: DisplayOptions
        do {
            display = try DisplayOptions.extract(from: &rest)
        } catch let error as WorkbenchError {
            var reply = Reply(command: context.commands.command(named: name)?.spec.name ?? name, error: error)
            reply.wantsJSON = wantsJSON
            return reply
        } catch {
            return Reply(command: name, error: WorkbenchError(.internal, "\(error)"))
        }

        guard let type = context.commands.command(named: name) else {
            let error = WorkbenchError(
                .unknownCommand,
                "Unknown command '\(name)'." + Suggestions.didYouMean(name, in: context.commands.names),
                hint: "Type 'help' for the list of commands.", location: .init(argument: name))
            var reply = Reply(command: name, error: error)
            reply.wantsJSON = wantsJSON
            return reply
        }
        var reply: Reply
        do {
            if let wrapper = type as? any WrapsCommandLine.Type { rest = wrapper.regroup(rest) }
            let command: any ShellCommand
            var arguments: [String] = []
            do {
                context.hindsight = false
                let invocation = try Invocation(spec: type.spec, words: rest)
                arguments = invocation.arguments
                context.beginRecordingEnteredFigures()
                context.hindsight = invocation.flag(CommandContext.hindsightFlag)
                command = try type.init(parsing: invocation, context: context)
            } catch let error as WorkbenchError {
                throw type is any WrapsCommandLine.Type
                    ? error : LineRepair.suggesting(error, command: name, words: rest, type: type, context: context)
            }
            if type.changesWorkspace(for: arguments) {
                // The whole command holds the workspace lock: its begun record, its writes and its finished record.
                reply = try context.workspace.withLock(command: trimmed) {
                    context.workspace.refreshIfChanged()  // what another writer saved before the lock was had
                    let sequence = try journal.begin(trimmed)
                    do {
                        let result = try command.run(in: context)
                        try? journal.finish(sequence, line: trimmed, ok: result.status == .ok)
                        return result
                    } catch {
                        try? journal.finish(sequence, line: trimmed, ok: false)
                        throw error
                    }
                }
            } else {
                reply = try command.run(in: context)
            }
            reply.command = type.spec.name
            if type.spec.name != FigureCommand.spec.name { context.noteEnteredFigures(in: &reply) }
        } catch let error as WorkbenchError {
            reply = Reply(command: type.spec.name, error: error)
        } catch {
            reply = Reply(
                command: type.spec.name,
                error: WorkbenchError(.internal, "The command failed unexpectedly: \(error).", cause: "\(error)"))
        }
        reply.wantsJSON = wantsJSON
        reply.display = display
        if wantsChart { reply = reply.withTextCharts() }
        return reply
    }
}
