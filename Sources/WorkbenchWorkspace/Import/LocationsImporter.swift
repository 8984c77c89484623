public import WorkbenchCore

/// Reads the LibrariesHacked library locations (`libraries_geo.csv` [S72]) one row at a time: a header row naming at
/// least `name`, `id`, `authority_id`, `lat`, `lng`, `statutory2010` and `statutory2016`, and, when present, `type`,
/// `closed`, `closed_year`, `multiple` (the catchment's deprivation) and `population` (its people). The dataset's
/// `authority_id` is a number, resolved to an authority through the authorities statistics (`authorities.csv`,
/// `authority_id` and `name`). A row is skipped, with its line, field, the value quoted and what to do, when its id is
/// not a positive whole number or repeats one, its authority is unknown, its position is not a latitude and longitude
/// in degrees, or a statutory column is not t or f; a population or deprivation that cannot be read is left missing
/// with a warning.
public enum LocationsImporter {
    /// The columns needed.
    public static let requiredColumns = ["name", "id", "authority_id", "lat", "lng", "statutory2010", "statutory2016"]

    /// Reads the dataset.
    /// - Parameters:
    ///   - bytes: the file's bytes (UTF-8).
    ///   - file: the name used in messages.
    ///   - authorities: the authority of each of the dataset's authority numbers (`AuthorityNumbers.read`).
    ///   - keep: which authorities to keep (all when nil); libraries of others are counted in `linesRead` only.
    /// - Throws: `invalidFile` when the text is not CSV or a required column is missing.
    /// - Complexity: O(n) in the size of the file; one row is held at a time besides the records kept.
    public static func read(
        _ bytes: [UInt8], file: String, authorities: [Int: (id: BoroughID, name: String)], keep: Set<BoroughID>? = nil
    ) throws -> ImportResult<LibraryLocation> {
        var result = ImportResult<LibraryLocation>(records: [], linesRead: 0)
        var index: [String: Int]?
        var seen: [Int: Int] = [:]
        try CSVReader.forEachRow(bytes, file: file) { row in
            guard let columns = index else {
                index = try header(row, file: file)
                return
            }
            result.linesRead += 1
            if let record = read(row, columns: columns, authorities: authorities, seen: &seen, result: &result) {
                if let keep, !keep.contains(record.authorityID) { return }
                result.records.append(record)
            }
        }
        if index == nil {
            throw WorkbenchError(
                .invalidFile, "The file '\(file)' is empty; a header row was expected.",
                hint: "Give libraries_geo.csv, whose header names \(requiredColumns.joined(separator: ", ")).",
                location: .init(file: file, line: 1))
        }
        return result
    }

