import Foundation
import WorkbenchCore
import WorkbenchWorkspace
import XCTest

/// The libraries importer, the mojibake repair and the weekly-hours reader, on small fixtures and (when present) the
/// real Taskforce dataset.
final class ImportLibrariesTests: XCTestCase {
    /// The real data folder, `../shared/data` beside the package root, when it holds the dataset.
    static var sharedData: URL? {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = package.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: data.appendingPathComponent("libraries_raw.csv").path) ? data : nil
    }

    // MARK: Mojibake

    func testRepairsTheSpreadsheetExportsNoBreakSpaceAndPound() {
        // "åÊ" is U+00A0 (UTF-8 C2 A0) read as Latin-1 ("Â" + NBSP), saved as Mac Roman (E5 CA), read as Latin-1.
        // The Birmingham e-mail cells of the dataset start with this no-break space.
        let email = MojibakeRepair.repair("åÊbalsall.heath.library@birmingham.gov.uk")
        XCTAssertEqual(email.text, " balsall.heath.library@birmingham.gov.uk")
        XCTAssertTrue(email.repaired)
        // "£" (C2 A3) the same way: "Â£" → Mac Roman E5 A3 → "å£". Portishead's note in the dataset.
        XCTAssertEqual(MojibakeRepair.repair("following å£900,000 conversion").text, "following £900,000 conversion")
    }

    func testRepairsUTF8ReadAsWindows1252AndAsMacRoman() {
        // ’ is E2 80 99: as Windows-1252 "â€™"; as Mac Roman "‚Äô".
        XCTAssertEqual(MojibakeRepair.repair("St Annâ€™s Library").text, "St Ann’s Library")
        XCTAssertEqual(MojibakeRepair.repair("St Ann‚Äôs Library").text, "St Ann’s Library")
        XCTAssertEqual(MojibakeRepair.repair("CafÃ© and library").text, "Café and library")
    }

    func testLeavesGenuineTextAlone() {
        for text in ["St Ann’s Library", "£900,000 conversion", "Café", "Units 1 – 4, Horatio House", "São Paulo", "plain ascii"] {
            let result = MojibakeRepair.repair(text)
            XCTAssertEqual(result.text, text)
            XCTAssertFalse(result.repaired, text)
        }
        // A genuine no-break space becomes an ordinary space but is not counted as a repair.
        XCTAssertEqual(MojibakeRepair.repair("Campus,\u{A0}Pontefract").text, "Campus, Pontefract")
        XCTAssertFalse(MojibakeRepair.repair("Campus,\u{A0}Pontefract").repaired)
    }

    // MARK: Hours

    func testReadsTheHourFormatsCouncilsUsed() {
        func hours(_ text: String) -> Double? { if case .success(let value)? = WeeklyHours.parse(text) { return value }; return nil }
        XCTAssertEqual(hours("43.5"), 43.5)
        XCTAssertEqual(hours("49:30:00"), 49.5)      // 49 h 30 min
        XCTAssertEqual(hours("36:30"), 36.5)
        XCTAssertEqual(hours("49h45m"), 49.75)       // 45/60 = 0.75
        XCTAssertEqual(hours("71hrs 20m")!, 71 + 20.0 / 60, accuracy: 1e-12)
        XCTAssertEqual(hours("89h 40m")!, 89 + 40.0 / 60, accuracy: 1e-12)
        XCTAssertEqual(hours("35 hours per week"), 35)
        XCTAssertEqual(hours("161hrs"), 161)
        XCTAssertNil(WeeklyHours.parse("  "))
        XCTAssertEqual(WeeklyHours.parse("40-47.5"), .failure(.unreadable))
        XCTAssertEqual(WeeklyHours.parse("23 + 8 opened by partners"), .failure(.unreadable))
        XCTAssertEqual(WeeklyHours.parse("closed"), .failure(.unreadable))
        XCTAssertEqual(WeeklyHours.parse("564:00:00"), .failure(.tooMany(564)))
    }

    // MARK: Importer on a fixture

    /// Five lines in the dataset's layout: two good Bromley rows (one with mojibake and h:mm hours), a short line,
    /// a line whose statutory column says "maybe", and a line with no library name.
    static let fixture = """
        Bromley,Beckenham Library,"Beckenham Road, Beckenham",BR3 4PE,yes,yes,LAL,,,,,,43.5,43.5,beckenham.library@bromley.gov.uk,https://example.org/b
        Bromley,Anerley Town Hall,"Anerley Town Hall,åÊAnerley Rd",SE20 8BD,Yes,no,,XL,2014,,,now a locker,49:30:00,0,,
        Bromley,Short line,only,four
        Bexley,Blackfen,Cedar Avenue,DA15 9LU,maybe,no,ICL+,,,,,,27,27,,
        Bexley,,Somewhere,DA1 1AA,yes,yes,LAL,,,,,,10,10,,

        """

    func testImportsGoodLinesAndSaysWhyOthersWereSkipped() throws {
        let result = try LibrariesImporter.read(Self.fixture, file: "fixture.csv")
        XCTAssertEqual(result.linesRead, 5)
        XCTAssertEqual(result.records.map(\.name), ["Beckenham Library", "Anerley Town Hall"])
        XCTAssertEqual(result.skipped.map(\.line), [3, 4, 5])
        XCTAssertEqual(result.skipped[0].message, "has 4 columns; the dataset has 16 (at least 14 needed)")
        XCTAssertEqual(result.skipped[1].message, "says 'maybe' for statutory in April 2010 (column 5), not yes or no")
        XCTAssertEqual(result.skipped[2].message, "has no library name (column 2)")
        let anerley = result.records[1]
        XCTAssertEqual(anerley.address, "Anerley Town Hall, Anerley Rd")
        XCTAssertEqual(result.repaired.map(\.line), [2])
        XCTAssertTrue(anerley.statutory2010)
        XCTAssertFalse(anerley.statutory2016)
        XCTAssertEqual(anerley.weeklyHours2016, 49.5)
        XCTAssertEqual(anerley.authorityID, BoroughID("bromley"))
        XCTAssertEqual(anerley.branch.operation2016, .closed)
        XCTAssertEqual(anerley.branch.change, "closed 2014")
    }

    func testTheWorkspaceFileReadsBackToTheSameRecords() throws {
        let records = try LibrariesImporter.read(Self.fixture, file: "fixture.csv").records
        let text = LibrariesFile.render(records)
        XCTAssertEqual(try LibrariesFile.parse(text), records)
        // Counts by the comparators file's methods: 2 statutory in 2010, 1 in 2016 with 43.5 hours.
        let counts = LibraryCounts.byAuthority(records)[BoroughID("bromley")]
        XCTAssertEqual(counts, LibraryCounts(statutory2010: 2, statutory2016: 1, weeklyHours: 43.5, withoutHours: 0))
    }

    // MARK: The real dataset

    func testTheRealDatasetGivesThePublishedCounts() throws {
        guard let folder = Self.sharedData else {
            throw XCTSkip("The real libraries_raw.csv is not at ../shared/data beside the package.")
        }
        let text = try String(contentsOf: folder.appendingPathComponent("libraries_raw.csv"), encoding: .utf8)
        let result = try LibrariesImporter.read(text, file: "libraries_raw.csv")
        XCTAssertGreaterThan(result.records.count, 3_200)
        XCTAssertTrue(result.skipped.isEmpty, "\(result.skipped.prefix(5))")
        let counts = LibraryCounts.byAuthority(result.records)
        // Data README and domain reference: statutory in April 2010, by counting column 5.
        let expected = ["bexley": 12, "bromley": 15, "camden": 12, "enfield": 17, "merton": 7]
        for (id, count) in expected { XCTAssertEqual(counts[BoroughID(rawValue: id)]?.statutory2010, count, id) }
        // Barnet's 2016 hours: the London comparators file's 673, the sum over its 14 libraries statutory in July 2016.
        XCTAssertEqual(counts[BoroughID("barnet")]?.weeklyHours, 673)
        XCTAssertEqual(counts[BoroughID("barnet")]?.statutory2016, 14)
        // No cell is left with the Mac Roman mojibake of a no-break space.
        XCTAssertFalse(result.records.contains { ($0.name + $0.address + $0.notes).contains("åÊ") })
    }
}
