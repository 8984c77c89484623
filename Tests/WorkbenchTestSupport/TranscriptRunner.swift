public import Foundation
import WorkbenchCatalog
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchWorkspace

/// Runs a transcript's commands through the engine (`Session.execute`), one session per file on its own sandbox,
/// and gives the file's text as it should be now.
public enum TranscriptRunner {
    /// The file's text with every reply regenerated.
    /// - Parameter fixtures: the folder `#! copy` reads from.
    /// - Throws: a directive error, or a failure to set up the sandbox or open its workspace.
    public static func regenerate(_ file: TranscriptFile, fixtures: URL) throws -> String {
        let directives = try file.directives
        let sandbox = try TranscriptSandbox(directives: directives, fixtures: fixtures)
        defer { sandbox.remove() }
        let session = try Session(
            workspace: try Workspace(folder: sandbox.workspace), modules: Catalog.modules,
            environment: ShellEnvironment(currentDirectory: sandbox.root, packageRoot: sandbox.packageRoot))
        let masking = directives.contains(.maskTimings)
        let replies = file.entries.map { entry in
            // Paths are replaced in the reply before rendering, so that table widths do not depend on the temporary
            // folder's path; and in the rendered text, for anything rendered from elsewhere.
            let reply = session.execute(entry.command).replacingText(sandbox.normalisingPaths)
            var text = sandbox.normalisingPaths(reply.wantsJSON ? ReplyRenderer.json(reply) : ReplyRenderer.text(reply))
            if masking { text = maskingTimings(text) }
            return TranscriptReply(text: text, status: statusLines(reply))
        }
        return file.rendered(replies: replies)
    }

    /// The `!` lines of a reply: `error <code>`, `ends session`, `restarts`; none for a plain success.
    static func statusLines(_ reply: Reply) -> [String] {
        var lines: [String] = []
        if reply.status == .error { lines.append("error " + (reply.error?.code.name ?? "unknown")) }
        if reply.endsSession { lines.append("ends session") }
        if reply.restartWith != nil { lines.append("restarts") }
        return lines
    }

    /// The text with the vector instructions the processor offers (`AVX2`, `baseline x86-64 (SSE2)`) as
    /// `<instructions>`, every number (digits, with thousands commas and a decimal part) as `#`, runs of spaces as one
    /// space, runs of hyphens as `--`, and the words `debug` and `release` as `<build>`.
    static func maskingTimings(_ text: String) -> String {
        text.replacing(/AVX2|baseline x86-64 \(SSE2\)|baseline(?=[; ])/, with: "<instructions>")
            .replacing(/[0-9]+(,[0-9]{3})*(\.[0-9]+)?/, with: "#")
            .replacing(/[ ]{2,}/, with: " ")
            .replacing(/-{2,}/, with: "--")
            .replacing(/\b(debug|release)\b/, with: "<build>")
    }
}
