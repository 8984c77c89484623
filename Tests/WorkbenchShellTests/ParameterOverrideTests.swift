import Foundation
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// Calculator parameters overridden in the workspace (`inputs/parameters.json`) and on the command line.
final class ParameterOverrideTests: XCTestCase {
    func testWorkspaceOverridesApplyAndTheCommandLineWins() throws {
        let session = try SessionFixture.session()
        let base = SessionFixture.transcript(session, "savings shared-service bexley+bromley")
        XCTAssertTrue(base.contains("770,000"), base)
        let file = session.context.workspace.folder.appendingPathComponent("inputs/parameters.json")
        // 35 + 36 posts × 49.3% removed × £30,000 a post = £1.05m a year instead of £770k at £22.0k.
        try #"{"shared-service": {"cost-per-post": 30000}}"#.write(to: file, atomically: true, encoding: .utf8)
        let overridden = SessionFixture.transcript(session, "savings shared-service bexley+bromley")
        XCTAssertFalse(overridden.contains("770,000"), overridden)
        XCTAssertTrue(overridden.contains("£30.0k a post"), overridden)
        let typed = SessionFixture.transcript(session, "savings shared-service bexley+bromley --cost-per-post 22000")
        XCTAssertTrue(typed.contains("£22.0k a post"), typed)
    }

    func testAnUnknownParameterInTheFileNamesTheFileAndField() throws {
        let session = try SessionFixture.session()
        let file = session.context.workspace.folder.appendingPathComponent("inputs/parameters.json")
        try #"{"shared-service": {"cost-per-pots": 30000}}"#.write(to: file, atomically: true, encoding: .utf8)
        let text = SessionFixture.transcript(session, "savings shared-service bexley+bromley")
        XCTAssertTrue(
            text.hasPrefix("error: inputs/parameters.json, field 'shared-service.cost-per-pots': The calculator 'shared-service' has no parameter 'cost-per-pots'. Did you mean 'cost-per-post'?"),
            text)
    }
}
