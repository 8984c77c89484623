import Testing
import WorkbenchReports

/// A figure shown in words (`2 years`, `none`, `£18.14`): the text keeps the words, JSON and CSV get the number.
@Suite("Described cells")
struct DescribedCellTests {
    @Test("Text shows the words; JSON and CSV the number, or null and an empty field when there is none")
    func describedCell() {
        let cell = ReportCell.described(2.5, text: "2.5 years")
        #expect(cell.text == "2.5 years")
        #expect(!cell.isNumeric)
        #expect(cell.json == .number(2.5))
        let none = ReportCell.described(nil, text: "none within the horizon")
        #expect(none.text == "none within the horizon")
        #expect(none.json == .null)
        let table = ReportTable(columns: [ReportColumn("payback", "Payback")], rows: [[cell], [none]])
        #expect(CSVExporter.render(table) == CSVExporter.byteOrderMark + "Payback\r\n2.5\r\n\r\n")
    }

    @Test("The dash that marks a missing figure is null in JSON; other text stays text")
    func dashIsNull() {
        #expect(ReportCell.text("–").json == .null)
        #expect(ReportCell.text("2010/11").json == .string("2010/11"))
    }

    @Test("Table keys are snake_case whatever the column's key; the header keeps it")
    func tableKeysAreSnakeCase() {
        let table = ReportTable(columns: [ReportColumn("tri-borough-libraries", "tri-borough-libraries")], rows: [[.integer(3)]])
        guard case .array(let rows)? = table.json["rows"], case .array(let columns)? = table.json["columns"] else {
            Issue.record("no rows or columns in \(table.json.serialized())")
            return
        }
        #expect(rows.first?["tri_borough_libraries"] == .number(3))
        #expect(columns.first?["header"] == .string("tri-borough-libraries"))
    }
}
