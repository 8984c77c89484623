import WorkbenchCore

/// Reads the DCMS / Libraries Taskforce basic dataset of libraries (`libraries_raw.csv` [S71]): no header, columns by
/// position (1 authority, 2 library, 3 address, 4 postcode, 5 statutory April 2010, 6 statutory July 2016, 7 type
/// 2016, 8 closed, 9 year closed, 10 year opened, 11 replaces, 12 notes, 13 and 14 weekly hours 2016, 15 e-mail,
/// 16 web address). Text is repaired of mojibake (`MojibakeRepair`), hours are read by `WeeklyHours`, and a line is
/// skipped, with its number and reason, when it has too few columns, no authority or library name, or a statutory
/// column that is not yes or no. A header row, if present, is recognised and skipped.
public enum LibrariesImporter {
    /// The fewest columns a line must have (up to the hours columns).
    public static let minimumColumns = 14

    /// Reads the dataset's text.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name used in errors.
    /// - Throws: `invalidFile` when the text is not CSV (an unclosed quote), with the line.
    /// - Complexity: O(n) in the length of the text.
    public static func read(_ text: String, file: String) throws -> ImportResult<LibraryRecord> {
        let table = try CSVReader.parse(text, file: file, hasHeader: false)
        var result = ImportResult<LibraryRecord>(records: [], linesRead: 0)
        for row in table.rows {
            result.linesRead += 1
            if row.fields.count < minimumColumns {
                result.skipped.append(ImportIssue(
                    line: row.line,
                    message: "has \(row.fields.count) column\(row.fields.count == 1 ? "" : "s"); the dataset has 16 (at least \(minimumColumns) needed)"))
                continue
            }
            var fields: [String] = []
            for (index, raw) in row.fields.enumerated() {
                let (fixed, repaired) = MojibakeRepair.repair(raw)
                if repaired {
                    result.repaired.append(ImportIssue(line: row.line, field: columnNames[index < columnNames.count ? index : 0],
                                                       message: "'\(raw)' read as '\(fixed)'"))
                }
                fields.append(fixed.trimmingWhitespace())
            }
            let authority = fields[0]
            let name = fields[1]
            if row.line == 1, authority.lowercased().contains("authority") || authority.lowercased().contains("service") {
                result.linesRead -= 1
                result.skipped.append(ImportIssue(line: row.line, message: "is a header row"))
                continue
            }
            guard !authority.isEmpty, !name.isEmpty else {
                result.skipped.append(ImportIssue(
                    line: row.line, field: authority.isEmpty ? columnNames[0] : columnNames[1],
                    message: authority.isEmpty ? "has no library authority (column 1)" : "has no library name (column 2)"))
                continue
            }
            guard let in2010 = yesNo(fields[4]) else {
                result.skipped.append(ImportIssue(
                    line: row.line, field: columnNames[4], message: "says '\(shown(fields[4]))' for statutory in April 2010 (column 5), not yes or no"))
                continue
            }
            guard let in2016 = yesNo(fields[5]) else {
                result.skipped.append(ImportIssue(
                    line: row.line, field: columnNames[5], message: "says '\(shown(fields[5]))' for statutory in July 2016 (column 6), not yes or no"))
                continue
            }
            func hours(_ index: Int) -> Double? {
                switch WeeklyHours.parse(fields[index]) {
                case .none: return nil
                case .success(let value)?: return value
                case .failure(.unreadable)?:
                    result.warnings.append(ImportIssue(
                        line: row.line, field: columnNames[index],
                        message: "'\(shown(fields[index]))' is not a number of hours; left missing"))
                    return nil
                case .failure(.tooMany(let value))?:
                    result.warnings.append(ImportIssue(
                        line: row.line, field: columnNames[index],
                        message: "'\(shown(fields[index]))' is \(ComparatorsFile.number(value)) hours, more than the 168 in a week; left missing"))
                    return nil
                }
            }
            result.records.append(LibraryRecord(
                authority: authority, name: name, address: fields[2], postcode: fields[3], statutory2010: in2010,
                statutory2016: in2016, type2016: fields[6], closed: fields[7], yearClosed: fields[8],
                yearOpened: fields[9], replaces: fields[10], notes: fields[11], weeklyHours2016: hours(12),
                weeklyHours2016Second: hours(13), sourceLine: row.line))
        }
        return result
    }

    /// Names of the dataset's columns, for the import's messages.
    public static let columnNames = [
        "authority", "library", "address", "postcode", "statutory 2010", "statutory 2016", "type 2016", "closed",
        "year closed", "year opened", "replaces", "notes", "hours 2016", "hours 2016 (second)", "e-mail", "web",
    ]

    /// A cell as quoted in a message: line breaks as spaces, cut after 60 characters.
    static func shown(_ text: String) -> String {
        let flat = String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    }

    /// `yes`/`no` in any case, nil otherwise.
    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y": return true
        case "no", "n": return false
        default: return nil
        }
    }
}
