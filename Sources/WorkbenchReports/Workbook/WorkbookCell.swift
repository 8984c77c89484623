/// What a workbook cell holds: text, a number, or nothing.
public enum WorkbookValue: Hashable, Sendable {
    /// Text, always written as a text cell (never parsed as a number or a formula).
    case text(String)
    /// A number (pounds, a fraction, a count).
    case number(Double)
    /// No value.
    case empty
}

/// One cell of a worksheet: a value, or a formula with the value it computes to (cached, so a viewer that does not
/// recalculate shows the right figure), and a style.
public struct WorkbookCell: Hashable, Sendable {
    /// The value, or for a formula cell its cached result.
    public var value: WorkbookValue
    /// The formula in A1 notation without the leading `=` (`SUM(K4:K14)`), or nil for a value cell.
    public var formula: String?
    /// How the cell looks.
    public var style: WorkbookStyle

    /// Makes a cell.
    public init(_ value: WorkbookValue, formula: String? = nil, style: WorkbookStyle = .plain) {
        self.value = value
        self.formula = formula
        self.style = style
    }

    /// A text cell. Text that a spreadsheet could take for a formula (`=`, `+`, `-`, `@` first) is marked with the
    /// quote prefix, as if typed after an apostrophe, so editing it never turns it into a formula. Text longer than a
    /// cell holds (32,767 characters) is cut there.
    public static func text(_ text: String, style: WorkbookStyle = .plain) -> WorkbookCell {
        let text = text.utf16.count > maximumLength ? WorkbookNames.truncated(text, to: maximumLength) : text
        var style = style
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { style.quotePrefix = true }
        return WorkbookCell(.text(text), style: style)
    }

    /// The most characters (UTF-16 code units) a spreadsheet cell holds.
    public static let maximumLength = 32_767

    /// A number cell; a value that is not finite is written as an empty cell.
    public static func number(_ value: Double, style: WorkbookStyle = .plain) -> WorkbookCell {
        WorkbookCell(value.isFinite ? .number(value) : .empty, style: style)
    }

    /// A formula cell with its cached value.
    public static func formula(_ formula: String, cached: Double, style: WorkbookStyle = .plain) -> WorkbookCell {
        WorkbookCell(cached.isFinite ? .number(cached) : .empty, formula: formula, style: style)
    }
}
