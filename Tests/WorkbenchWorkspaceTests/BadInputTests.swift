import Foundation
import WorkbenchCore
import WorkbenchWorkspace
import XCTest

/// Each class of bad input a workspace can hold, with the exact error the analyst sees (file, line, column, field
/// and message): malformed JSON, a wrong type, a missing field, an out-of-range value, binary garbage, a huge file;
/// CSV with a stray quote, an unterminated quote, text after a closing quote, too many fields. Inputs that crashed
/// the workbench when fuzzed or soaked are kept here as regression tests.
final class BadInputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-badinput-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// The shipped manifest, as text, for editing into bad ones.
    private static let good = """
        {
          "assumptions" : {
            "decliningSchedule" : true,
            "discountRate" : 0.035,
            "horizonYears" : 10,
            "iterations" : 10000,
            "optimismBias" : "upper-bound",
            "priceBaseYear" : "2010/11",
            "randomSeed" : 2010
          },
          "description" : "Test.",
          "formatVersion" : 1,
          "modules" : [],
          "name" : "bad-input",
          "objectives" : [],
          "successFactors" : []
        }

        """

    /// Opens a workspace whose workspace.json holds `data`; returns the error's text with the folder's path replaced.
    private func openError(_ data: Data, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let manifest = folder.appendingPathComponent("workspace.json")
        XCTAssertNoThrow(try data.write(to: manifest), file: file, line: line)
        do {
            _ = try Workspace(folder: folder)
            XCTFail("the workspace opened", file: file, line: line)
            return nil
        } catch let error as WorkbenchError {
            XCTAssertEqual(error.code, .invalidFile, file: file, line: line)
            return error.description.replacingOccurrences(of: folder.standardizedFileURL.path, with: "<ws>")
        } catch {
            XCTFail("not a WorkbenchError: \(error)", file: file, line: line)
            return nil
        }
    }

    private func openError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        openError(Data(text.utf8), file: file, line: line)
    }

    func testTheGoodManifestOpens() throws {
        try Data(Self.good.utf8).write(to: folder.appendingPathComponent("workspace.json"))
        XCTAssertEqual(try Workspace(folder: folder).manifest.assumptions.horizonYears, 10)
    }

    func testMalformedJSON() {
        XCTAssertEqual(openError(Self.good.replacingOccurrences(of: "\"Test.\",", with: "\"Test.\",,")),
            "<ws>/workspace.json:11:27: The file is not valid JSON: Invalid value around character 257.\nFix the syntax at that place (a missing comma, quote or brace is the usual cause).")
    }

    func testTruncatedJSON() {
        XCTAssertEqual(openError(String(Self.good.prefix(120))),
            "<ws>/workspace.json: The file is not valid JSON: Unexpected end of file during JSON parse.\nFix the syntax at that place (a missing comma, quote or brace is the usual cause).")
    }

    func testWrongType() {
        XCTAssertEqual(openError(Self.good.replacingOccurrences(of: "0.035", with: "\"high\"")),
            "<ws>/workspace.json:4, field 'assumptions.discountRate': The value of 'assumptions.discountRate' should be a number.")
    }

    func testMissingField() {
        XCTAssertEqual(openError(Self.good.replacingOccurrences(of: "\"name\" : \"bad-input\",", with: "")),
            "<ws>/workspace.json, field 'name': The field 'name' is missing.\nAdd \"name\" to the object.")
    }

    func testOutOfRangeValue() {
        XCTAssertEqual(openError(Self.good.replacingOccurrences(of: "\"horizonYears\" : 10", with: "\"horizonYears\" : -4")),
            "<ws>/workspace.json:5, field 'assumptions.horizonYears': The horizon -4 is outside 1 to 300 years.\n"
            + "Correct the value in workspace.json or with 'set'.")
        XCTAssertEqual(openError(Self.good.replacingOccurrences(of: "0.035", with: "1e308")),
            "<ws>/workspace.json:4, field 'assumptions.discountRate': The discount rate 1e+308 is outside 0 to 1 (0% to 100%).\n"
            + "Correct the value in workspace.json or with 'set'.")
    }

    func testBinaryGarbage() {
        XCTAssertEqual(openError(Data([0xFF, 0xFE, 0x00, 0x7B, 0xC3, 0x28, 0x0A, 0x01])),
            "<ws>/workspace.json:1:1: The file is not valid JSON: Invalid value around character 0.\nFix the syntax at that place (a missing comma, quote or brace is the usual cause).")
    }

    func testEmptyFile() {
        XCTAssertEqual(openError(Data()),
            "<ws>/workspace.json: The file is not valid JSON: Unexpected end of file during JSON parse.\nFix the syntax at that place (a missing comma, quote or brace is the usual cause).")
    }

    func testHugeFile() {
        // 16 MiB + 2 of spaces inside a JSON array: refused by size before it is read.
        var data = Data("[".utf8)
        data.append(Data(repeating: 0x20, count: JSONFileDecoder.maxBytes))
        data.append(Data("]".utf8))
        XCTAssertEqual(openError(data), "<ws>/workspace.json: The file is 16777218 bytes, more than the 16777216 (16 MB) the workbench reads; it was not read.\nSplit the file or remove what is not needed.")
    }

    // MARK: CSV

    private func csvError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            _ = try CSVReader.parse(text, file: "inputs/x.csv", hasHeader: true)
            XCTFail("the CSV parsed", file: file, line: line)
            return nil
        } catch {
            return (error as? WorkbenchError)?.description
        }
    }

    func testCSVStrayQuote() {
        XCTAssertEqual(csvError("a,b,c\n1,2\"3,4\n"),
            "inputs/x.csv:2:4: A quote appears inside an unquoted field.\nQuote the whole field and double any quote inside it (\"\"like this\"\").")
    }

    func testCSVUnterminatedQuote() {
        XCTAssertEqual(csvError("a,b,c\n1,\"2,3\n4,5,6\n"), "inputs/x.csv:2: A quoted field is never closed.\nAdd the closing quote.")
    }

    func testCSVTextAfterClosingQuote() {
        XCTAssertEqual(csvError("a,b,c\n1,\"2\"x,3\n"), "inputs/x.csv:2:6: Text follows a closing quote.\nPut the whole field inside the quotes.")
    }

    func testCSVTooManyFields() {
        XCTAssertEqual(csvError("a\n" + String(repeating: ",", count: CSVReader.maxFields) + "\n"),
            "inputs/x.csv:2:10001: A row has more than 10000 fields.\nCheck that the file is CSV.")
    }

    func testCSVBinaryGarbageInTheComparatorsFile() {
        let garbage = String(decoding: [0xFF, 0x00, 0x2C, 0xC3, 0x28, 0x0A, 0x22, 0x22, 0x2C, 0x01], as: UTF8.self)
        XCTAssertThrowsError(try ComparatorsFile.parse(garbage, file: "inputs/london-authorities.csv")) { error in
            let text = (error as? WorkbenchError)?.description ?? ""
            XCTAssertTrue(text.hasPrefix("inputs/london-authorities.csv:1, field 'id': The comparators file has no 'id' column.\n"), text)
        }
    }

    // MARK: Regressions found by fuzzing and soaking

    /// `ahp` on a pairwise cell of 1e300 trapped converting the cell to `Int` for "1/N" in its message.
    func testPairwiseCellTooLargeForAnIntegerIsReportedNotTrapped() {
        XCTAssertThrowsError(try MatrixFile.pairwise(csv: ",a,b\na,1,1e300\nb,5,1\n", file: "p.csv")) { error in
            XCTAssertEqual(
                (error as? WorkbenchError)?.description,
                "p.csv:3:2, field 'a': The comparison of 'b' with 'a' is 5, but 'a' with 'b' (line 2, column 3) is 1e300; "
                + "the matrix must be reciprocal, so it should be 0.\nMake each entry below the diagonal the reciprocal of its mirror above it.")
        }
    }

    /// `discount-factors 1e308 10` trapped formatting the rate: `MoneyFormat.fixed` converted 1e310 to `Int64`.
    func testHugeFiguresFormatWithoutTrapping() {
        XCTAssertEqual(MoneyFormat.fixed(1e308, decimals: 2), "1e+308")
        XCTAssertEqual(MoneyFormat.fixed(-1e19, decimals: 0), "-1e+19")
        XCTAssertEqual(MoneyFormat.grouped(1e300), "1e+300")
        XCTAssertEqual(Rate(fraction: 1e306).description, "1e+308%")
        // Hand check: the largest values that still fit print as digits.
        XCTAssertEqual(MoneyFormat.fixed(123_456.789, decimals: 2), "123456.79")
        XCTAssertEqual(MoneyFormat.grouped(8.9e18), "8,900,000,000,000,000,000")
    }

    /// A journal whose last line was torn by a kill reads as the whole records before it.
    func testTornJournalLineIsSkipped() throws {
        let file = folder.appendingPathComponent("journal.jsonl")
        try Data("""
            {"sequence":1,"event":"begun","line":"set horizon 12","time":"2026-11-29T15:00:00Z"}
            {"sequence":1,"event":"finished","line":"set horizon 12","time":"2026-11-29T15:00:01Z","status":"ok"}
            {"sequence":2,"event":"beg
            """.utf8).write(to: file)
        XCTAssertEqual(SessionJournal.read(file).map(\.sequence), [1, 1])
    }
}
