public import WorkbenchCore
import Foundation

/// The sheets every exported workbook shares: the first sheet with the command and the assumptions, a sheet of
/// values for each table of a command's reply (saying which command produced it), and the `Sources` sheet.
public enum WorkbookSheets {
    /// The first sheet of a workbook that has no live appraisal: the command, who made it, the assumptions in force
    /// and the reply's own text and notes.
    public static func about(
        command: String, generatedBy: String, assumptions: ReportTable?, notes: [String], name: String = "About"
    ) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.set(row: 1, [.text("The command and assumptions that produced this workbook", style: .bold)])
        sheet.set(row: 2, [.text("Command", style: .bold), .text(command)])
        sheet.set(row: 3, [.text("Generated", style: .bold), .text(generatedBy)])
        sheet.set(row: 4, [.text("Figures", style: .bold), .text(
            "Values computed by the workbench (Monte Carlo, IRR roots, partitions, TOPSIS and other methods that are not spreadsheet arithmetic); each sheet names the command.")])
        sheet.spanningRows = [1, 2, 3, 4]
        var row = 6
        if let assumptions { row = place(assumptions, in: &sheet, at: row, title: "Assumptions in force (the 'assumptions' command)") + 1 }
        if !notes.isEmpty {
            sheet.set(row: row, [.text("Notes from the command", style: .bold)])
            row += 1
            for note in notes {
                sheet.set(row: row, [.text(note)])
                sheet.spanningRows.insert(row)
                row += 1
            }
        }
        return sheet
    }

    /// A sheet holding one table of a reply as values: its title, the command that produced it, a bold frozen
    /// header row with units in brackets, the rows with £ and % formats, and the table's notes below.
    public static func table(_ table: ReportTable, name: String, command: String) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.set(row: 1, [.text(table.title ?? "Table", style: .bold)])
        sheet.set(row: 2, [.text("Values produced by the workbench command '\(command)'.")])
        sheet.spanningRows = [1, 2]
        sheet.frozenRows = 3
        _ = placeRows(table, in: &sheet, at: 3)
        return sheet
    }

    /// Writes a table's title, header, rows and notes from a row; returns the next free row.
    public static func place(_ table: ReportTable, in sheet: inout Worksheet, at row: Int, title: String) -> Int {
        sheet.set(row: row, [.text(title, style: .bold)])
        sheet.spanningRows.insert(row)
        return placeRows(table, in: &sheet, at: row + 1)
    }

    /// Writes a table's header, rows and notes from a row; returns the next free row.
    static func placeRows(_ table: ReportTable, in sheet: inout Worksheet, at first: Int) -> Int {
        sheet.set(row: first, table.columns.map { column in
            .text(column.unit.map { "\(column.header) (\($0))" } ?? column.header, style: .bold)
        })
        var row = first + 1
        for cells in table.rows {
            sheet.set(row: row, cells.enumerated().map { index, cell in
                self.cell(cell, unit: index < table.columns.count ? table.columns[index].unit : nil)
            })
            row += 1
        }
        for note in table.notes {
            sheet.set(row: row, [.text(note)])
            sheet.spanningRows.insert(row)
            row += 1
        }
        return row
    }

    /// A report cell as a workbook cell: money and £ columns in pounds, percentages as percentages, counts grouped,
    /// missing figures as `–`, text as text.
    public static func cell(_ cell: ReportCell, unit: String?) -> WorkbookCell {
        let inPounds = unit.map { $0 == "£" || $0.hasPrefix("£/") } ?? false
        switch cell {
        case .text(let text): return .text(text)
        case .integer(let value): return .number(Double(value), style: WorkbookStyle(format: .decimal(decimals: 0)))
        case .number(let value, let decimals):
            return .number(value, style: inPounds && decimals == 0 ? .pounds : WorkbookStyle(format: .decimal(decimals: max(0, decimals))))
        case .money(let value): return .number(value, style: .pounds)
        case .percent(let value, let decimals): return .number(value, style: WorkbookStyle(format: .percent(decimals: max(0, decimals))))
        case .missing: return .text("–")
        case .described(let value, let text):
            // A figure shown in words: the number where there is one (so the sheet can compute with it), else the words.
            guard let value, value.isFinite else { return .text(text) }
            return .number(value, style: WorkbookStyle(format: .decimal(decimals: value.rounded() == value ? 0 : 2)))
        }
    }

    /// The `Sources` sheet: every source tag the workbench knows with its title and reference, those cited in this
    /// workbook marked.
    public static func sources(_ sources: [SourceReference], cited: Set<SourceTag>, name: String = "Sources") -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.set(row: 1, [.text("Sources: every tag cited as [S…] in the workbench, with its reference", style: .bold)])
        sheet.spanningRows = [1]
        sheet.set(row: 2, ["Tag", "Title", "Reference", "Cited in this workbook"].map { .text($0, style: .bold) })
        sheet.frozenRows = 2
        for (index, source) in sources.sorted(by: { $0.tag.rawValue.compare($1.tag.rawValue, options: .numeric) == .orderedAscending }).enumerated() {
            sheet.set(row: 3 + index, [
                .text(source.tag.rawValue), .text(source.title), .text(source.address ?? "–"),
                .text(cited.contains(source.tag) ? "yes" : ""),
            ])
        }
        return sheet
    }
}
