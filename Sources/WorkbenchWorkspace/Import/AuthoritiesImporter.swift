public import WorkbenchCore

/// Reads the authorities statistics (`authorities.csv` [S72]): a header row naming `name`, `code`, `hectares`, the IMD
/// 2015 domain scores (`multiple`, `income`, `employment`, `education`, `health`, `crime`, `housing`, `environment`;
/// the first `education` column is the domain, the second the sub-domain), `population` (mid-2015) and the age groups
/// (`dependent_children`, `working_age`, `over_sixty`). Each row becomes the statistics of one authority in the
/// comparators format; the authority's id is its name in kebab case. A row is skipped, with its line and reason,
/// when it has no name, repeats an id, or has a value that is not a number; a partly blank group (deprivation or
/// ages) is left missing with a warning. Scores outside 0–10 are kept with a warning.
public enum AuthoritiesImporter {
    /// The columns needed.
    public static let requiredColumns = [
        "name", "code", "hectares", "multiple", "income", "employment", "education", "health", "crime", "housing",
        "environment", "population", "dependent_children", "working_age", "over_sixty",
    ]

    /// Reads the statistics.
    /// - Throws: `invalidFile` when the text is not CSV or a required column is missing.
    public static func read(_ text: String, file: String) throws -> ImportResult<AuthorityStatistics> {
        let table = try CSVReader.parse(text, file: file, hasHeader: true)
        var index: [String: Int] = [:]
        for name in requiredColumns {
            guard let position = table.column(name) else {
                throw WorkbenchError(
                    .invalidFile, "The authorities file has no '\(name)' column.",
                    hint: "The header must name: \(requiredColumns.joined(separator: ", ")).",
                    location: .init(file: file, line: 1, field: name))
            }
            index[name] = position
        }
        var result = ImportResult<AuthorityStatistics>(records: [], linesRead: 0)
        var seen: [BoroughID: Int] = [:]
        rows: for row in table.rows {
            result.linesRead += 1
            func cell(_ name: String) -> String {
                let position = index[name] ?? 0
                guard position < row.fields.count else { return "" }
                let (fixed, repaired) = MojibakeRepair.repair(row.fields[position])
                if repaired {
                    result.repaired.append(ImportIssue(line: row.line, field: name, message: "'\(row.fields[position])' read as '\(fixed)'"))
                }
                return fixed.trimmingWhitespace()
            }
            let name = cell("name")
            guard !name.isEmpty else {
                result.skipped.append(ImportIssue(line: row.line, field: "name", message: "has no authority name"))
                continue
            }
            let id = BoroughID.slug(name)
            guard BoroughID.isValid(id.rawValue) else {
                result.skipped.append(ImportIssue(line: row.line, field: "name", message: "'\(name)' gives no identifier"))
                continue
            }
            if let first = seen[id] {
                result.skipped.append(ImportIssue(line: row.line, field: "name", message: "repeats '\(name)' of line \(first)"))
                continue
            }
            var numbers: [String: Double] = [:]
            for column in requiredColumns where column != "name" && column != "code" {
                let text = cell(column).replacingCommas()
                if text.isEmpty { continue }
                guard let value = Double(text), value.isFinite, value >= 0 else {
                    result.skipped.append(ImportIssue(
                        line: row.line, field: column, message: "has '\(text)' in column '\(column)', not a number of zero or more"))
                    continue rows
                }
                numbers[column] = value
            }
            let code = cell("code")
            var record = AuthorityStatistics(
                id: id, name: name, onsCode: code.isEmpty ? nil : code, isLondon: code.hasPrefix("E09"))
            if let population = numbers["population"] {
                record.population = Sourced(population, Provenance(.published, ["S72"], period: ComparatorsFile.populationPeriod))
            }
            if let hectares = numbers["hectares"] { record.hectares = Sourced(hectares, Provenance(.published, ["S72"])) }
            let deprivationColumns = ["multiple", "income", "employment", "education", "health", "crime", "housing", "environment"]
            let scores = deprivationColumns.compactMap { numbers[$0] }
            if scores.count == deprivationColumns.count {
                for (column, score) in zip(deprivationColumns, scores) where score > 10 {
                    result.warnings.append(ImportIssue(line: row.line, field: column, message: "score \(score) is outside the 1–10 scale; kept"))
                }
                record.deprivation = Sourced(
                    DeprivationScores(
                        multiple: scores[0], income: scores[1], employment: scores[2], education: scores[3], health: scores[4],
                        crime: scores[5], housing: scores[6], environment: scores[7]),
                    Provenance(.published, ["S72"], period: ComparatorsFile.deprivationPeriod))
            } else if !scores.isEmpty {
                result.warnings.append(ImportIssue(line: row.line, field: "multiple", message: "deprivation scores are partly blank; left missing"))
            }
            let ageColumns = ["dependent_children", "working_age", "over_sixty"]
            let ages = ageColumns.compactMap { numbers[$0] }
            if ages.count == ageColumns.count {
                record.ages = Sourced(
                    AgeProfile(dependentChildren: ages[0], workingAge: ages[1], overSixty: ages[2]),
                    Provenance(.published, ["S72"], period: ComparatorsFile.populationPeriod))
            } else if !ages.isEmpty {
                result.warnings.append(ImportIssue(line: row.line, field: "dependent_children", message: "age groups are partly blank; left missing"))
            }
            seen[id] = row.line
            result.records.append(record)
        }
        return result
    }
}

extension String {
    /// The text without thousands commas (`201,979` → `201979`).
    fileprivate func replacingCommas() -> String { String(filter { $0 != "," }) }
}
