public import WorkbenchCore

/// The comparators file of a workspace (`inputs/london-authorities.csv`): one row per library authority with its
/// population, area, deprivation scores, age groups, library counts and weekly hours, and the source tags of each.
///
/// The format is CSV with a header row; columns are found by name, so their order is free and extra columns are
/// ignored. Every statistic has a `…_source` column holding one or more tags (`S72`, or `S71 S30`); a value without
/// a tag is rejected. A blank value is a missing figure. Kinds and periods are fixed by the format:
/// population and ages are published mid-2015 figures, area and deprivation published IMD 2015 data, the library
/// counts and weekly hours derived from the Taskforce dataset by the standard methods below, which a row may replace
/// in its `…_method` column. The `note` column is for people and is not read.
public enum ComparatorsFile {
    /// The columns `render` writes, in order. All but the `…_method` columns, `london` and `note` are required.
    public static let columns: [String] = [
        "id", "name", "ons_code", "london", "population", "hectares",
        "imd_multiple", "imd_income", "imd_employment", "imd_education", "imd_health", "imd_crime", "imd_housing",
        "imd_environment", "dependent_children", "working_age", "over_sixty",
        "libraries_2010", "libraries_2016", "weekly_hours_2016",
        "population_source", "hectares_source", "deprivation_source", "ages_source",
        "libraries_2010_source", "libraries_2010_method", "libraries_2016_source", "libraries_2016_method",
        "weekly_hours_source", "weekly_hours_method", "note",
    ]

    /// Columns a file may leave out.
    static let optionalColumns: Set<String> = [
        "london", "libraries_2010_method", "libraries_2016_method", "weekly_hours_method", "note",
    ]

    /// The deprivation columns, in `DeprivationScores` order.
    static let deprivationColumns = [
        "imd_multiple", "imd_income", "imd_employment", "imd_education", "imd_health", "imd_crime", "imd_housing",
        "imd_environment",
    ]

    /// The age-group columns, in `AgeProfile` order.
    static let ageColumns = ["dependent_children", "working_age", "over_sixty"]

    /// The period of the population and age figures.
    public static let populationPeriod = "mid-2015"
    /// The period of the deprivation scores.
    public static let deprivationPeriod = "2015"
    /// The period of `libraries_2010`.
    public static let libraries2010Period = "April 2010"
    /// The period of `libraries_2016`.
    public static let libraries2016Period = "July 2016"
    /// The period of `weekly_hours_2016`.
    public static let weeklyHoursPeriod = "2016"
    /// How `libraries_2010` is derived unless a row says otherwise.
    public static let libraries2010Method = "count of rows marked statutory in April 2010"
    /// How `libraries_2016` is derived unless a row says otherwise.
    public static let libraries2016Method = "count of rows marked statutory in July 2016"
    /// How `weekly_hours_2016` is derived unless a row says otherwise.
    public static let weeklyHoursMethod =
        "sum of the 2016 scheduled weekly hours of the libraries statutory in July 2016"

