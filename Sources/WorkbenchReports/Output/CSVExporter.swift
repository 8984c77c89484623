import Foundation

/// Writes a report table as CSV that a spreadsheet opens correctly and safely.
///
/// - RFC 4180: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma, a quote, a
///   line break or edge spaces, quotes inside doubled.
/// - UTF-8 with a byte-order mark, so spreadsheets read `£` and accented names correctly.
/// - One header row: each column's header with its unit in brackets, `Population (people)`.
/// - Figures as plain numbers (full precision, a point for decimals, no grouping, no currency sign); percentages as
///   fractions with the unit `fraction` when the column gives none; missing figures as empty fields.
/// - Formula neutralisation: a text field (header or cell) that starts with `=`, `+`, `-`, `@`, a tab or a carriage
///   return could run as a formula (CSV injection), so it is prefixed with an apostrophe `'`, which spreadsheets show
///   as text. A plain number such as `-3`, `+2` or `-1.5e3` is left alone: it is read as a number, never a formula.
public enum CSVExporter {
    /// The byte-order mark that starts the file.
    public static let byteOrderMark = "\u{FEFF}"

    /// The table as CSV text, starting with the byte-order mark.
    public static func render(_ table: ReportTable) -> String {
        var lines: [String] = []
        let percentColumns = table.columns.indices.map { index in
            table.rows.contains { row in
                if index < row.count, case .percent = row[index] { return true }
                return false
            }
        }
        lines.append(table.columns.enumerated().map { index, column in
            let unit = column.unit ?? (percentColumns[index] ? "fraction" : nil)
            return field(safe(unit.map { "\(column.header) (\($0))" } ?? column.header))
        }.joined(separator: ","))
        for row in table.rows {
            lines.append(row.map { field(value($0)) }.joined(separator: ","))
        }
        return byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A cell's value as written: numbers plain, text neutralised.
    static func value(_ cell: ReportCell) -> String {
        switch cell {
        case .text(let text): return safe(text)
        case .integer(let value): return String(value)
        case .number(let value, _), .money(let value), .percent(let value, _): return number(value)
        case .missing: return ""
        case .described(let value, _): return value.map(number) ?? ""
        }
    }

    /// A number in plain notation: whole numbers without a point, others with up to 12 significant decimals.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), Swift.abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.12f", value)
        while text.last == "0" { text.removeLast() }
        if text.last == "." { text.removeLast() }
        return text
    }

    /// Text that cannot run as a formula: prefixed with `'` when it starts with `=`, `+`, `-`, `@`, tab or carriage
    /// return and is not a plain number.
    public static func safe(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        if isPlainNumber(text) { return text }
        return "'" + text
    }

    /// Whether text is a plain decimal number: an optional sign, digits with an optional point, an optional exponent.
    public static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        var digits = 0
        var point = false
        while let c = scalars.first, c == "." || ("0"..."9").contains(c) {
            if c == "." {
                if point { return false }
                point = true
            } else {
                digits += 1
            }
            scalars = scalars.dropFirst()
        }
        guard digits > 0 else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            guard !scalars.isEmpty, scalars.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
            return true
        }
        return scalars.isEmpty
    }

    /// A field quoted as RFC 4180 asks.
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var out = "\""
        for character in text { if character == "\"" { out += "\"\"" } else { out.append(character) } }
        return out + "\""
    }
}
