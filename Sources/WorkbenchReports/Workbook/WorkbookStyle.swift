/// How a workbook cell's number is shown: the finance officer's formats.
public enum WorkbookNumberFormat: Hashable, Sendable {
    /// The spreadsheet's general format.
    case general
    /// Whole pounds with thousands separators, negatives with a minus: `£1,234,567`.
    case pounds
    /// A percentage with a number of decimals: `3.5%` with 1.
    case percent(decimals: Int)
    /// A number with thousands separators and a number of decimals: `1,234.57` with 2.
    case decimal(decimals: Int)

    /// The format code as the styles part writes it, or nil for the built-in general format.
    var code: String? {
        switch self {
        case .general: return nil
        case .pounds: return "\"£\"#,##0;\\-\"£\"#,##0"
        case .percent(let decimals): return decimals > 0 ? "0." + String(repeating: "0", count: min(decimals, 10)) + "%" : "0%"
        case .decimal(let decimals):
            return decimals > 0 ? "#,##0." + String(repeating: "0", count: min(decimals, 15)) : "#,##0"
        }
    }
}

/// A cell's look: its number format, bold or not, wrapped or not, and the quote prefix that keeps text as text.
public struct WorkbookStyle: Hashable, Sendable {
    /// The number format.
    public var format: WorkbookNumberFormat
    /// Bold text (headers and titles).
    public var bold: Bool
    /// Whether the text is marked as typed after an apostrophe (text that starts like a formula).
    public var quotePrefix: Bool

    /// Makes a style.
    public init(format: WorkbookNumberFormat = .general, bold: Bool = false, quotePrefix: Bool = false) {
        self.format = format
        self.bold = bold
        self.quotePrefix = quotePrefix
    }

    /// The default look.
    public static let plain = WorkbookStyle()
    /// A bold header or title.
    public static let bold = WorkbookStyle(bold: true)
    /// Whole pounds.
    public static let pounds = WorkbookStyle(format: .pounds)
    /// Whole pounds, bold (headline figures).
    public static let boldPounds = WorkbookStyle(format: .pounds, bold: true)
    /// A percentage with one decimal.
    public static let percent = WorkbookStyle(format: .percent(decimals: 1))
    /// A discount factor: four decimals.
    public static let factor = WorkbookStyle(format: .decimal(decimals: 4))
}
