import WorkbenchCore
import WorkbenchWorkspace
import XCTest

final class CSVReaderTests: XCTestCase {
    func testQuotedFieldsCommasNewlinesAndDoubledQuotes() throws {
        let text = "\u{FEFF}name,note\r\n\"Penge, new\",\"said \"\"yes\"\"\"\nSidcup,\"two\nlines\"\n\n"
        let table = try CSVReader.parse(text, file: "t.csv", hasHeader: true)
        XCTAssertEqual(table.header, ["name", "note"])
        XCTAssertEqual(table.rows.map(\.fields), [["Penge, new", "said \"yes\""], ["Sidcup", "two\nlines"]])
        XCTAssertEqual(table.rows.map(\.line), [2, 3])
        XCTAssertEqual(table.column("NOTE"), 1)
    }

    func testUnterminatedQuoteNamesTheLine() {
        XCTAssertThrowsError(try CSVReader.parse("a,b\n1,\"open\n", file: "t.csv", hasHeader: true)) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.location?.file, "t.csv")
            XCTAssertEqual(error?.location?.line, 2)
            XCTAssertEqual(error?.message, "A quoted field is never closed.")
        }
    }

    func testStrayQuoteNamesLineAndColumn() {
        XCTAssertThrowsError(try CSVReader.parse("a,b\n1,x\"y\n", file: "t.csv", hasHeader: false)) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.location?.line, 2)
            XCTAssertEqual(error?.location?.column, 4)
        }
    }

    func testEmptyFileWithHeaderIsAnError() {
        XCTAssertThrowsError(try CSVReader.parse("", file: "e.csv", hasHeader: true))
        XCTAssertEqual(try CSVReader.parse("", file: "e.csv", hasHeader: false).rows.count, 0)
    }
}
