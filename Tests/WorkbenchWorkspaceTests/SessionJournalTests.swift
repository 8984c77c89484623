import Foundation
import WorkbenchCore
import WorkbenchWorkspace
import XCTest

final class SessionJournalTests: XCTestCase {
    private func workspace() throws -> Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try WorkspaceManifest.encoded(WorkspaceManifest(name: "j")).write(to: folder.appendingPathComponent("workspace.json"))
        return try Workspace(folder: folder)
    }

    func testABegunCommandWithoutAFinishIsReportedAsInterrupted() throws {
        let workspace = try workspace()
        let journal = SessionJournal(workspace: workspace)
        let done = journal.begin("set horizon 12")
        journal.finish(done, line: "set horizon 12", ok: true)
        XCTAssertNil(SessionJournal(workspace: workspace).interrupted())
        journal.begin("set horizon 30")
        let reopened = SessionJournal(workspace: workspace)
        XCTAssertEqual(reopened.interrupted()?.line, "set horizon 30")
        reopened.resolve(try XCTUnwrap(reopened.interrupted()), status: "dismissed")
        XCTAssertNil(SessionJournal(workspace: workspace).interrupted())
    }

    func testARecordAfterATornLineIsKeptWhole() throws {
        let workspace = try workspace()
        let journal = SessionJournal(workspace: workspace)
        journal.begin("set horizon 12")
        let handle = try FileHandle(forWritingTo: journal.file)
        _ = try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"sequence":9,"event":"beg"#.utf8))
        try handle.close()
        let again = SessionJournal(workspace: workspace)
        again.begin("set horizon 25")
        let lines = SessionJournal.read(journal.file).map(\.line)
        XCTAssertEqual(lines, ["set horizon 12", "set horizon 25"], "the torn line is skipped and the next record survives")
    }
}
