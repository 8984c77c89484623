import Foundation
import Testing
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Exports that stay numbers: the short list's IRR in CSV is a fraction under a `%`-free header, never text such as
/// `'-13.19%`, while the shell still shows it as a percentage.
struct ExportNumbersTests {
    @Test func theShortListsIRRIsAFractionInCSV() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let shown = SessionFixture.transcript(session, "appraise shortlist bexley")
        #expect(shown.contains("-13.19%"))
        _ = SessionFixture.transcript(session, "export appraise shortlist bexley --to shortlist.csv")
        let url = session.context.workspace.folder.appendingPathComponent("reports/shortlist.csv")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let column = try #require(header.firstIndex(of: "IRR (fraction)"))
        #expect(!lines[0].contains("%"))
        #expect(!text.contains("'"), "no cell is neutralised text")
        let row = try #require(lines.first { $0.hasPrefix("less-ambitious,") })
        let irr = try #require(Double(row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)[column]))
        #expect(abs(irr - -0.1319) < 0.0001)
    }
}
