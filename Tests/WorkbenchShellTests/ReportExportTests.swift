import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// The `report`, `export`, `import` commands and the `--chart` flag as an analyst types them (the CSV rules alone are
/// tested in WorkbenchReportsTests).
final class ReportExportTests: XCTestCase {
    private var session: Session!

    override func setUpWithError() throws {
        session = try SessionFixture.session()
        let folder = session.context.workspace.folder.deletingLastPathComponent()
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    }

    private func run(_ line: String) -> String { SessionFixture.transcript(session, line) }
    private var reports: URL { session.context.workspace.folder.appendingPathComponent("reports") }

    // MARK: Commands

    func testExportWritesTheComparisonAsCSVThatReadsBack() throws {
        let path = reports.appendingPathComponent("tables/compare.csv").path
        let rule = String(repeating: "-", count: path.count)
        XCTAssertEqual(run("export compare --all --by hours --to tables/compare.csv"), """
            Export written
            Item     Value
            -------  \(rule)
            File     \(path)
            Format   CSV
            Command  compare --all --by hours
            Rows     33
            """)
        let bytes = try Data(contentsOf: reports.appendingPathComponent("tables/compare.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark")
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}Id,Authority,Population (people),"))
        let table = try CSVReader.parse(text, file: "compare.csv", hasHeader: true)
        XCTAssertEqual(table.rows.count, 33)
        let bromley = try XCTUnwrap(table.rows.first { $0.fields[0] == "bromley" })
        XCTAssertEqual(bromley.fields[2], "324857")
        XCTAssertEqual(bromley.fields[4], "15")
        // Writing again without --force is refused and the file is kept.
        XCTAssertEqual(run("export compare --to tables/compare.csv"),
                       "error: The file 'tables/compare.csv' exists already; it was not overwritten.\nAdd --force to replace it, or choose another name.")
        XCTAssertTrue(run("export compare --to tables/compare.csv --force").hasPrefix("Export written"))
    }

    func testExportRefusesPathsOutsideReportsAndNeedsTo() {
        XCTAssertEqual(run("export compare --to ../../escape.csv"), """
            error: The output path '../../escape.csv' contains '..'; relative paths stay inside the workspace's reports/ folder.
            Name a file inside reports/ (such as 'board/compare.html'), or give an absolute path to write elsewhere.
            """)
        XCTAssertEqual(run("export compare"), "error: Say where to write the export with --to.\nFor example: export compare --to result.csv (or .json, .xlsx).")
        XCTAssertEqual(run("export compare --to x.xls"),
                       "error: The output path 'x.xls' does not end in .csv or .json or .xlsx.\nName the file with its format's extension, such as 'report.csv'.")
        XCTAssertEqual(run("export set seed 4 --to s.csv"),
                       "error: 'set' cannot be put in a report: reports run commands that only read the workspace.\nRun 'set' on its own, then report on a command that shows the result.")
    }

