import WorkbenchCore

/// One cell of a report table: typed, so text, JSON and CSV renderers each format it their own way.
public enum ReportCell: Hashable, Sendable {
    /// Text.
    case text(String)
    /// A whole number (counts).
    case integer(Int)
    /// A number shown with a fixed number of decimals.
    case number(Double, decimals: Int)
    /// Money in pounds, shown compactly (`£1.11m`) in text.
    case money(Double)
    /// A fraction shown as a percentage.
    case percent(Double, decimals: Int)
    /// No figure exists; the reason is shown in notes, never a zero.
    case missing
    /// A figure shown in words (`2 years`, `none`, `–`): text shows `text` as written (left-aligned, like text);
    /// JSON gets the number, or `null` when there is none; CSV the number, or an empty field.
    case described(Double?, text: String)

    /// The cell for an optional number: missing when nil or not finite.
    public static func number(_ value: Double?, decimals: Int) -> ReportCell {
        guard let value, value.isFinite else { return .missing }
        return .number(value, decimals: decimals)
    }

    /// The cell for optional money: missing when nil or not finite.
    public static func money(_ value: Double?) -> ReportCell {
        guard let value, value.isFinite else { return .missing }
        return .money(value)
    }

    /// The cell for an optional count.
    public static func integer(_ value: Int?) -> ReportCell {
        guard let value else { return .missing }
        return .integer(value)
    }

    /// The cell for an optional fraction shown as a percentage.
    public static func percent(_ value: Double?, decimals: Int) -> ReportCell {
        guard let value, value.isFinite else { return .missing }
        return .percent(value, decimals: decimals)
    }

    /// The cell as text, as the terminal shows it.
    public var text: String {
        switch self {
        case .text(let value): return value
        case .integer(let value): return MoneyFormat.grouped(Double(value.magnitude)).replacingNegative(value)
        case .number(let value, let decimals):
            return decimals == 0 && Swift.abs(value) >= 1_000
                ? (value < 0 ? "-" : "") + MoneyFormat.grouped(Swift.abs(value)) : MoneyFormat.fixed(value, decimals: decimals)
        case .money(let value): return MoneyFormat.compact(value)
        case .percent(let value, let decimals): return MoneyFormat.fixed(value * 100, decimals: decimals) + "%"
        case .missing: return "–"
        case .described(_, let text): return text
        }
    }

    /// Whether the cell is numeric (right-aligned in text).
    public var isNumeric: Bool {
        switch self {
        case .text, .missing, .described: return false
        default: return true
        }
    }
}

extension String {
    fileprivate func replacingNegative(_ value: Int) -> String { value < 0 ? "-" + self : self }
}

/// A column of a report table: a stable key for JSON and CSV, a header for people, and the unit.
public struct ReportColumn: Hashable, Sendable {
    /// Stable machine key (`population`).
    public var key: String
    /// Header as shown (`Population`).
    public var header: String
    /// Unit, shown in CSV headers and JSON (`people`, `£`, `h/1,000/yr`).
    public var unit: String?
    /// How much the column matters on a narrow terminal; nil derives it from the column's place and content
    /// (see `resolvedPriority(index:isNumeric:)`).
    public var priority: ColumnPriority?

    /// Makes a column.
    public init(_ key: String, _ header: String, unit: String? = nil, priority: ColumnPriority? = nil) {
        self.key = key
        self.header = header
        self.unit = unit
        self.priority = priority
    }
}

/// A table of typed cells with a title and notes: the main block of most replies and reports.
public struct ReportTable: Hashable, Sendable {
    /// Title shown above the table.
    public var title: String?
    /// The columns.
    public var columns: [ReportColumn]
    /// The rows, each with one cell per column.
    public var rows: [[ReportCell]]
    /// Notes shown below: conventions, sources, what is missing.
    public var notes: [String]

    /// Makes a table. Rows shorter than the columns are padded with missing cells.
    public init(title: String? = nil, columns: [ReportColumn], rows: [[ReportCell]] = [], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows.map { $0.count < columns.count ? $0 + Array(repeating: .missing, count: columns.count - $0.count) : $0 }
        self.notes = notes
    }

    /// Appends a row, padding it to the column count.
    public mutating func append(_ row: [ReportCell]) {
        rows.append(row.count < columns.count ? row + Array(repeating: .missing, count: columns.count - row.count) : row)
    }
}
