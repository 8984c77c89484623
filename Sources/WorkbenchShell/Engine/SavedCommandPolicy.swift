import Foundation
import WorkbenchCore
import WorkbenchWorkspace

/// Which command lines a saved analysis may hold, checked by `save-analysis` when it saves and by `rerun` before it
/// runs any analysis, whoever wrote the file: a command without effects, or `export`/`report` into the workspace's
/// `reports/` folder without `--force` (so a rerun can never replace a file, inside the workspace or out).
enum SavedCommandPolicy {
    /// Commands never saved, whatever their effects: they end or restart the session, or run analyses themselves.
    static let never: Set<String> = ["save-analysis", "rerun", "rebuild", "new-borough", "quit"]

    /// Checks a saved command line.
    /// - Returns: nothing; the line may be saved and rerun.
    /// - Throws: `invalidArgument` saying which effect the command has and why it is refused.
    static func check(_ line: String, context: CommandContext) throws {
        let words = try Tokenizer.split(line).filter { $0 != "--json" && $0 != "--chart" }
        guard let first = words.first, let type = context.commands.command(named: first) else {
            throw WorkbenchError(
                .invalidArgument, "'\(words.first ?? "")' is not a command, so it cannot be saved as an analysis.",
                location: .init(argument: "<command>"))
        }
        let name = type.spec.name
        if never.contains(name) {
            throw refusal("'\(name)' cannot be saved as an analysis: a saved analysis is a command that only computes a result.")
        }
        var inner = Array(words.dropFirst())
        if let wrapper = type as? any WrapsCommandLine.Type { inner = wrapper.regroup(inner) }
        let arguments = (try? Invocation(spec: type.spec, words: inner))?.arguments
        switch arguments.map({ type.effects(of: $0) }) ?? type.spec.effects {
        case .none:
            return
        case .workspace:
            throw refusal("'\(name)' changes the workspace, so running it again at each rerun would change it again; a saved analysis may only hold a command without effects.")
        case .package:
            throw refusal("'\(name)' changes the package; a saved analysis may only hold a command without effects.")
        case .namedFiles:
            var rest = Array(words.dropFirst())
            if let wrapper = type as? any WrapsCommandLine.Type { rest = wrapper.regroup(rest) }
            let invocation = try Invocation(spec: type.spec, words: rest)
            if invocation.flag(ReportSupport.forceFlag) {
                throw refusal("'\(name) --force' would replace a file at each rerun; a saved \(name) may only write a new file into the workspace's reports/ folder, without --force.")
            }
            // Both export and report declare `--to` as free text; read it as given.
            guard let target = invocation.options["--to"]?.first else { return }
            let reports = context.workspace.folder.appendingPathComponent("reports").standardizedFileURL.path
            let resolved = target.hasPrefix("/")
                ? URL(fileURLWithPath: target).standardizedFileURL.path
                : URL(fileURLWithPath: reports).appendingPathComponent(target).standardizedFileURL.path
            guard !target.split(separator: "/").contains(".."), resolved.hasPrefix(reports + "/") else {
                throw refusal("'\(name) --to \(target)' writes outside the workspace's reports/ folder; a saved \(name) may only write into reports/.")
            }
        }
    }

    private static func refusal(_ message: String) -> WorkbenchError {
        WorkbenchError(
            .invalidArgument, message,
            hint: "Save the command that shows the result (such as 'compare --all'), or export it into reports/ without --force.",
            location: .init(argument: "<command>"))
    }
}
