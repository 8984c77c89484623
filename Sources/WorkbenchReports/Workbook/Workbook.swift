/// A workbook: its sheets in order and the defined names that formulas refer to. `XLSXWriter` writes it as an
/// Office Open XML package.
public struct Workbook: Hashable, Sendable {
    /// A defined name: a workbook-wide name for one cell or range (`DiscountRate` → `'Assumptions'!$B$6`).
    public struct DefinedName: Hashable, Sendable {
        /// The name, valid and unique (see `WorkbookNames.definedName`).
        public var name: String
        /// What it refers to, as a formula would write it.
        public var reference: String
        /// A comment saying what it is.
        public var comment: String?
    }

    /// The sheets in order; the first opens first.
    public var sheets: [Worksheet] = []
    /// The defined names.
    public private(set) var definedNames: [DefinedName] = []

    /// Makes an empty workbook.
    public init() {}

    /// A valid sheet name for text, unique among the sheets so far.
    public func sheetName(_ text: String) -> String { WorkbookNames.sheetName(text, taken: sheets.map(\.name)) }

    /// Appends a sheet, renaming it if its name is taken.
    public mutating func append(_ sheet: Worksheet) {
        var sheet = sheet
        sheet.name = sheetName(sheet.name)
        sheets.append(sheet)
    }

    /// Defines a name for one cell of a sheet and returns the name as made valid and unique.
    @discardableResult
    public mutating func define(_ name: String, sheet: String, row: Int, column: Int, comment: String? = nil) -> String {
        let valid = WorkbookNames.definedName(name, taken: definedNames.map(\.name))
        definedNames.append(DefinedName(
            name: valid, reference: WorkbookNames.sheetPrefix(sheet) + CellReference.absolute(row: row, column: column), comment: comment))
        return valid
    }
}
