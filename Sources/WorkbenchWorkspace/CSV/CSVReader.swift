import WorkbenchCore

/// Reads RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or LF line
/// ends, an optional UTF-8 byte-order mark. Rejects an unterminated quote and a quote inside an unquoted field with
/// the file, line and column.
public enum CSVReader {
    /// The most fields a row may have and the most rows a file may have, so hostile input cannot exhaust memory.
    public static let maxFields = 10_000
    /// See `maxFields`.
    public static let maxRows = 5_000_000

    /// Parses CSV text. Blank lines are skipped.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name to use in errors.
    ///   - hasHeader: whether the first record is a header.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, file: String, hasHeader: Bool) throws -> CSVTable {
        var records: [CSVTable.Row] = []
        try forEachRow(Array(text.utf8), file: file) { row in
            records.append(row)
            if records.count > maxRows {
                throw WorkbenchError(
                    .invalidFile, "The file has more than \(maxRows) rows.", hint: "Split the file.",
                    location: .init(file: file, line: row.line))
            }
        }
        guard hasHeader else { return CSVTable(file: file, header: nil, rows: records) }
        guard let first = records.first else {
            throw WorkbenchError(
                .invalidFile, "The file is empty; a header row was expected.", location: .init(file: file, line: 1))
        }
        return CSVTable(file: file, header: first.fields, rows: Array(records.dropFirst()))
    }

    /// Reads CSV one record at a time and hands each to `body` as soon as it ends, so a caller that keeps only what
    /// it needs holds one record besides the bytes (the importers of library locations and catchments read this way).
    /// Blank lines are skipped; the header, if any, is the first record handed over.
    /// - Parameters:
    ///   - source: the file's bytes (a UTF-8 byte-order mark is skipped).
    ///   - file: the name to use in errors.
    ///   - body: called with each record in order; what it throws stops the reading.
    /// - Throws: `invalidFile` with the line and column of an unterminated quote, a quote inside an unquoted field or
    ///   a row of more than `maxFields` fields; whatever `body` throws.
    /// - Complexity: O(n) in the number of bytes.
    public static func forEachRow(_ source: [UInt8], file: String, _ body: (CSVTable.Row) throws -> Void) throws {
        var field: [UInt8] = []
        var fields: [String] = []
        var inQuotes = false
        var quoteClosed = false
        var line = 1
        var column = 1
        var recordLine = 1
        let bytes = source

        func fail(_ message: String, _ hint: String) -> WorkbenchError {
            WorkbenchError(.invalidFile, message, hint: hint, location: .init(file: file, line: line, column: column))
        }
        func endField() throws {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quoteClosed = false
            if fields.count > maxFields {
                throw fail("A row has more than \(maxFields) fields.", "Check that the file is CSV.")
            }
        }
        func endRecord() throws {
            try endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                try body(CSVTable.Row(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                        column += 1
                    } else {
                        inQuotes = false
                        quoteClosed = true
                    }
                } else {
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                        column = 0
                    }
                    field.append(byte)
                }
            } else {
                switch byte {
                case UInt8(ascii: ","):
                    try endField()
                case UInt8(ascii: "\r"):
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    try endRecord()
                    line += 1
                    column = 0
                    recordLine = line
                case UInt8(ascii: "\n"):
                    try endRecord()
                    line += 1
                    column = 0
                    recordLine = line
                case UInt8(ascii: "\""):
                    guard field.isEmpty, !quoteClosed else {
                        throw fail(
                            "A quote appears inside an unquoted field.",
                            "Quote the whole field and double any quote inside it (\"\"like this\"\").")
                    }
                    inQuotes = true
                default:
                    if quoteClosed {
                        throw fail(
                            "Text follows a closing quote.", "Put the whole field inside the quotes.")
                    }
                    field.append(byte)
                }
            }
            index += 1
            column += 1
        }
        if inQuotes {
            throw WorkbenchError(
                .invalidFile, "A quoted field is never closed.", hint: "Add the closing quote.",
                location: .init(file: file, line: recordLine, column: nil))
        }
        if !field.isEmpty || !fields.isEmpty || quoteClosed { try endRecord() }
    }
}
