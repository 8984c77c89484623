import Foundation
import Testing
import WorkbenchCatalog
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Every reply of every golden transcript, laid out for a terminal 80 and 120 columns wide: no line is longer than
/// the terminal, and every figure of the full-width reply is still there, uncut, unless its column is named as left
/// out.
@Suite("Replies fit the terminal")
struct WidthFitTests {
    /// Figures as the renderers write them: `£1.23m`, `-180,000`, `3.5%`, `2010`.
    static func figures(_ text: String) -> Set<String> {
        Set(text.matches(of: /£?-?£?[0-9][0-9,]*(\.[0-9]+)?[%mkb]?/).map { String($0.output.0) })
    }

    @Test("Every transcript reply fits 80 and 120 columns and keeps its figures", arguments: TranscriptFolder.names())
    func transcriptRepliesFit(_ name: String) throws {
        let folder = TranscriptFolder.shell
        let file = try TranscriptFile(parsing: String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8))
        let sandbox = try TranscriptSandbox(directives: try file.directives, fixtures: folder.appendingPathComponent("Fixtures"))
        defer { sandbox.remove() }
        let session = try Session(
            workspace: try Workspace(folder: sandbox.workspace), modules: Catalog.modules,
            environment: ShellEnvironment(currentDirectory: sandbox.root, packageRoot: sandbox.packageRoot))
        for entry in file.entries {
            let reply = session.execute(entry.command)
            if reply.wantsJSON { continue }
            let full = ReplyRenderer.text(reply)
            for width in [80, 120] {
                let layout = TextLayout(width: width)
                let narrow = ReplyRenderer.text(reply, layout: layout)
                let long = narrow.split(separator: "\n").filter { DisplayWidth.of($0) > width }
                #expect(long.isEmpty, "'\(entry.command)' at \(width) columns has lines longer than the terminal:\n\(long.joined(separator: "\n"))")
                var leftOut: Set<String> = []
                for case .table(let table) in reply.blocks {
                    let fit = TextTableRenderer.fitting(table, layout: layout)
                    for row in table.rows { for index in fit.leftOut where index < row.count { leftOut.formUnion(Self.figures(row[index].text)) } }
                }
                let missing = Self.figures(full).subtracting(Self.figures(narrow)).subtracting(leftOut)
                #expect(missing.isEmpty, "'\(entry.command)' at \(width) columns lost figures \(missing.sorted()):\n\(narrow)")
            }
        }
    }

    @Test("Full width is the transcripts' layout: no width means nothing changes")
    func fullWidthIsUnchanged() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let reply = session.execute("compare")
        #expect(ReplyRenderer.text(reply, layout: .full) == ReplyRenderer.text(reply))
        #expect(ReplyRenderer.text(reply, terminalWidth: nil) == ReplyRenderer.text(reply))
    }

    @Test("--wide, --columns and --width are taken off any command line")
    func displayOptionsAreGlobal() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let plain = session.execute("compare")
        let wide = session.execute("compare --wide")
        #expect(wide.status == .ok && wide.display.wide)
        #expect(ReplyRenderer.text(wide, terminalWidth: 80) == ReplyRenderer.text(plain))
        let narrow = ReplyRenderer.text(plain, terminalWidth: 80)
        #expect(narrow.contains("Left out to fit 80 columns:"), "\(narrow)")
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let chosen = session.execute("compare --columns spend_per_head")
        #expect(chosen.display.columns == ["spend_per_head"])
        #expect(ReplyRenderer.text(chosen, terminalWidth: 80).contains("Spend/head"))
        let piped = session.execute("compare --width 100")
        #expect(ReplyRenderer.text(piped, terminalWidth: nil).split(separator: "\n").allSatisfy { $0.count <= 100 })
        let bad = session.execute("compare --width 10")
        #expect(bad.status == .error && bad.error?.message.contains("--width") == true)
    }
}
