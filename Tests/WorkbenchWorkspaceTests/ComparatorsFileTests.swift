import Foundation
import WorkbenchCore
import WorkbenchWorkspace
import XCTest

final class ComparatorsFileTests: XCTestCase {
    /// Two rows in the file's own format: one complete, one with the optional figures left blank and a method of its
    /// own. The numbers are Bromley's and Camden's from authorities.csv [S72] and the Taskforce dataset [S71].
    static let fixture = """
        id,name,ons_code,london,population,hectares,imd_multiple,imd_income,imd_employment,imd_education,imd_health,\
        imd_crime,imd_housing,imd_environment,dependent_children,working_age,over_sixty,libraries_2010,libraries_2016,\
        weekly_hours_2016,population_source,hectares_source,deprivation_source,ages_source,libraries_2010_source,\
        libraries_2010_method,libraries_2016_source,libraries_2016_method,weekly_hours_source,weekly_hours_method,note
        bromley,Bromley,E09000006,yes,324857,15013.487,6.832,6.538,6.898,7.305,7.99,4.589,4.406,6.355,64585,200288,\
        70825,15,14,548.5,S72,S72,S72,S72,S71,,S71,,S71,,
        camden,Camden,E09000007,yes,241059,2178.932,,,,,,,,,,,,13,9,,S72,S72,,,S71 S30,"12 rows, plus St Pancras",\
        S71,,,,

        """

    func testParsesValuesAndProvenance() throws {
        let rows = try ComparatorsFile.parse(Self.fixture, file: "fixture.csv")
        XCTAssertEqual(rows.map(\.id), ["bromley", "camden"])
        let bromley = rows[0]
        XCTAssertEqual(bromley.name, "Bromley")
        XCTAssertEqual(bromley.onsCode, "E09000006")
        XCTAssertTrue(bromley.isLondon)
        XCTAssertEqual(bromley.population?.value, 324_857)
        XCTAssertEqual(bromley.population?.provenance, .published("S72", period: "mid-2015"))
        XCTAssertEqual(bromley.hectares?.value, 15_013.487)
        XCTAssertEqual(bromley.deprivation?.value.multiple, 6.832)
        XCTAssertEqual(bromley.deprivation?.value.environment, 6.355)
        XCTAssertEqual(bromley.ages?.value, AgeProfile(dependentChildren: 64_585, workingAge: 200_288, overSixty: 70_825))
        XCTAssertEqual(bromley.libraries2010?.value, 15)
        XCTAssertEqual(
            bromley.libraries2010?.provenance,
            .derived("S71", period: "April 2010", method: ComparatorsFile.libraries2010Method))
        XCTAssertEqual(bromley.libraries2016?.value, 14)
        XCTAssertEqual(bromley.weeklyHours?.value, 548.5)
        XCTAssertEqual(bromley.weeklyHours?.provenance.period, "2016")
        XCTAssertNil(bromley.annualSpend)

        let camden = rows[1]
        XCTAssertNil(camden.deprivation)
        XCTAssertNil(camden.ages)
        XCTAssertNil(camden.weeklyHours)
        XCTAssertEqual(camden.libraries2010?.value, 13)
        XCTAssertEqual(camden.libraries2010?.provenance.sources, ["S71", "S30"])
        XCTAssertEqual(camden.libraries2010?.provenance.method, "12 rows, plus St Pancras")
    }

    func testRoundTripsTextAndValues() throws {
        let rows = try ComparatorsFile.parse(Self.fixture, file: "fixture.csv")
        XCTAssertEqual(ComparatorsFile.render(rows), Self.fixture)
        XCTAssertEqual(try ComparatorsFile.parse(ComparatorsFile.render(rows), file: "again.csv"), rows)
    }

