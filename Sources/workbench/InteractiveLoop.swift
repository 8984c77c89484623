import Dispatch
import Foundation
import WorkbenchCore
import WorkbenchLineEditor
import WorkbenchShell
import WorkbenchWorkspace
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive shell on a terminal: a prompt with line editing, history kept per workspace and tab completion;
/// Ctrl-C abandons the line being typed or stops a long run, never the session; Ctrl-D or `quit` ends it.
struct InteractiveLoop {
    let session: Session
    let options: FrontEndOptions

    func run() -> Int32 {
        let context = session.context
        let box = SessionBox(session)
        let editor = LineEditor(historyFile: context.workspace.historyFile) { line, cursor in
            box.session.completions(line: line, cursor: cursor)
        }
        // Ctrl-C while a command runs asks it to stop; the line editor reads Ctrl-C itself in raw mode.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let environment = context.environment
        interrupt.setEventHandler { environment.cancelled.store(true, ordering: .relaxed) }
        interrupt.resume()
        defer { interrupt.cancel() }

        let manifest = context.workspace.manifest
        let front = FrontEnd(options: options)
        let lastResult = context.workspace.stateFolder.appendingPathComponent("last-result.txt")
        if options.resume {
            FileHandle.standardOutput.write(Data("Rebuilt and resumed: the same workspace, settings and history.\n".utf8))
            if let text = try? String(contentsOf: lastResult, encoding: .utf8), !text.isEmpty {
                FileHandle.standardOutput.write(Data("The last result before the rebuild:\n\(text)\n".utf8))
            }
        }
        var lastText = ""
        TerminalSize.watchResizes()
        let banner = Reply.text("""
            workbench \(FrontEnd.version): workspace '\(manifest.name)' (\(context.workspace.folder.path)), \
            \(context.registry.boroughIDs.count) borough modules. Type 'help' for commands, Tab to complete, Ctrl-D to leave.
            """)
        FileHandle.standardOutput.write(Data((ReplyRenderer.text(banner, terminalWidth: front.outputWidth) + "\n").utf8))
        while true {
            switch editor.readLine(prompt: "\(manifest.name)> ") {
            case .endOfFile:
                editor.saveHistory()
                return 0
            case .interrupted:
                continue
            case .line(let line):
                environment.cancelled.store(false, ordering: .relaxed)
                let reply = session.execute(line)
                ProgressBar.clear()
                front.show(reply)
                if reply.status == .ok, reply.restartWith == nil, !reply.blocks.isEmpty { lastText = ReplyRenderer.text(reply) }
                if reply.endsSession {
                    editor.saveHistory()
                    return 0
                }
                if let binary = reply.restartWith {
                    editor.saveHistory()
                    try? FileManager.default.createDirectory(at: context.workspace.stateFolder, withIntermediateDirectories: true)
                    try? Data(lastText.utf8).write(to: lastResult, options: .atomic)
                    Restarter.exec(binary, workspace: context.workspace.folder, json: options.json, width: options.width)
                }
            }
        }
    }
}

/// Carries the session into the completion closure, which only ever runs on the main thread inside `readLine`.
final class SessionBox: @unchecked Sendable {
    let session: Session
    init(_ session: Session) { self.session = session }
}
