import Foundation
import WorkbenchWorkspace
import WorkbenchCore
import WorkbenchReports
import WorkbenchScaffold
import WorkbenchWorkspace

/// `rebuild`: builds the workbench's own package and, on success, replaces the running shell with the new binary,
/// resuming the same workspace and session. On failure the compiler's errors are shown, located, and the shell goes
/// on with the old binary.
struct RebuildCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "rebuild", abstract: "Build the package and restart the shell on the new binary, resuming the session.",
        discussion: """
            Runs 'swift build --product workbench' in the workbench's own package folder (never any other program) with
            the configuration of the running binary. On success the shell replaces itself with the new binary (exec)
            on the same workspace; history and settings are kept. With --no-restart it only builds.
            """,
        category: "Modules",
        options: [noRestartFlag.spec], effects: .package)

    /// `--no-restart`.
    static let noRestartFlag = Flag("--no-restart", "build only; do not restart the shell")

    let root: URL
    let restart: Bool

    init(parsing invocation: Invocation, context: CommandContext) throws {
        guard let root = context.environment.packageRoot else {
            throw WorkbenchError(.notFound, "rebuild needs the workbench's source tree, and this workspace is not inside one.")
        }
        self.root = root
        restart = !invocation.flag(Self.noRestartFlag) && context.environment.isInteractive
    }

    func run(in context: CommandContext) throws -> Reply {
        // A `new-borough` a crash interrupted is completed or rolled back before the package is built.
        let recovered = context.workspace.ifUnlocked(command: "recover new-borough") { BoroughScaffold.recover(root: root) } ?? []
        let build = try PackageBuilder(root: root).build()
        guard build.succeeded else {
            var lines = recovered + ["The build failed; the shell goes on with the old binary."]
            lines += build.diagnostics.isEmpty ? Array(build.output.suffix(30)) : build.diagnostics
            return Reply(
                command: "rebuild",
                error: WorkbenchError(.module, lines.joined(separator: "\n"), hint: "Fix the errors above, then 'rebuild' again."))
        }
        // The new binary checks its modules (a new borough's source tags and counts) and the workspace at once.
        let check = PackageBuilder(root: root).check(binary: build.binary, workspace: context.workspace.folder)
        var reply = Reply(
            blocks: recovered.map { .text($0) } + [
                .text("Built \(build.binary.path) in \(MoneyFormat.fixed(build.seconds, decimals: 1)) s."),
                .text("Checks of the new binary's modules and the workspace:\n" + check.lines.joined(separator: "\n")),
            ] + (restart ? [.text("Restarting…")] : []),
            data: [
                ("binary", .string(build.binary.path)), ("seconds", .number(build.seconds)),
                ("checks_passed", .bool(check.passed)),
            ])
        if !check.passed {
            reply.blocks.append(.note("The new binary found problems (above); fix them and 'rebuild' again. The build itself succeeded."))
        }
        if restart { reply.restartWith = build.binary }
        return reply
    }
}
