import Testing
import WorkbenchReports

/// Tables and text laid out for a terminal width: priorities, wrapping, the left-out line and the record layout.
@Suite("Text fitted to a width")
struct TextFittingTests {
    static let table = ReportTable(
        title: "Savings by option",
        columns: [
            ReportColumn("option", "Option"), ReportColumn("saving", "Saving a year"), ReportColumn("npv", "NPV"),
            ReportColumn("kind", "Kind"), ReportColumn("source", "Source"), ReportColumn("method", "Method"),
        ],
        rows: [
            [.text("shared-service"), .money(1_234_567), .money(9_870_000), .text("partnership of two boroughs"),
             .text("[S3][S72] the comparator statistics, mid-2015"), .text("population × £23.40 a head, derived from London's total")],
            [.text("rfid"), .money(-45_000), .money(120_000), .text("technology"), .text("[S40]"), .text("published")],
        ],
        notes: ["Saving a year: the full-year saving once every change is in place, in prices of 2010/11, before optimism bias."])

    func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test("Without a width the table is exactly the full-width rendering")
    func fullWidth() {
        #expect(TextTableRenderer.render(Self.table, layout: .full) == TextTableRenderer.render(Self.table))
    }

    @Test("Provenance and method columns are left out first, named in one line with how to see them")
    func provenanceLeftOutFirst() {
        let text = TextTableRenderer.render(Self.table, layout: TextLayout(width: 60))
        #expect(lines(text).allSatisfy { DisplayWidth.of($0) <= 60 }, "\(text)")
        let fit = TextTableRenderer.fitting(Self.table, layout: TextLayout(width: 60))
        #expect(fit.leftOut.map { Self.table.columns[$0].key }.contains("method"))
        #expect(fit.shown.contains(1) && fit.shown.contains(2))
        #expect(text.contains("Left out to fit 60 columns:") && text.contains("--wide") && text.contains("--columns"))
        for figure in ["£1.23m", "-£45.0k", "£9.87m", "£120k"] { #expect(text.contains(figure), "\(figure) in \(text)") }
    }

    @Test("--columns keeps a named column on screen, leaving others out instead")
    func keptColumns() {
        let fit = TextTableRenderer.fitting(Self.table, layout: TextLayout(width: 60, keptColumns: ["Method"]))
        #expect(fit.shown.contains(5))
    }

    @Test("Long text wraps within its column at spaces; numbers are never cut")
    func wrapping() {
        let text = TextTableRenderer.render(Self.table, layout: TextLayout(width: 80))
        #expect(lines(text).allSatisfy { DisplayWidth.of($0) <= 80 }, "\(text)")
        #expect(text.contains("£1.23m") && text.contains("£9.87m"))
        // The note wraps at word boundaries: every word of it is still whole.
        for word in Self.table.notes[0].split(separator: " ") { #expect(text.contains(word)) }
    }

    @Test("A table whose figures do not fit side by side becomes one block per row")
    func records() {
        let wide = ReportTable(
            columns: [ReportColumn("id", "Id")] + (1...12).map { ReportColumn("y\($0)", "Year \($0) flow") },
            rows: [[.text("a")] + (1...12).map { .money(Double($0) * 1_000_000) }])
        let text = TextTableRenderer.render(wide, layout: TextLayout(width: 80))
        #expect(TextTableRenderer.fitting(wide, layout: TextLayout(width: 80)).asRecords)
        #expect(text.contains("-[ RECORD 1 ]"))
        #expect(text.contains("Year 12 flow: £12.0m"), "\(text)")
        #expect(lines(text).allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("Paragraphs wrap at word boundaries with a hanging indent for 'name   value' lines")
    func paragraphs() {
        let text = WordWrap.block("  compare      " + String(repeating: "boroughs side by side ", count: 6), width: 50)
        let wrapped = lines(text)
        #expect(wrapped.count > 1 && wrapped.allSatisfy { DisplayWidth.of($0) <= 50 })
        #expect(wrapped.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 15)) })
        #expect(WordWrap.lines("a verylongwordthatcannotfit", width: 10).allSatisfy { DisplayWidth.of($0) <= 10 })
    }
}
