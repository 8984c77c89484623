import Dispatch
import Foundation
import WorkbenchCatalog
import WorkbenchCore
import WorkbenchLineEditor
import WorkbenchShell
import WorkbenchWorkspace

/// The terminal front end: opens the workspace, builds the session and runs commands from `-c`, a script, a pipe or
/// an interactive terminal, printing replies as text or JSON Lines. The only place that prints.
struct FrontEnd {
    /// The version printed by `--version`.
    static let version = "1.0.0"

    let options: FrontEndOptions

    /// Runs and returns the exit status.
    func run() -> Int32 {
        if options.help {
            print(FrontEndOptions.usage)
            return 0
        }
        if options.version {
            print("workbench \(FrontEnd.version)")
            return 0
        }
        let session: Session
        let environment: ShellEnvironment
        do {
            let folder = try workspaceFolder()
            let workspace = try Workspace(folder: folder)
            let interactive = options.commands.isEmpty && options.script == nil && LineEditor.isInteractive
            environment = ShellEnvironment(
                packageRoot: FrontEnd.packageRoot(from: folder), isInteractive: interactive && !options.json,
                progress: interactive && !options.json ? ProgressBar.draw : nil)
            session = try Session(workspace: workspace, modules: Catalog.modules, environment: environment)
        } catch {
            printError(error)
            return 2
        }
        for sentence in session.scaffoldRecovery {
            FileHandle.standardError.write(Data("recovered: \(sentence)\n".utf8))
        }
        if let interrupted = session.journal.interrupted() {
            let interactive = environment.isInteractive
            let message = "recovered: the last session stopped while running '\(interrupted.line)' (begun \(interrupted.time)). "
                + "The workspace opened intact: every save is atomic, so it holds the state from before or after that command."
            FileHandle.standardError.write(Data((message + "\n").utf8))
            if interactive {
                FileHandle.standardError.write(Data("Run '\(interrupted.line)' again now? [y/N] ".utf8))
                let answer = Swift.readLine()?.trimmingWhitespace().lowercased() ?? ""
                session.journal.resolve(interrupted, status: answer == "y" || answer == "yes" ? "resumed" : "dismissed")
                if answer == "y" || answer == "yes" { show(session.execute(interrupted.line)) }
            } else {
                session.journal.resolve(interrupted, status: "reported")
            }
        }
        if !options.commands.isEmpty {
            return runBatch(options.commands.map { ($0, nil) }, session: session)
        }
        if let script = options.script {
            guard let text = try? String(contentsOfFile: script, encoding: .utf8) else {
                printError(WorkbenchError(.invalidFile, "Could not read the script '\(script)'.",
                                          hint: "Check the path.", location: .init(file: script)))
                return 2
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { (String($1), $0 + 1) }
            return runBatch(lines.map { ($0.0, $0.1) }, session: session, file: script)
        }
        if environment.isInteractive || (LineEditor.isInteractive && options.json) {
            return InteractiveLoop(session: session, options: options).run()
        }
        var lines: [(String, Int?)] = []
        var number = 0
        while let line = Swift.readLine(strippingNewline: true) {
            number += 1
            lines.append((line, number))
        }
        return runBatch(lines, session: session, file: "<stdin>", keepGoingDefault: true)
    }

    /// Runs lines one by one; stops at the first failure unless `--keep-going` (pipes keep going by default).
    private func runBatch(_ lines: [(String, Int?)], session: Session, file: String? = nil, keepGoingDefault: Bool = false) -> Int32 {
        var failed = false
        for (line, number) in lines {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let reply = session.execute(line)
            show(reply, line: file.flatMap { f in number.map { "\(f):\($0)" } })
            if reply.status == .error {
                failed = true
                if !(options.keepGoing || keepGoingDefault) { break }
            }
            if reply.endsSession { break }
        }
        return failed ? 1 : 0
    }

    /// Prints a reply: JSON Lines on standard output, or text with errors on standard error.
    func show(_ reply: Reply, line: String? = nil) {
        if options.json || reply.wantsJSON {
            FileHandle.standardOutput.write(Data((ReplyRenderer.json(reply) + "\n").utf8))
            return
        }
        let text = ReplyRenderer.text(reply, terminalWidth: outputWidth)
        if reply.status == .error {
            let prefix = line.map { "\($0): " } ?? ""
            FileHandle.standardError.write(Data((prefix + text + "\n").utf8))
        } else if !text.isEmpty {
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
    }

    /// The width replies are laid out for: `--width N` from the command line, else the terminal's width when
    /// standard output is one, else nil (a pipe or a file: full width).
    var outputWidth: Int? {
        options.width ?? TerminalSize.columns
    }

    private func printError(_ error: any Error) {
        let workbenchError = error as? WorkbenchError ?? WorkbenchError(.internal, "\(error)")
        if options.json {
            let reply = Reply(command: "", error: workbenchError)
            FileHandle.standardOutput.write(Data((ReplyRenderer.json(reply) + "\n").utf8))
        } else {
            FileHandle.standardError.write(Data(("error: " + workbenchError.description + "\n").utf8))
        }
    }

    private func workspaceFolder() throws -> URL {
        if let path = options.workspace { return URL(fileURLWithPath: path) }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let found = WorkspaceLocator.findDefault(from: here) { return found }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let found = WorkspaceLocator.findDefault(from: executable) { return found }
        throw WorkbenchError(
            .invalidFile, "No workspace was named and \(WorkspaceLocator.defaultRelativePath) was not found above '\(here.path)'.",
            hint: "Run from the package folder, or pass --workspace DIR.")
    }

    /// The package root above a workspace folder (the folder holding Package.swift), if any.
    static func packageRoot(from folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        for _ in 0..<16 {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent("Package.swift").path) { return current }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
        return nil
    }
}
