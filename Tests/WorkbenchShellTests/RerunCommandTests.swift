import Foundation
import Testing
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `save-analysis` and `rerun` through the engine: a saved command reruns, reports whether its result changed, and
/// a broken saved analysis is reported as failed without stopping the others.
struct RerunCommandTests {
    @Test func saveAnalysisAndRerunReportChangesAndBrokenAnalyses() throws {
        let session = try SessionFixture.session()
        let workspace = session.context.workspace.folder
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        #expect(SessionFixture.transcript(session, "save-analysis top compare bromley bexley") == "Saved analysis 'top': compare bromley bexley")
        #expect(SessionFixture.transcript(session, "save-analysis bad nonsense").hasPrefix("error: 'nonsense' is not a command"))
        let first = SessionFixture.transcript(session, "rerun top")
        #expect(first.split(separator: "\n").contains { $0.hasPrefix("top ") && $0.contains("first run") }, Comment(rawValue: first))
        let again = SessionFixture.transcript(session, "rerun top")
        #expect(again.split(separator: "\n").contains { $0.hasPrefix("top ") && $0.contains("unchanged") }, Comment(rawValue: again))
        try #"{"command": "compare --by nothing", "name": "broken"}"#.write(
            to: workspace.appendingPathComponent("analyses/broken.json"), atomically: true, encoding: .utf8)
        let all = session.execute("rerun")
        #expect(all.status == .ok)
        let text = SessionFixture.transcript(session, "rerun")
        #expect(text.contains("broken"), Comment(rawValue: text))
        #expect(text.contains("failed"), Comment(rawValue: text))
        #expect(text.contains("pilot-comparison"), Comment(rawValue: text))
        #expect(SessionFixture.transcript(session, "rerun nothere").hasPrefix("error: No saved analysis is named 'nothere'."))
    }
}
