public import WorkbenchCore

/// A parsed CSV file: an optional header and rows of fields, each row remembering its 1-based line number in the
/// file so that errors can point at it.
public struct CSVTable: Sendable, Equatable {
    /// One record with the line it starts on.
    public struct Row: Sendable, Equatable {
        /// 1-based line number of the record's first line.
        public var line: Int
        /// The fields, unquoted.
        public var fields: [String]
    }

    /// The file name used in error messages.
    public var file: String
    /// The header row's fields, when the table has a header.
    public var header: [String]?
    /// The data rows.
    public var rows: [Row]

    /// The index of a header column, matched case-insensitively after trimming.
    public func column(_ name: String) -> Int? {
        header?.firstIndex { $0.trimmingWhitespace().lowercased() == name.lowercased() }
    }

    /// An error about one cell, naming the file, line, column and field.
    public func error(row: Row, column: Int, _ message: String, hint: String? = nil) -> WorkbenchError {
        let field = header.flatMap { column < $0.count ? $0[column] : nil } ?? "column \(column + 1)"
        return WorkbenchError(
            .invalidFile, message, hint: hint,
            location: .init(file: file, line: row.line, column: column + 1, field: field))
    }
}