    func testBadNumberNamesFileLineAndColumn() {
        let text = Self.fixture.replacingOccurrences(of: ",241059,", with: ",241 059,")
        XCTAssertThrowsError(try ComparatorsFile.parse(text, file: "inputs/london-authorities.csv")) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.code, .invalidFile)
            XCTAssertEqual(error?.location?.file, "inputs/london-authorities.csv")
            XCTAssertEqual(error?.location?.line, 3)  // header is line 1, Bromley line 2, Camden line 3
            XCTAssertEqual(error?.location?.column, 5)  // population is the fifth column
            XCTAssertEqual(error?.location?.field, "population")
            XCTAssertTrue(error?.message.contains("'241 059'") ?? false, error?.message ?? "")
            XCTAssertNotNil(error?.hint)
        }
    }

    func testMissingColumnIsNamed() {
        let text = Self.fixture.replacingOccurrences(of: "hectares_source", with: "area_source")
        XCTAssertThrowsError(try ComparatorsFile.parse(text, file: "c.csv")) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.location?.line, 1)
            XCTAssertEqual(error?.location?.field, "hectares_source")
            XCTAssertEqual(error?.message, "The comparators file has no 'hectares_source' column.")
        }
    }

    func testValueWithoutSourceIsRejected() {
        let text = Self.fixture.replacingOccurrences(
            of: "548.5,S72,S72,S72,S72,S71,,S71,,S71,", with: "548.5,S72,S72,S72,S72,S71,,S71,,,")
        XCTAssertThrowsError(try ComparatorsFile.parse(text, file: "c.csv")) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.location?.line, 2)
            XCTAssertEqual(error?.location?.field, "weekly_hours_source")
        }
    }

    func testPartialDeprivationAndBadIdAndRepeatsAreRejected() {
        let partial = Self.fixture.replacingOccurrences(of: ",6.832,", with: ",,")
        XCTAssertThrowsError(try ComparatorsFile.parse(partial, file: "c.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.location?.field, "imd_multiple")
        }
        let badID = Self.fixture.replacingOccurrences(of: "\nbromley,", with: "\nBromley Borough,")
        XCTAssertThrowsError(try ComparatorsFile.parse(badID, file: "c.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.location?.field, "id")
        }
        let repeated = Self.fixture.replacingOccurrences(of: "\ncamden,Camden", with: "\nbromley,Camden")
        XCTAssertThrowsError(try ComparatorsFile.parse(repeated, file: "c.csv")) { error in
            XCTAssertTrue((error as? WorkbenchError)?.message.contains("line 2") ?? false)
        }
    }

    // MARK: - The shipped file

    /// The package folder, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func shippedText() throws -> String {
        let url = packageRoot.appendingPathComponent("Workspaces/london-2010/inputs/london-authorities.csv")
        return try String(contentsOf: url, encoding: .utf8)
    }

    func testShippedFileParsesAndRoundTrips() throws {
        let text = try Self.shippedText()
        let rows = try ComparatorsFile.parse(text, file: "london-authorities.csv")
        XCTAssertEqual(rows.count, 33)
        XCTAssertTrue(rows.allSatisfy(\.isLondon))
        XCTAssertTrue(rows.allSatisfy { $0.onsCode?.hasPrefix("E09") ?? false })
        XCTAssertTrue(rows.contains { $0.id == "kensington-and-chelsea" })
        XCTAssertTrue(rows.contains { $0.id == "city-of-london" })
        let pilots = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        // Headline facts of the pilots (authorities.csv [S72]; counts and hours from libraries_raw.csv [S71]).
        XCTAssertEqual(pilots["bromley"]?.population?.value, 324_857)
        XCTAssertEqual(pilots["bromley"]?.libraries2010?.value, 15)
        XCTAssertEqual(pilots["camden"]?.libraries2010?.value, 13)
        XCTAssertEqual(pilots["camden"]?.libraries2010?.provenance.sources, ["S71", "S30"])
        XCTAssertEqual(pilots["bexley"]?.weeklyHours?.value, 294)
        XCTAssertEqual(pilots["enfield"]?.weeklyHours?.value, 704)
        XCTAssertEqual(pilots["merton"]?.libraries2016?.value, 7)

        // The text round-trips exactly, notes included.
        let table = try CSVReader.parse(text, file: "london-authorities.csv", hasHeader: true)
        let noteColumn = try XCTUnwrap(table.column("note"))
        var notes: [BoroughID: String] = [:]
        for (row, record) in zip(table.rows, rows) where !row.fields[noteColumn].isEmpty {
            notes[record.id] = row.fields[noteColumn]
        }
        XCTAssertEqual(ComparatorsFile.render(rows, notes: notes), text)
    }

    /// The shipped counts, hours and populations agree with the raw dataset, when it is on this machine.
    func testShippedFileAgreesWithRawDataset() throws {
        let data = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        guard FileManager.default.fileExists(atPath: data.appendingPathComponent("libraries_raw.csv").path) else {
            throw XCTSkip("The raw dataset libraries_raw.csv is not at ../shared/data beside the package.")
        }
        let rows = try ComparatorsFile.parse(Self.shippedText(), file: "london-authorities.csv")
        let raw = try CSVReader.parse(
            String(decoding: try Data(contentsOf: data.appendingPathComponent("libraries_raw.csv")), as: UTF8.self),
            file: "libraries_raw.csv", hasHeader: false)
        let authorities = try CSVReader.parse(
            String(decoding: try Data(contentsOf: data.appendingPathComponent("authorities.csv")), as: UTF8.self),
            file: "authorities.csv", hasHeader: true)

        func isYes(_ text: String) -> Bool { text.trimmingWhitespace().lowercased() == "yes" }
        /// `47.5`, `47:30` or `47:30:00` as hours; nil for blank or anything else.
        func hours(_ text: String) -> Double? {
            let parts = text.trimmingWhitespace().split(separator: ":")
            if parts.count == 1 { return Double(parts[0]) }
            guard parts.count >= 2, let whole = Double(parts[0]), let minutes = Double(parts[1]) else { return nil }
            return whole + minutes / 60
        }
        for record in rows {
            let branches = raw.rows.filter { $0.fields[0].trimmingWhitespace() == record.name }
            XCTAssertFalse(branches.isEmpty, "no rows for \(record.name) in libraries_raw.csv")
            let count2010 = branches.filter { isYes($0.fields[4]) }.count
            let statutory2016 = branches.filter { isYes($0.fields[5]) }
            // Camden: St Pancras, replaced by Pancras Square in 2014, has no row of its own [S30].
            let expected2010 = record.id == "camden" ? count2010 + 1 : count2010
            XCTAssertEqual(record.libraries2010?.value, expected2010, record.name)
            XCTAssertEqual(record.libraries2016?.value, statutory2016.count, record.name)
            let rowHours = statutory2016.map { hours($0.fields[12]) }
            let method = record.weeklyHours?.provenance.method
            if let total = record.weeklyHours?.value, method == ComparatorsFile.weeklyHoursMethod {
                XCTAssertTrue(rowHours.allSatisfy { $0 != nil }, "\(record.name) has a library without hours")
                XCTAssertEqual(total, rowHours.compactMap { $0 }.reduce(0, +), accuracy: 0.001, record.name)
            }
            let source = try XCTUnwrap(authorities.rows.first { $0.fields[2] == record.onsCode }, record.name)
            XCTAssertEqual(record.population?.value, Double(source.fields[20]), record.name)
            XCTAssertEqual(record.hectares?.value, Double(source.fields[3]), record.name)
        }
    }
}
