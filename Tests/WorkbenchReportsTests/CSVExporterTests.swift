import Foundation
import Testing
import WorkbenchReports

/// CSV export rules: RFC 4180 quoting, a byte-order mark, units in headers, CRLF, and formulas neutralised.
struct CSVExporterTests {
    @Test func csvQuotesAsRFC4180WithBOMUnitsAndCRLF() {
        let table = ReportTable(
            columns: [ReportColumn("name", "Name"), ReportColumn("population", "Population", unit: "people"), ReportColumn("share", "Share")],
            rows: [
                [.text("Kingston upon Thames"), .number(173_525, decimals: 0), .percent(0.125, decimals: 0)],
                [.text("Say \"hello\", world\nagain"), .missing, .percent(1.0 / 3.0, decimals: 1)],
            ])
        let csv = CSVExporter.render(table)
        #expect(csv == "\u{FEFF}Name,Population (people),Share (fraction)\r\n"
            + "Kingston upon Thames,173525,0.125\r\n"
            + "\"Say \"\"hello\"\", world\nagain\",,0.333333333333\r\n")
    }

    @Test func csvNeutralisesFormulasButNotPlainNumbers() {
        let cells = ["=SUM(A1:A9)", "+44 20 7946", "-2+3", "@cmd", "\tlead", "\rlead", "-3", "+2", "-1.5e3", "12", "plain", "=1"]
        let table = ReportTable(columns: [ReportColumn("value", "Value")], rows: cells.map { [.text($0)] })
        let lines = CSVExporter.render(table).dropFirst().components(separatedBy: "\r\n")
        #expect(Array(lines[1...12]) == [
            "'=SUM(A1:A9)", "'+44 20 7946", "'-2+3", "'@cmd", "'\tlead", "\"'\rlead\"", "-3", "+2", "-1.5e3", "12", "plain", "'=1",
        ])
        #expect(CSVExporter.safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        // Headers are neutralised too.
        #expect(CSVExporter.render(ReportTable(columns: [ReportColumn("k", "=cmd")])).hasPrefix("\u{FEFF}'=cmd\r\n"))
    }
}
