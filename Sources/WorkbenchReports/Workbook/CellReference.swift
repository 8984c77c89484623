/// A1 references: column letters and cell and range addresses, 1-based as spreadsheets number them.
public enum CellReference {
    /// The letters of a column: 1 is `A`, 27 is `AA`.
    public static func column(_ index: Int) -> String {
        var index = max(index, 1)
        var letters: [Character] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.insert(Character(UnicodeScalar(UInt8(65 + remainder))), at: 0)
            index = (index - 1) / 26
        }
        return String(letters)
    }

    /// A relative address: `C5`.
    public static func cell(row: Int, column: Int) -> String { self.column(column) + String(row) }

    /// An absolute address: `$C$5`.
    public static func absolute(row: Int, column: Int) -> String { "$" + self.column(column) + "$" + String(row) }

    /// A range in one column: `C5:C15`.
    public static func range(column: Int, rows: ClosedRange<Int>) -> String {
        cell(row: rows.lowerBound, column: column) + ":" + cell(row: rows.upperBound, column: column)
    }
}
