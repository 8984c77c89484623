import WorkbenchCore

/// The workspace's copy of the libraries dataset, `inputs/england-libraries.csv`, written by `import libraries`:
/// CSV with a header row, one row per library, text already repaired, hours as plain numbers (blank when missing),
/// statutory columns as yes/no, the source line and the source tag (`S71`). `import authorities` and
/// `new-borough --from-dataset` read it back with `parse`.
public enum LibrariesFile {
    /// Its path inside a workspace.
    public static let path = "inputs/england-libraries.csv"

    /// The columns, in order.
    public static let columns = [
        "authority", "authority_id", "library", "address", "postcode", "statutory_2010", "statutory_2016", "type_2016",
        "closed", "year_closed", "year_opened", "replaces", "notes", "weekly_hours_2016", "weekly_hours_2016_second",
        "source_line", "source",
    ]

    /// The records as CSV text with a header row.
    public static func render(_ records: [LibraryRecord]) -> String {
        var lines = [columns.joined(separator: ",")]
        for record in records {
            let cells = [
                record.authority, record.authorityID.rawValue, record.name, record.address, record.postcode,
                record.statutory2010 ? "yes" : "no", record.statutory2016 ? "yes" : "no", record.type2016, record.closed,
                record.yearClosed, record.yearOpened, record.replaces, record.notes,
                record.weeklyHours2016.map(ComparatorsFile.number) ?? "",
                record.weeklyHours2016Second.map(ComparatorsFile.number) ?? "", String(record.sourceLine), "S71",
            ]
            lines.append(cells.map(ComparatorsFile.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads the file back.
    /// - Throws: `invalidFile` naming the line and column of a missing column or a bad value.
    public static func parse(_ text: String, file: String = path) throws -> [LibraryRecord] {
        let table = try CSVReader.parse(text, file: file, hasHeader: true)
        var index: [String: Int] = [:]
        for name in columns {
            guard let position = table.column(name) else {
                throw WorkbenchError(
                    .invalidFile, "The libraries file has no '\(name)' column.",
                    hint: "Import the dataset again with 'import libraries <file>'.", location: .init(file: file, line: 1, field: name))
            }
            index[name] = position
        }
        return try table.rows.map { row in
            func cell(_ name: String) -> String {
                let position = index[name] ?? 0
                return position < row.fields.count ? row.fields[position] : ""
            }
            func hours(_ name: String) throws -> Double? {
                let text = cell(name)
                if text.isEmpty { return nil }
                guard let value = Double(text), value >= 0 else {
                    throw table.error(row: row, column: index[name] ?? 0, "The value '\(text)' in column '\(name)' is not a number of hours.")
                }
                return value
            }
            func flag(_ name: String) throws -> Bool {
                switch cell(name) {
                case "yes": return true
                case "no": return false
                default:
                    throw table.error(row: row, column: index[name] ?? 0, "The value '\(cell(name))' in column '\(name)' is not yes or no.")
                }
            }
            var record = LibraryRecord(
                authority: cell("authority"), name: cell("library"), address: cell("address"), postcode: cell("postcode"),
                statutory2010: try flag("statutory_2010"), statutory2016: try flag("statutory_2016"),
                type2016: cell("type_2016"), closed: cell("closed"), yearClosed: cell("year_closed"),
                yearOpened: cell("year_opened"), replaces: cell("replaces"), notes: cell("notes"),
                weeklyHours2016: try hours("weekly_hours_2016"), weeklyHours2016Second: try hours("weekly_hours_2016_second"),
                sourceLine: Int(cell("source_line")) ?? 0)
            if let id = BoroughID(validating: cell("authority_id")) { record.authorityID = id }
            return record
        }
    }
}