    /// The position of each column named in the header.
    static func header(_ row: CSVTable.Row, file: String) throws -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, name) in row.fields.enumerated() {
            let key = name.trimmingWhitespace().lowercased()
            if index[key] == nil { index[key] = position }
        }
        for name in requiredColumns where index[name] == nil {
            throw WorkbenchError(
                .invalidFile, "The locations file '\(file)' has no '\(name)' column.",
                hint: "The header must name: \(requiredColumns.joined(separator: ", ")) (as libraries_geo.csv does).",
                location: .init(file: file, line: row.line, field: name))
        }
        return index
    }

    /// One data row, or nil (with the issue recorded) when it cannot be read.
    static func read(
        _ row: CSVTable.Row, columns: [String: Int], authorities: [Int: (id: BoroughID, name: String)],
        seen: inout [Int: Int], result: inout ImportResult<LibraryLocation>
    ) -> LibraryLocation? {
        func cell(_ name: String) -> String {
            guard let position = columns[name], position < row.fields.count else { return "" }
            let raw = row.fields[position]
            let (fixed, repaired) = MojibakeRepair.repair(raw)
            if repaired {
                result.repaired.append(ImportIssue(line: row.line, field: name, message: "'\(LibrariesImporter.shown(raw))' read as '\(fixed)'"))
            }
            return fixed.trimmingWhitespace()
        }
        func skip(_ field: String, _ message: String) -> LibraryLocation? {
            result.skipped.append(ImportIssue(line: row.line, field: field, message: message))
            return nil
        }
        let name = cell("name")
        let idText = cell("id")
        guard let id = Int(idText), id > 0 else {
            return skip("id", "id '\(LibrariesImporter.shown(idText))' is not a positive whole number; give the dataset's library id")
        }
        if let first = seen[id] { return skip("id", "id '\(id)' repeats the library of line \(first); remove one of the two rows") }
        seen[id] = row.line
        guard !name.isEmpty else { return skip("name", "library \(id) has no name; give its name") }
        let authorityText = cell("authority_id")
        guard let number = Int(authorityText), let authority = authorities[number] else {
            return skip(
                "authority_id",
                "authority_id '\(LibrariesImporter.shown(authorityText))' of '\(LibrariesImporter.shown(name))' is not an authority of the authorities file; "
                    + "use the authority_id of authorities.csv")
        }
        let latText = cell("lat")
        guard let lat = Double(latText), lat.isFinite, (-90...90).contains(lat) else {
            return skip("lat", "lat '\(LibrariesImporter.shown(latText))' of '\(LibrariesImporter.shown(name))' is not a latitude from -90 to 90; give decimal degrees (WGS84)")
        }
        let lngText = cell("lng")
        guard let lng = Double(lngText), lng.isFinite, (-180...180).contains(lng) else {
            return skip("lng", "lng '\(LibrariesImporter.shown(lngText))' of '\(LibrariesImporter.shown(name))' is not a longitude from -180 to 180; give decimal degrees (WGS84)")
        }
        var flags: [Bool] = []
        for column in ["statutory2010", "statutory2016"] {
            let text = cell(column)
            guard let flag = trueFalse(text) else {
                return skip(column, "\(column) '\(LibrariesImporter.shown(text))' of '\(LibrariesImporter.shown(name))' is not t or f; give t (statutory) or f")
            }
            flags.append(flag)
        }
        var population: Int?
        let populationText = cell("population")
        if !populationText.isEmpty {
            if let value = Int(populationText), value >= 0 { population = value } else {
                result.warnings.append(ImportIssue(
                    line: row.line, field: "population",
                    message: "population '\(LibrariesImporter.shown(populationText))' of '\(LibrariesImporter.shown(name))' is not a whole number of people; left missing"))
            }
        }
        var deprivation: Double?
        let deprivationText = cell("multiple")
        if !deprivationText.isEmpty {
            if let value = Double(deprivationText), value.isFinite, (0...10).contains(value) { deprivation = value } else {
                result.warnings.append(ImportIssue(
                    line: row.line, field: "multiple",
                    message: "multiple '\(LibrariesImporter.shown(deprivationText))' of '\(LibrariesImporter.shown(name))' is not a deprivation score from 0 to 10; left missing"))
            }
        }
        let yearText = cell("closed_year")
        let closedYear = Int(yearText).flatMap { (1800...2100).contains($0) ? $0 : nil }
        if !yearText.isEmpty, closedYear == nil {
            result.warnings.append(ImportIssue(
                line: row.line, field: "closed_year", message: "closed_year '\(LibrariesImporter.shown(yearText))' is not a year; left missing"))
        }
        return LibraryLocation(
            id: id, name: name, authorityID: authority.id, authorityName: authority.name,
            point: GeoPoint(longitude: lng, latitude: lat), statutory2010: flags[0], statutory2016: flags[1],
            type2016: cell("type"), closed: cell("closed"), closedYear: closedYear, population: population,
            deprivation: deprivation)
    }

    /// `t`/`f` (and `true`/`false`, `yes`/`no`) in any case; nil otherwise.
    static func trueFalse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "t", "true", "yes", "y": return true
        case "f", "false", "no", "n": return false
        default: return nil
        }
    }
}
