/// One sheet of a workbook: cells by row and column (1-based), frozen header rows and columns, and column widths
/// fitted to the contents unless set.
public struct Worksheet: Hashable, Sendable {
    /// The sheet's name, valid and unique within its workbook (see `WorkbookNames.sheetName`).
    public var name: String
    /// Cells by row, then column.
    public private(set) var cells: [Int: [Int: WorkbookCell]] = [:]
    /// Rows kept in view above the scrolling area (0 for none).
    public var frozenRows = 0
    /// Columns kept in view left of the scrolling area (0 for none).
    public var frozenColumns = 0
    /// Widths in characters set by hand, by column; others are fitted.
    public var columnWidths: [Int: Double] = [:]
    /// Rows of titles and notes whose text runs across empty neighbours, left out when fitting widths.
    public var spanningRows: Set<Int> = []

    /// Makes an empty sheet.
    public init(name: String) { self.name = name }

    /// The cell at a position, if any.
    public subscript(row: Int, column: Int) -> WorkbookCell? {
        get { cells[row]?[column] }
        set { cells[row, default: [:]][column] = newValue }
    }

    /// The last row holding a cell (0 when empty).
    public var lastRow: Int { cells.keys.max() ?? 0 }

    /// The last column holding a cell (0 when empty).
    public var lastColumn: Int { cells.values.compactMap { $0.keys.max() }.max() ?? 0 }

    /// Writes cells across a row from a column.
    public mutating func set(row: Int, from column: Int = 1, _ values: [WorkbookCell]) {
        for (offset, cell) in values.enumerated() { self[row, column + offset] = cell }
    }

    /// The width of each column, 1…`lastColumn`: the set width, or the longest content (capped at 60 characters,
    /// at least 8) plus a margin. `spanningRows` are not counted.
    public func widths() -> [Double] {
        guard lastColumn > 0 else { return [] }
        var widths = [Double](repeating: 8, count: lastColumn + 1)
        for (row, columns) in cells where !spanningRows.contains(row) {
            for (column, cell) in columns {
                widths[column] = max(widths[column], Double(min(Self.displayLength(cell), 60)) + 2)
            }
        }
        for (column, width) in columnWidths where column <= lastColumn { widths[column] = width }
        return Array(widths.dropFirst())
    }

    /// Roughly how many characters a cell shows.
    static func displayLength(_ cell: WorkbookCell) -> Int {
        switch cell.value {
        case .empty: return 0
        case .text(let text): return text.split(separator: "\n").map(\.count).max() ?? 0
        case .number(let value):
            switch cell.style.format {
            case .pounds, .decimal(decimals: 0):
                let digits = String(Int64(Swift.abs(value.rounded()).clamped(to: 0...9e17))).count
                return digits + (digits - 1) / 3 + 2
            case .decimal(let decimals):
                let digits = String(Int64(Swift.abs(value).clamped(to: 0...9e17))).count
                return digits + (digits - 1) / 3 + decimals + 2
            case .percent(let decimals): return 6 + decimals
            case .general: return min(String(value).count, 14)
            }
        }
    }
}

extension Double {
    /// The value limited to a range.
    fileprivate func clamped(to range: ClosedRange<Double>) -> Double { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
