import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// What `report` and `export` share: running the command line (or saved analysis) they wrap, turning its reply into
/// a report section, and making the document with the assumptions and sources.
enum ReportSupport {
    /// `--force`, as `report` and `export` declare it.
    static let forceFlag = Flag("--force", "replace the file if it exists")

    /// Commands a report may not wrap: the wrappers themselves and commands that change the workspace or the session.
    static let refused: Set<String> = ["report", "export", "import", "quit", "rebuild", "rerun", "history", "help"]

    /// The words typed as one command line, quoting words with spaces or quotes.
    static func line(_ words: [String]) -> String {
        words.map { word in
            guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" || $0 == "#" }) else { return word }
            return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }

    /// The command line a report wraps: the words themselves, one quoted word split again, or a saved analysis's
    /// command when the only word names one.
    static func commandLine(_ words: [String], context: CommandContext, argument: String) throws -> (line: String, heading: String) {
        guard !words.isEmpty else {
            throw WorkbenchError(.usage, "Name a command or a saved analysis to report on.",
                                 hint: "For example: report compare --all --to compare.html", location: .init(argument: argument))
        }
        let words = words.count == 1 ? ((try? Tokenizer.split(words[0])) ?? words) : words
        if words.count == 1, context.commands.command(named: words[0]) == nil {
            let (analyses, _) = AnalysisStore(folder: context.workspace.folder).analyses()
            if let analysis = analyses.first(where: { $0.name == words[0] }) {
                return (analysis.command, "Analysis '\(analysis.name)': \(analysis.command)")
            }
            let known = context.commands.names + analyses.map(\.name)
            throw WorkbenchError(
                .notFound, "'\(words[0])' is neither a command nor a saved analysis." + Suggestions.didYouMean(words[0], in: known),
                hint: "Give a command line such as 'compare --all', or a name saved with 'save-analysis'.",
                location: .init(argument: argument))
        }
        let text = line(words)
        return (text, text)
    }

    /// Runs a wrapped command line read-only and returns its reply, or throws its error.
    static func run(_ line: String, context: CommandContext) throws -> Reply {
        let outer = context.enteredFiguresUsed
        context.beginRecordingEnteredFigures()
        defer { context.recordUse(of: outer) }
        let command = try parse(line, context: context)
        var reply = try command.run(in: context)
        context.noteEnteredFigures(in: &reply)
        reply.command = type(of: command).spec.name
        if let error = reply.error { throw error }
        return reply
    }

    /// Parses a wrapped command line into its command, refusing commands that change the workspace or the session.
    static func parse(_ line: String, context: CommandContext) throws -> any ShellCommand {
        var words = try Tokenizer.split(line).filter { $0 != "--json" && $0 != "--chart" }
        _ = try DisplayOptions.extract(from: &words)
        guard let first = words.first, let type = context.commands.command(named: first) else {
            throw WorkbenchError(.unknownCommand, "The command line '\(line)' names no command.",
                                 hint: "Type 'help' for the list of commands.")
        }
        var rest = Array(words.dropFirst())
        if let wrapper = type as? any WrapsCommandLine.Type { rest = wrapper.regroup(rest) }
        let arguments = (try? Invocation(spec: type.spec, words: rest))?.arguments ?? []
        guard !refused.contains(type.spec.name), !type.changesWorkspace(for: arguments) else {
            throw WorkbenchError(
                .invalidArgument, "'\(type.spec.name)' cannot be put in a report: reports run commands that only read the workspace.",
                hint: "Run '\(type.spec.name)' on its own, then report on a command that shows the result.",
                location: .init(argument: type.spec.name))
        }
        let invocation = try Invocation(spec: type.spec, words: rest)
        return try type.init(parsing: invocation, context: context)
    }

    /// A reply's blocks as report blocks.
    static func blocks(_ reply: Reply) -> [ReportBlock] {
        reply.blocks.map { block in
            switch block {
            case .text(let text): return .text(text)
            case .table(let table): return .table(table)
            case .note(let note): return .note(note)
            case .chart(let chart): return .chart(chart)
            }
        }
    }

    /// The report document for sections, with the workspace's assumptions and the registry's sources.
    static func document(title: String, sections: [ReportSection], context: CommandContext, now: Date = Date()) -> ReportDocument {
        let assumptions = (try? AssumptionsCommand(parsing: Invocation(spec: AssumptionsCommand.spec, words: []), context: context)
            .run(in: context))?.blocks.compactMap { block -> ReportTable? in
                if case .table(let table) = block { return table }
                return nil
            }.first
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        let modules = context.registry.entries.map { "\($0.module.descriptor.id)" }.joined(separator: ", ")
        let generated = "Generated by the London Library Change Programme workbench from workspace '\(context.workspace.manifest.name)' on \(formatter.string(from: now)) UTC; modules: \(modules)."
        return ReportDocument(
            title: title, generatedBy: generated, assumptions: assumptions, sections: sections,
            sources: context.registry.sources.values.sorted { $0.tag < $1.tag })
    }
}
