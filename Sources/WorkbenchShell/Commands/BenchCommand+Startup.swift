import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension BenchCommand {
    /// Time to a ready engine with all modules: open the workspace folder and build a session that registers every
    /// module of this session (as the front end does at launch, less the terminal); with `--also DIR`, the same for
    /// the workspace in DIR (for example one with England's authorities, libraries and boundaries imported). When
    /// this program is the `workbench` binary, also whole processes (`workbench --workspace DIR -c modules`) for each.
    static func startup(repeats: Int, also: String?, context: CommandContext) throws -> [Timing] {
        let modules = context.registry.entries.map(\.module)
        var folders = [context.workspace.folder]
        if let also { folders.append(context.workspace.resolve(also)) }
        var timings: [Timing] = []
        for (index, folder) in folders.enumerated() {
            let imported = try Workspace(folder: folder).importedDatasets()
            let bytes = Double(imported.map(\.bytes).reduce(0, +))
            let amount = bytes >= 1_048_576
                ? "\(MoneyFormat.fixed(bytes / 1_048_576, decimals: 1)) MB" : "\(MoneyFormat.fixed(bytes / 1_024, decimals: 0)) kB"
            let size = "\(context.registry.boroughIDs.count) boroughs"
                + (imported.isEmpty ? (index == 0 ? "" : ", no England data") : ", England data \(amount) in \(imported.count) file\(imported.count == 1 ? "" : "s")")
            var sink = 0
            let runs = try time(repeats) {
                let workspace = try Workspace(folder: folder)
                let session = try Session(workspace: workspace, modules: modules)
                sink &+= session.context.registry.entries.count
            }
            let name = index == 0 ? "startup" : "startup of \(also ?? "")"
            timings.append(Timing(name: "\(name) (workspace and \(modules.count) modules)", size: size, milliseconds: sink >= 0 ? runs : []))
            if let executable = WholeProcessTimer.workbenchExecutable,
                let whole = WholeProcessTimer.time(executable, workspace: folder, repeats: min(repeats, 20))
            {
                let what = "whole process\(index == 0 ? "" : " of \(also ?? "")") (-c modules)"
                timings.append(Timing(name: what, size: size, milliseconds: whole.wall))
                timings.append(Timing(name: what + ", processor time", size: size, milliseconds: whole.processor))
            }
        }
        return timings
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
