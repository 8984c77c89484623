import Foundation
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// `check` validates the whole workspace and reports every problem at once.
final class CheckTranscriptTests: XCTestCase {
    func testTheShippedWorkspaceIsValid() throws {
        let session = try SessionFixture.session()
        let text = SessionFixture.transcript(session, "check")
        XCTAssertTrue(text.hasPrefix("The workspace 'london-2010' is valid:"), text)
        XCTAssertTrue(text.hasSuffix("no problems."), text)
    }

    func testEveryProblemIsReportedAtOnce() throws {
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder
        try #"{"command": "compare --by x", "name": "bad"}"#.write(
            to: folder.appendingPathComponent("analyses/bad.json"), atomically: true, encoding: .utf8)
        try "id,name\nnot an id,X\n".write(
            to: folder.appendingPathComponent("inputs/extra-authorities.csv"), atomically: true, encoding: .utf8)
        try "{ broken".write(to: folder.appendingPathComponent("runs/old.json"), atomically: true, encoding: .utf8)
        let reply = session.execute("check")
        XCTAssertEqual(reply.status, .error)
        let text = ReplyRenderer.text(reply)
        XCTAssertTrue(text.contains("analyses/bad.json"), text)
        XCTAssertTrue(text.contains("The command 'compare --by x' no longer parses: The value 'x' is invalid for '--by'."), text)
        XCTAssertTrue(text.contains("inputs/extra-authorities.csv"), text)
        XCTAssertTrue(text.contains("runs/old.json"), text)
        XCTAssertTrue(text.hasSuffix("error: The workspace has 3 problems; see the table."), text)
    }
}