    func testReportWritesSelfContainedHTMLWithChartAndSources() throws {
        let reply = session.execute("report compare --all --by hours --to board/compare.html")
        XCTAssertEqual(reply.status, .ok, ReplyRenderer.text(reply))
        let html = try String(contentsOf: reports.appendingPathComponent("board/compare.html"), encoding: .utf8)
        let parsed = ReportXMLChecker.check(html)
        XCTAssertNil(parsed.error, parsed.error ?? "")
        // The chart, and the map a comparison by a measure has: 33 borough shapes and the libraries as dots.
        XCTAssertEqual(parsed.counts["svg"], 2)
        XCTAssertGreaterThanOrEqual(parsed.counts["path", default: 0], 33)
        XCTAssertGreaterThan(parsed.counts["circle", default: 0], 300)
        XCTAssertGreaterThanOrEqual(parsed.counts["rect", default: 0], 30)   // a bar for each authority with hours
        for needle in ["Assumptions in force", "discount-rate", "Annual opening hours per 1,000 people", "2008 standard: 128",
                       "[S68]", "[S71]", "[S72]", "Sources"] {
            XCTAssertTrue(parsed.text.contains(needle), needle)
        }
        // Markdown from a quoted command line, and a saved analysis by name.
        XCTAssertEqual(session.execute("report 'neighbours bromley --k 5' --to nb.md").status, .ok)
        let markdown = try String(contentsOf: reports.appendingPathComponent("nb.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("## neighbours bromley --k 5"))
        XCTAssertTrue(markdown.contains("| 1 | sutton | Sutton |"))
        XCTAssertEqual(session.execute("save-analysis pilot-hours compare --by hours").status, .ok)
        XCTAssertEqual(session.execute("report pilot-hours --to --force-free.html").status, .error, "an option-like path is refused")
        XCTAssertEqual(session.execute("report --to saved.html pilot-hours").status, .ok)
        let saved = try String(contentsOf: reports.appendingPathComponent("saved.html"), encoding: .utf8)
        XCTAssertTrue(saved.contains("<h2>Analysis &#39;pilot-hours&#39;: compare --by hours</h2>"), saved)
        XCTAssertEqual(run("report nothing-here"), "error: 'nothing-here' is neither a command nor a saved analysis.\nGive a command line such as 'compare --all', or a name saved with 'save-analysis'.")
    }

    func testChartFlagAddsATextChartAfterTheTable() {
        let text = run("compare --chart")
        XCTAssertTrue(text.contains("\n\nAnnual opening hours per 1,000 people, 2016 [S71][S72]\nHours per 1,000 people a year (h)\nBexley  │"))
        XCTAssertTrue(text.hasSuffix("┊ 2008 standard: 128 [S68] = 128"))
        XCTAssertFalse(run("compare").contains("│"), "without --chart no chart is shown")
        XCTAssertTrue(run("assumptions --chart").hasSuffix("note: 'assumptions' draws no chart; --chart has nothing to show."))
    }

    func testImportFixturesThenNeighboursWithinEngland() throws {
        let folder = session.context.workspace.folder.deletingLastPathComponent()
        let libraries = folder.appendingPathComponent("libs.csv")
        let authorities = folder.appendingPathComponent("auth.csv")
        try """
            Bromley,Beckenham Library,"Beckenham Road, Beckenham",BR3 4PE,yes,yes,LAL,,,,,,43.5,43.5,,
            Bromley,Anerley,"Anerley Rd",SE20 8BD,yes,no,,XL,2014,,,,0,0,,
            Rutland,Oakham,"Catmos St",LE15 6HW,yes,yes,LAL,,,,,,36:30,36:30,,
            Rutland,Broken line
            """.write(to: libraries, atomically: true, encoding: .utf8)
        try """
            name,code,hectares,multiple,income,employment,education,health,crime,housing,environment,population,dependent_children,working_age,over_sixty
            Bromley,E09000006,15013,6.8,6.6,6.9,7.6,8.4,4.2,4.1,5.8,324857,68000,200000,75000
            Rutland,E06000017,39372,9.1,9.0,9.2,8.8,9.5,9.6,4.0,7.0,37600,7000,21000,9600
            Sutton,E09000029,4385,6.9,6.5,6.9,7.8,7.9,5.1,4.2,5.9,200145,44000,125000,44000
            """.write(to: authorities, atomically: true, encoding: .utf8)
        let first = run("import libraries \(libraries.path)")
        XCTAssertTrue(first.hasPrefix("Import of libraries from \(libraries.path)\n"))
        func row(_ text: String, _ label: String) -> String? {
            text.split(separator: "\n").first { $0.hasPrefix(label) }.map { String($0.dropFirst(label.count)).trimmingCharacters(in: .whitespaces) }
        }
        XCTAssertEqual(row(first, "Lines read"), "4")
        XCTAssertEqual(row(first, "Imported"), "3")
        XCTAssertEqual(row(first, "Lines skipped (1)"), "")
        XCTAssertEqual(row(first, "   4"), "has 2 columns; the dataset has 16 (at least 14 needed)")
        let second = run("import authorities \(authorities.path)")
        XCTAssertEqual(row(second, "Joined with library counts"), "2", second)
        let england = try String(contentsOf: session.context.workspace.folder.appendingPathComponent("inputs/england-authorities.csv"), encoding: .utf8)
        let rows = try Workspace.parseComparatorsFile(england, file: "england")
        XCTAssertEqual(rows.first { $0.id.rawValue == "rutland" }?.weeklyHours?.value, 36.5)
        XCTAssertEqual(rows.first { $0.id.rawValue == "bromley" }?.libraries2010?.value, 2)
        let neighbours = run("neighbours bromley --within england --k 2")
        XCTAssertTrue(neighbours.hasPrefix("Nearest neighbours of bromley within england (2 compared)"), neighbours)
        XCTAssertTrue(neighbours.contains("rutland") && neighbours.contains("sutton"), neighbours)
        XCTAssertEqual(run("import books x.csv"), "error: The value 'books' is invalid for '<dataset>'.\nImport 'libraries' (the Taskforce basic dataset), 'authorities' (the authorities statistics), 'boundaries' (GeoJSON), 'locations' (libraries_geo.csv) or 'catchments' (libraries_distances.csv).")
    }

    func testImportOfTheRealFilesWhenPresent() throws {
        let data = SessionFixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        guard FileManager.default.fileExists(atPath: data.appendingPathComponent("authorities.csv").path) else {
            throw XCTSkip("The real DCMS and ONS files are not at ../shared/data beside the package.")
        }
        XCTAssertEqual(session.execute("import libraries \(data.appendingPathComponent("libraries_raw.csv").path)").status, .ok)
        XCTAssertEqual(session.execute("import authorities \(data.appendingPathComponent("authorities.csv").path)").status, .ok)
        let england = try Workspace.parseComparatorsFile(
            String(contentsOf: session.context.workspace.folder.appendingPathComponent("inputs/england-authorities.csv"), encoding: .utf8), file: "e")
        XCTAssertEqual(england.first { $0.id.rawValue == "bromley" }?.libraries2010?.value, 15)
        XCTAssertEqual(england.first { $0.id.rawValue == "enfield" }?.libraries2010?.value, 17)
        let text = run("neighbours bromley --within england --k 3")
        XCTAssertTrue(text.contains("(151 compared)") || text.contains("(150 compared)"), text)
    }
}