    /// Reads a comparators file.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name to use in errors.
    /// - Returns: one record per data row, in file order.
    /// - Throws: an `invalidFile` error naming the file, line, column and field of the first problem: a missing
    ///   column, a bad number, an identifier that is not kebab-case, a repeated id, a value without a source tag.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, file: String) throws -> [AuthorityStatistics] {
        let table = try CSVReader.parse(text, file: file, hasHeader: true)
        var index: [String: Int] = [:]
        for name in columns {
            if let position = table.column(name) {
                index[name] = position
            } else if !optionalColumns.contains(name) {
                throw WorkbenchError(
                    .invalidFile, "The comparators file has no '\(name)' column.",
                    hint: "Add the column to the header row. The columns are: \(columns.joined(separator: ", ")).",
                    location: .init(file: file, line: 1, field: name))
            }
        }
        var seen: [BoroughID: Int] = [:]
        var result: [AuthorityStatistics] = []
        for row in table.rows {
            let reader = RowReader(table: table, row: row, index: index)
            let record = try reader.statistics()
            if let first = seen[record.id] {
                throw reader.error(
                    "id", "The id '\(record.id)' appears twice, here and on line \(first).",
                    hint: "Give each authority one row.")
            }
            seen[record.id] = row.line
            result.append(record)
        }
        return result
    }

    /// Writes records as a comparators file that `parse` reads back to the same values. Provenance beyond the
    /// source tags and methods (kinds, periods) is the format's own, as described above.
    /// - Parameters:
    ///   - rows: the records.
    ///   - notes: optional remarks for the `note` column, by authority.
    /// - Returns: the CSV text, with a header row and a line break after every row.
    public static func render(_ rows: [AuthorityStatistics], notes: [BoroughID: String] = [:]) -> String {
        var lines = [columns.map(quoted).joined(separator: ",")]
        for row in rows {
            var cells: [String: String] = [:]
            cells["id"] = row.id.rawValue
            cells["name"] = row.name
            cells["ons_code"] = row.onsCode ?? ""
            cells["london"] = row.isLondon ? "yes" : "no"
            cells["population"] = row.population.map { number($0.value) }
            cells["population_source"] = row.population.map { tags($0.provenance) }
            cells["hectares"] = row.hectares.map { number($0.value) }
            cells["hectares_source"] = row.hectares.map { tags($0.provenance) }
            if let deprivation = row.deprivation {
                let scores = deprivation.value
                let values = [
                    scores.multiple, scores.income, scores.employment, scores.education, scores.health, scores.crime,
                    scores.housing, scores.environment,
                ]
                for (column, value) in zip(deprivationColumns, values) { cells[column] = number(value) }
                cells["deprivation_source"] = tags(deprivation.provenance)
            }
            if let ages = row.ages {
                let values = [ages.value.dependentChildren, ages.value.workingAge, ages.value.overSixty]
                for (column, value) in zip(ageColumns, values) { cells[column] = number(value) }
                cells["ages_source"] = tags(ages.provenance)
            }
            if let count = row.libraries2010 {
                cells["libraries_2010"] = String(count.value)
                cells["libraries_2010_source"] = tags(count.provenance)
                cells["libraries_2010_method"] = method(count.provenance, standard: libraries2010Method)
            }
            if let count = row.libraries2016 {
                cells["libraries_2016"] = String(count.value)
                cells["libraries_2016_source"] = tags(count.provenance)
                cells["libraries_2016_method"] = method(count.provenance, standard: libraries2016Method)
            }
            if let hours = row.weeklyHours {
                cells["weekly_hours_2016"] = number(hours.value)
                cells["weekly_hours_source"] = tags(hours.provenance)
                cells["weekly_hours_method"] = method(hours.provenance, standard: weeklyHoursMethod)
            }
            cells["note"] = notes[row.id]
            lines.append(columns.map { quoted(cells[$0] ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A number as the file writes it: whole numbers without a decimal point, others in the shortest form that
    /// reads back to the same `Double`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), Swift.abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// The tags of a provenance, separated by spaces.
    static func tags(_ provenance: Provenance) -> String {
        provenance.sources.map(\.rawValue).joined(separator: " ")
    }

    /// The method cell: blank when it is the standard method.
    static func method(_ provenance: Provenance, standard: String) -> String {
        guard let method = provenance.method, method != standard else { return "" }
        return method
    }

    /// A CSV field, quoted when it holds a comma, a quote, a line break or edge spaces.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// The string with every occurrence of one character replaced by a string (no Foundation needed).
    fileprivate func replacingAll(_ character: Character, with replacement: String) -> String {
        var out = ""
        for each in self {
            if each == character { out += replacement } else { out.append(each) }
        }
        return out
    }
}

/// Reads one data row of a comparators file, turning cells into typed values with errors that point at the cell.
private struct RowReader {
    let table: CSVTable
    let row: CSVTable.Row
    let index: [String: Int]

    /// An error about a named column of this row.
    func error(_ column: String, _ message: String, hint: String? = nil) -> WorkbenchError {
        table.error(row: row, column: index[column] ?? 0, message, hint: hint)
    }

    /// The trimmed cell of a column; blank when the column is absent or the row is short.
    func cell(_ column: String) -> String {
        guard let position = index[column], position < row.fields.count else { return "" }
        return row.fields[position].trimmingWhitespace()
    }

    /// A non-negative number, or nil for a blank cell.
    func number(_ column: String) throws -> Double? {
        let text = cell(column)
        guard !text.isEmpty else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw error(
                column, "The value '\(text)' in column '\(column)' is not a number.",
                hint: "Write a plain number such as 324857 or 47.5, with no commas, units or spaces.")
        }
        guard value >= 0 else {
            throw error(column, "The value '\(text)' in column '\(column)' is negative.", hint: "Write zero or more.")
        }
        return value
    }

    /// A whole number of zero or more, or nil for a blank cell.
    func count(_ column: String) throws -> Int? {
        let text = cell(column)
        guard !text.isEmpty else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw error(
                column, "The value '\(text)' in column '\(column)' is not a whole number of zero or more.",
                hint: "Write a count such as 15.")
        }
        return value
    }

    /// The source tags of a column, required when `needed`.
    func sources(_ column: String, needed: Bool, for valueColumn: String) throws -> [SourceTag] {
        let text = cell(column)
        var tags: [SourceTag] = []
        for piece in text.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," || $0 == "\t" }) {
            var raw = Substring(piece)
            if raw.hasPrefix("["), raw.hasSuffix("]") { raw = raw.dropFirst().dropLast() }
            guard RowReader.isTag(raw) else {
                throw error(
                    column, "The value '\(piece)' in column '\(column)' is not a source tag.",
                    hint: "Write tags from the sources list such as S72, separated by spaces.")
            }
            tags.append(SourceTag(String(raw)))
        }
        if needed, tags.isEmpty {
            throw error(
                column, "The '\(valueColumn)' value has no source tag in column '\(column)'.",
                hint: "Every figure needs a source: write its tag from the sources list, such as S72.")
        }
        return tags
    }

    /// Whether text is a tag: `S`, digits, and an optional lower-case letter (`S71`, `S47b`).
    static func isTag(_ text: Substring) -> Bool {
        guard text.first == "S" else { return false }
        var rest = text.dropFirst()
        if let last = rest.last, ("a"..."z").contains(last) { rest = rest.dropLast() }
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A derived figure's provenance, with the row's method or the standard one.
    func derived(_ sources: [SourceTag], period: String, methodColumn: String, standard: String) -> Provenance {
        let method = cell(methodColumn)
        return Provenance(.derived, sources, period: period, method: method.isEmpty ? standard : method)
    }

    /// The whole record.
    func statistics() throws -> AuthorityStatistics {
        let idText = cell("id")
        guard let id = BoroughID(validating: idText) else {
            throw error(
                "id", "The id '\(idText)' is not a valid identifier.",
                hint: "Use lower-case letters, digits and single hyphens, such as 'kensington-and-chelsea'.")
        }
        let name = cell("name")
        guard !name.isEmpty else {
            throw error("name", "The authority '\(idText)' has no name.", hint: "Write the name as the ONS gives it.")
        }
        let onsCode = cell("ons_code")
        let londonText = cell("london").lowercased()
        guard ["", "yes", "no"].contains(londonText) else {
            throw error("london", "The value '\(cell("london"))' in column 'london' is not yes or no.",
                        hint: "Write yes or no.")
        }
        var record = AuthorityStatistics(
            id: id, name: name, onsCode: onsCode.isEmpty ? nil : onsCode, isLondon: londonText != "no")

        if let value = try number("population") {
            let tags = try sources("population_source", needed: true, for: "population")
            record.population = Sourced(value, Provenance(.published, tags, period: ComparatorsFile.populationPeriod))
        }
        if let value = try number("hectares") {
            let tags = try sources("hectares_source", needed: true, for: "hectares")
            record.hectares = Sourced(value, Provenance(.published, tags))
        }
        let scores = try ComparatorsFile.deprivationColumns.map { try number($0) }
        if let values = try complete(scores, ComparatorsFile.deprivationColumns) {
            let tags = try sources("deprivation_source", needed: true, for: "imd_multiple")
            let deprivation = DeprivationScores(
                multiple: values[0], income: values[1], employment: values[2], education: values[3],
                health: values[4], crime: values[5], housing: values[6], environment: values[7])
            record.deprivation = Sourced(
                deprivation, Provenance(.published, tags, period: ComparatorsFile.deprivationPeriod))
        }
        let ages = try ComparatorsFile.ageColumns.map { try number($0) }
        if let values = try complete(ages, ComparatorsFile.ageColumns) {
            let tags = try sources("ages_source", needed: true, for: "dependent_children")
            record.ages = Sourced(
                AgeProfile(dependentChildren: values[0], workingAge: values[1], overSixty: values[2]),
                Provenance(.published, tags, period: ComparatorsFile.populationPeriod))
        }
        if let value = try count("libraries_2010") {
            let tags = try sources("libraries_2010_source", needed: true, for: "libraries_2010")
            record.libraries2010 = Sourced(value, derived(
                tags, period: ComparatorsFile.libraries2010Period, methodColumn: "libraries_2010_method",
                standard: ComparatorsFile.libraries2010Method))
        }
        if let value = try count("libraries_2016") {
            let tags = try sources("libraries_2016_source", needed: true, for: "libraries_2016")
            record.libraries2016 = Sourced(value, derived(
                tags, period: ComparatorsFile.libraries2016Period, methodColumn: "libraries_2016_method",
                standard: ComparatorsFile.libraries2016Method))
        }
        if let value = try number("weekly_hours_2016") {
            let tags = try sources("weekly_hours_source", needed: true, for: "weekly_hours_2016")
            record.weeklyHours = Sourced(value, derived(
                tags, period: ComparatorsFile.weeklyHoursPeriod, methodColumn: "weekly_hours_method",
                standard: ComparatorsFile.weeklyHoursMethod))
        }
        return record
    }

    /// All the values of a group, nil when all are blank; an error naming the first blank one otherwise.
    func complete(_ values: [Double?], _ columns: [String]) throws -> [Double]? {
        let present = values.compactMap { $0 }
        if present.isEmpty { return nil }
        if present.count == values.count { return present }
        let blank = columns[values.firstIndex { $0 == nil } ?? 0]
        throw error(
            blank, "The '\(blank)' value is blank while others of its group are given.",
            hint: "Give all of \(columns.joined(separator: ", ")) or leave them all blank.")
    }
}
