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
        var field: [UInt8] = []
        var fields: [String] = []
        var inQuotes = false
        var quoteClosed = false
        var line = 1
        var column = 1
        var recordLine = 1
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }

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
                records.append(CSVTable.Row(line: recordLine, fields: fields))
                if records.count > maxRows { throw fail("The file has more than \(maxRows) rows.", "Split the file.") }
            }
            fields.removeAll(keepingCapacity: true)
        }

        var index = 0
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

        guard hasHeader else { return CSVTable(file: file, header: nil, rows: records) }
        guard let first = records.first else {
            throw WorkbenchError(
                .invalidFile, "The file is empty; a header row was expected.", location: .init(file: file, line: 1))
        }
        return CSVTable(file: file, header: first.fields, rows: Array(records.dropFirst()))
    }
}
