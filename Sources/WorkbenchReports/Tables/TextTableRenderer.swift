import WorkbenchCore

/// Renders a report table as aligned plain text for a terminal or a pipe: numbers right-aligned, text left-aligned,
/// a rule under the header, missing figures as `–`.
public enum TextTableRenderer {
    /// The table as lines of text, without a trailing newline.
    public static func render(_ table: ReportTable) -> String {
        let headers = table.columns.map { column in column.header }
        let body = table.rows.map { $0.map(\.text) }
        var widths = headers.map(\.count)
        for row in body {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let numericColumn: [Bool] = table.columns.indices.map { index in
            table.rows.contains { index < $0.count && $0[index].isNumeric }
        }
        func pad(_ text: String, _ index: Int) -> String {
            let fill = String(repeating: " ", count: max(0, widths[index] - text.count))
            return numericColumn[index] ? fill + text : text + fill
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { pad(cells[$0], $0) }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines: [String] = []
        if let title = table.title { lines.append(title) }
        lines.append(line(headers))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in body { lines.append(line(row)) }
        for note in table.notes { lines.append(note) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
