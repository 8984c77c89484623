import Foundation
import WorkbenchCore
import WorkbenchWorkspace
import XCTest

/// The authorities importer and the output path guard.
final class ImportAuthoritiesTests: XCTestCase {
    static let fixture = """
        authority_id,name,code,hectares,multiple,income,employment,education,health,crime,housing,environment,idaci,idaopi,education,adultskills,services,wider,indoors,outdoors,population,dependent_children,working_age,sixteen_fiftynine,over_sixty
        1,Barking and Dagenham,E09000002,3779.934,2.600,2.491,3.227,3.645,3.909,2.055,1.673,3.855,2.500,2.664,4.700,2.900,7.955,1.064,4.273,2.936,201979,54912,126143,120507,25898
        2,Rutland,E06000017,39372.0,9.1,9.0,9.2,8.8,9.5,9.6,4.0,7.0,9,9,9,9,2,6,7,8,"37,600",7000,21000,20000,9600
        3,,E06000099,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1
        4,Nowhere,E06000098,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,many,1,1,1,1
        5,Rutland,E06000017,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1
        """

    func testImportsRowsAsComparatorStatisticsAndSaysWhyOthersWereSkipped() throws {
        let result = try AuthoritiesImporter.read(Self.fixture, file: "authorities.csv")
        XCTAssertEqual(result.linesRead, 5)
        XCTAssertEqual(result.records.map(\.id.rawValue), ["barking-and-dagenham", "rutland"])
        XCTAssertEqual(result.skipped.map(\.line), [4, 5, 6])
        XCTAssertEqual(result.skipped[1].message, "has 'many' in column 'population', not a number of zero or more")
        XCTAssertEqual(result.skipped[2].message, "repeats 'Rutland' of line 3")
        let barking = result.records[0]
        XCTAssertTrue(barking.isLondon)
        XCTAssertEqual(barking.population?.value, 201_979)
        XCTAssertEqual(barking.population?.provenance.sources, ["S72"])
        XCTAssertEqual(barking.deprivation?.value.education, 3.645)   // the first 'education' column is the domain
        XCTAssertEqual(barking.ages?.value.overSixty, 25_898)
        XCTAssertFalse(result.records[1].isLondon)
        XCTAssertEqual(result.records[1].population?.value, 37_600)   // "37,600" with a thousands comma
    }

    func testTheWrittenFileIsAComparatorsFileWithLibraryCountsJoined() throws {
        var records = try AuthoritiesImporter.read(Self.fixture, file: "authorities.csv").records
        LibraryCounts(statutory2010: 11, statutory2016: 6, weeklyHours: 254.5, withoutHours: 1).apply(to: &records[0])
        let text = ComparatorsFile.render(records)
        let back = try Workspace.parseComparatorsFile(text, file: "inputs/england-authorities.csv")
        XCTAssertEqual(back.count, 2)
        XCTAssertEqual(back[0].libraries2010?.value, 11)
        XCTAssertEqual(back[0].weeklyHours?.value, 254.5)
        XCTAssertEqual(back[0].weeklyHours?.provenance.method,
                       ComparatorsFile.weeklyHoursMethod + " (1 of 6 without readable hours left out)")
        XCTAssertNil(back[1].libraries2010)
    }

    func testTheRealAuthoritiesFileImportsEveryRow() throws {
        guard let folder = ImportLibrariesTests.sharedData else {
            throw XCTSkip("The real authorities.csv is not at ../shared/data beside the package.")
        }
        let text = try String(contentsOf: folder.appendingPathComponent("authorities.csv"), encoding: .utf8)
        let result = try AuthoritiesImporter.read(text, file: "authorities.csv")
        XCTAssertTrue(result.skipped.isEmpty, "\(result.skipped.prefix(3))")
        XCTAssertGreaterThanOrEqual(result.records.count, 150)
        XCTAssertEqual(result.records.filter(\.isLondon).count, 33)          // 32 boroughs and the City
        XCTAssertEqual(result.records.first { $0.id.rawValue == "bromley" }?.population?.value, 324_857)
    }

    // MARK: Output paths

    func makeWorkspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outputpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    func testRelativePathsStayInsideReports() throws {
        let workspace = try makeWorkspace()
        let path = try OutputPath("board/compare.html", workspace: workspace, extensions: ["html"], force: false)
        XCTAssertEqual(path.url.path, workspace.appendingPathComponent("reports/board/compare.html").standardizedFileURL.path)
        XCTAssertThrowsError(try OutputPath("../compare.html", workspace: workspace, extensions: ["html"], force: false)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message,
                           "The output path '../compare.html' contains '..'; relative paths stay inside the workspace's reports/ folder.")
        }
        XCTAssertThrowsError(try OutputPath("a/../../x.html", workspace: workspace, extensions: ["html"], force: false))
        XCTAssertThrowsError(try OutputPath("~/x.html", workspace: workspace, extensions: ["html"], force: false))
        XCTAssertThrowsError(try OutputPath("x.exe", workspace: workspace, extensions: ["html", "md"], force: false)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The output path 'x.exe' does not end in .html or .md.")
        }
    }

    func testALinkOutOfReportsIsRefused() throws {
        let workspace = try makeWorkspace()
        try FileManager.default.createSymbolicLink(
            at: workspace.appendingPathComponent("reports/out"), withDestinationURL: FileManager.default.temporaryDirectory)
        XCTAssertThrowsError(try OutputPath("out/x.csv", workspace: workspace, extensions: ["csv"], force: false)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message,
                           "The output path 'out/x.csv' leads outside the workspace's reports/ folder through a link.")
        }
    }

    func testNeverOverwritesWithoutForceAndWritesAtomically() throws {
        let workspace = try makeWorkspace()
        let first = try OutputPath("x.csv", workspace: workspace, extensions: ["csv"], force: false)
        try first.write("one\n")
        XCTAssertThrowsError(try OutputPath("x.csv", workspace: workspace, extensions: ["csv"], force: false)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.code, .writeFailed)
        }
        try OutputPath("x.csv", workspace: workspace, extensions: ["csv"], force: true).write("two\n")
        XCTAssertEqual(try String(contentsOf: first.url, encoding: .utf8), "two\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("reports").path)
        XCTAssertEqual(leftovers, ["x.csv"])   // no temporary file left behind
        // An absolute path is written as named, outside the workspace.
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outputpath-\(UUID().uuidString).md")
        addTeardownBlock { try? FileManager.default.removeItem(at: outside) }
        XCTAssertEqual(try OutputPath(outside.path, workspace: workspace, extensions: ["md"], force: false).url.path, outside.path)
    }
}
