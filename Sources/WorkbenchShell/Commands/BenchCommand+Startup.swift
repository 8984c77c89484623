import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension BenchCommand {
    /// Time to a ready engine with all modules: open the workspace folder and build a session that registers every
    /// module of this session (as the front end does at launch, less the terminal).
    static func startup(repeats: Int, context: CommandContext) throws -> [Timing] {
        let folder = context.workspace.folder
        let modules = context.registry.entries.map(\.module)
        var sink = 0
        let runs = try time(repeats) {
            let workspace = try Workspace(folder: folder)
            let session = try Session(workspace: workspace, modules: modules)
            sink &+= session.context.registry.entries.count
        }
        return [
            Timing(
                name: "startup (workspace and \(modules.count) modules)", size: "\(context.registry.boroughIDs.count) boroughs",
                milliseconds: sink >= 0 ? runs : [])
        ]
    }

    /// The full comparative table for all London authorities: `compare --all`, reply built.
    static func compare(repeats: Int, context: CommandContext) throws -> [Timing] {
        let invocation = try Invocation(spec: CompareCommand.spec, words: ["--all"])
        var rows = 0
        let runs = try time(repeats) {
            let reply = try CompareCommand(parsing: invocation, context: context).run(in: context)
            for case .table(let table) in reply.blocks { rows = table.rows.count }
        }
        return [Timing(name: "compare --all", size: "\(rows) authorities", milliseconds: runs)]
    }
}
