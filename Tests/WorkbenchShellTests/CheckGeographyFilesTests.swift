import Foundation
import Testing
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `check` reads the shipped geography files with their own readers, so a damaged row is named by file, line and
/// field, not passed as "valid CSV".
@Suite("check reads the geography files")
struct CheckGeographyFilesTests {
    @Test("The shipped libraries, catchments and boundaries pass; a damaged location row is named")
    func damagedLocationIsNamed() throws {
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let clean = SessionFixture.transcript(session, "check")
        #expect(!clean.contains("library-locations.csv") || !clean.contains("error"), "\(clean)")
        let file = folder.appendingPathComponent("inputs/library-locations.csv")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        // Line 3: make the latitude unreadable.
        var fields = lines[2].components(separatedBy: ",")
        fields[4] = "north"
        lines[2] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let reply = session.execute("check")
        let text = ReplyRenderer.text(reply)
        #expect(text.contains("inputs/library-locations.csv"), "\(text)")
        #expect(text.contains("line 3") || text.contains(":3"), "\(text)")
        #expect(text.contains("north"), "\(text)")
    }
}
