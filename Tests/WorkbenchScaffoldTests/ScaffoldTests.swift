import Foundation
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import XCTest

/// `new-borough`, `save-analysis` and `rerun` driven through the engine on a throwaway package skeleton.
final class ScaffoldTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pkg-\(UUID().uuidString)")
        let source = SessionFixture.packageRoot
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/WorkbenchCatalog"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Workspaces"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source.appendingPathComponent("Package.swift"), to: root.appendingPathComponent("Package.swift"))
        try FileManager.default.copyItem(at: source.appendingPathComponent("Plugins"), to: root.appendingPathComponent("Plugins"))
        try FileManager.default.copyItem(
            at: source.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift"),
            to: root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift"))
        try FileManager.default.copyItem(at: SessionFixture.defaultWorkspace, to: root.appendingPathComponent("Workspaces/london-2010"))
        try? FileManager.default.removeItem(at: root.appendingPathComponent("Workspaces/london-2010/.workbench"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func session() throws -> Session {
        let workspace = try WorkspaceOpener.open(root.appendingPathComponent("Workspaces/london-2010"))
        return try SessionFixture.session(workspace: workspace, packageRoot: root)
    }

    func testNewBoroughWritesTheModuleAndBothLists() throws {
        let session = try session()
        let text = SessionFixture.transcript(session, "new-borough Hackney --from-dataset")
        XCTAssertTrue(text.hasPrefix("Added borough module Hackney (id 'hackney'):"), text)
        XCTAssertTrue(text.contains("8 libraries in April 2010"), text)
        let package = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        XCTAssertTrue(package.contains("    \"Enfield\",\n    \"Hackney\",\n    \"Merton\","), package)
        let catalog = try String(contentsOf: root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift"), encoding: .utf8)
        XCTAssertTrue(catalog.contains("import Hackney\n"))
        XCTAssertTrue(catalog.contains("        \"Hackney\",\n"))
        XCTAssertTrue(catalog.contains("            HackneyModule(),\n"))
        let profile = try String(contentsOf: root.appendingPathComponent("Plugins/Hackney/Sources/HackneyProfile.swift"), encoding: .utf8)
        XCTAssertTrue(profile.contains("population: Sourced(269009"), profile)
        XCTAssertTrue(profile.contains("libraries2010: Sourced(8"), profile)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/HackneyTests/HackneyModuleTests.swift").path))
    }

    func testBadNamesAreRefusedAndNothingIsWritten() throws {
        let session = try session()
        let packageBefore = try Data(contentsOf: root.appendingPathComponent("Package.swift"))
        XCTAssertTrue(SessionFixture.transcript(session, "new-borough hackney").hasPrefix("error: The name 'hackney' is not a valid module name."))
        XCTAssertTrue(SessionFixture.transcript(session, "new-borough Bromley").hasPrefix("error: A module named 'Bromley' already exists"))
        XCTAssertTrue(SessionFixture.transcript(session, "new-borough WorkbenchCore").hasPrefix("error: The name 'WorkbenchCore' clashes"))
        XCTAssertTrue(SessionFixture.transcript(session, "new-borough Atlantis --from-dataset").hasPrefix("error: The workspace's data has no authority with the id 'atlantis'"))
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent("Package.swift")), packageBefore)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("Plugins/Atlantis").path))
    }

    func testAFailedScaffoldLeavesNothingHalfWritten() throws {
        let session = try session()
        let catalog = root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift")
        try "// the list was removed\n".write(to: catalog, atomically: true, encoding: .utf8)
        let packageBefore = try Data(contentsOf: root.appendingPathComponent("Package.swift"))
        let text = SessionFixture.transcript(session, "new-borough Hackney")
        XCTAssertTrue(text.contains("Catalog.swift has no line containing"), text)
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent("Package.swift")), packageBefore)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("Plugins/Hackney").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/HackneyTests").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Plugins").path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [])
    }

    func testSaveAnalysisAndRerunReportChangesAndBrokenAnalyses() throws {
        let session = try session()
        XCTAssertEqual(SessionFixture.transcript(session, "save-analysis top compare bromley bexley"), "Saved analysis 'top': compare bromley bexley")
        XCTAssertTrue(SessionFixture.transcript(session, "save-analysis bad nonsense").hasPrefix("error: 'nonsense' is not a command"))
        let first = SessionFixture.transcript(session, "rerun top")
        XCTAssertTrue(first.split(separator: "\n").contains { $0.hasPrefix("top ") && $0.contains("first run") }, first)
        let again = SessionFixture.transcript(session, "rerun top")
        XCTAssertTrue(again.split(separator: "\n").contains { $0.hasPrefix("top ") && $0.contains("unchanged") }, again)
        try #"{"command": "compare --by nothing", "name": "broken"}"#.write(
            to: root.appendingPathComponent("Workspaces/london-2010/analyses/broken.json"), atomically: true, encoding: .utf8)
        let all = session.execute("rerun")
        XCTAssertEqual(all.status, .ok)
        let text = SessionFixture.transcript(session, "rerun")
        XCTAssertTrue(text.contains("broken"), text)
        XCTAssertTrue(text.contains("failed"), text)
        XCTAssertTrue(text.contains("pilot-comparison"), text)
        XCTAssertTrue(SessionFixture.transcript(session, "rerun nothere").hasPrefix("error: No saved analysis is named 'nothere'."))
    }
}
