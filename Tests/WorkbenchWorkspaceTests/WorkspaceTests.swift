import Foundation
import WorkbenchCore
import WorkbenchWorkspace
import XCTest

final class WorkspaceTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ text: String) throws {
        try text.write(to: folder.appendingPathComponent("workspace.json"), atomically: true, encoding: .utf8)
    }

    func testTheDefaultWorkspaceOpens() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let workspace = try Workspace(folder: root.appendingPathComponent("Workspaces/london-2010"))
        XCTAssertEqual(workspace.manifest.name, "london-2010")
        XCTAssertEqual(workspace.manifest.assumptions.discountRate, Rate(fraction: 0.035))
        XCTAssertEqual(try workspace.comparators().count, 33)
    }

    func testAFolderWithoutManifestIsNotAWorkspace() {
        XCTAssertThrowsError(try Workspace(folder: folder)) { error in
            XCTAssertTrue((error as? WorkbenchError)?.message.contains("has no workspace.json") ?? false)
        }
    }

    func testSyntaxErrorNamesFileAndLine() throws {
        try write("{\n  \"name\": \"x\",\n  \"formatVersion\": 1\n  \"modules\": []\n}\n")
        XCTAssertThrowsError(try Workspace(folder: folder)) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.code, .invalidFile)
            XCTAssertTrue(error?.location?.file?.hasSuffix("workspace.json") ?? false)
            XCTAssertEqual(error?.location?.line, 4, "\(String(describing: error))")
        }
    }

    func testWrongTypeNamesTheFieldAndItsLine() throws {
        let manifest = try String(decoding: WorkspaceManifest.encoded(WorkspaceManifest(name: "x")), as: UTF8.self)
        try write(manifest.replacingOccurrences(of: "\"horizonYears\" : 10", with: "\"horizonYears\" : \"ten\""))
        XCTAssertThrowsError(try Workspace(folder: folder)) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.location?.field, "assumptions.horizonYears")
            XCTAssertEqual(error?.message, "The value of 'assumptions.horizonYears' should be a whole number.")
            XCTAssertNotNil(error?.location?.line)
        }
    }

    func testOutOfRangeValueNamesTheField() throws {
        var manifest = WorkspaceManifest(name: "x")
        manifest.assumptions.discountRate = Rate(fraction: 1.5)
        try write(String(decoding: try WorkspaceManifest.encoded(manifest), as: UTF8.self))
        XCTAssertThrowsError(try Workspace(folder: folder)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.location?.field, "assumptions.discountRate")
        }
    }

    func testUpdateSavesAtomicallyAndRejectsBadValuesWithoutWriting() throws {
        try write(String(decoding: try WorkspaceManifest.encoded(WorkspaceManifest(name: "x")), as: UTF8.self))
        let workspace = try Workspace(folder: folder)
        try workspace.update { $0.assumptions.horizonYears = 30 }
        XCTAssertEqual(try Workspace(folder: folder).manifest.assumptions.horizonYears, 30)
        let before = try Data(contentsOf: workspace.manifestFile)
        XCTAssertThrowsError(try workspace.update { $0.assumptions.horizonYears = 0 })
        XCTAssertEqual(try Data(contentsOf: workspace.manifestFile), before)
        XCTAssertEqual(workspace.manifest.assumptions.horizonYears, 30)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testAssumptionRulesQuoteTheValueAndRange() {
        var assumptions = Assumptions()
        XCTAssertThrowsError(try AssumptionRules.setting(named: "discount-rate")!.apply(&assumptions, "150%")) { error in
            XCTAssertEqual(
                (error as? WorkbenchError)?.message,
                "The value '150%' is invalid for 'discount-rate': expected a rate from 0% to 100%, such as 3.5% or 0.035.")
        }
        XCTAssertNoThrow(try AssumptionRules.setting(named: "price-base-year")!.apply(&assumptions, "2012/13"))
        XCTAssertEqual(assumptions.priceBaseYear, FinancialYear(startYear: 2012))
    }

    func testLocatorFindsTheDefaultWorkspaceFromBelow() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        XCTAssertEqual(WorkspaceLocator.findDefault(from: root)?.lastPathComponent, "london-2010")
    }
}
