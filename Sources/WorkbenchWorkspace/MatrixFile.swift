public import Foundation
import WorkbenchCore

/// Reads the matrices of multi-criteria analysis from CSV.
///
/// A decision matrix has a header row of criterion names (its first cell names the option column) and one row per
/// option, the option's name first. A pairwise matrix (for AHP) is square: a header row of the labels (after a
/// corner cell) and one row per label, starting with that label in the same order. Entries are numbers or
/// fractions such as `1/3`. Errors name the file, line, column and field (the criterion or label).
public enum MatrixFile {
    /// The largest file read, so that a wrong path cannot exhaust memory.
    public static let maxBytes = 64 * 1024 * 1024

    /// A decision matrix as read: names and row-major values.
    public struct Decision: Sendable, Equatable {
        /// The options, in row order.
        public var options: [String]
        /// The criteria, in column order.
        public var criteria: [String]
        /// The scores, row-major (options × criteria).
        public var values: [Double]
    }

    /// A pairwise comparison matrix as read.
    public struct Pairwise: Sendable, Equatable {
        /// The items compared, in row and column order.
        public var labels: [String]
        /// The entries, row-major (n × n).
        public var values: [Double]
    }

    /// The relative tolerance on reciprocity: aⱼᵢ·aᵢⱼ must be within 1e-3 of 1.
    public static let reciprocalTolerance = 1e-3

    /// Reads a file's text.
    /// - Parameter file: the name to use in errors (as the analyst typed it).
    public static func text(at url: URL, file: String) throws -> String {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maxBytes {
                throw WorkbenchError(
                    .invalidFile, "The file '\(file)' is larger than \(maxBytes / 1024 / 1024) MB.",
                    hint: "Check the path; a matrix file is usually small.", location: .init(file: file))
            }
            data = try Data(contentsOf: url)
        } catch let error as WorkbenchError {
            throw error
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw WorkbenchError(
                .invalidFile, missing ? "There is no file '\(file)'." : "The file '\(file)' could not be read.",
                hint: missing ? "Relative paths are looked up in the workspace folder first, then the current directory." : nil,
                location: .init(file: file), cause: "\(error)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw WorkbenchError(
                .invalidFile, "The file '\(file)' is not UTF-8 text.", hint: "Save it as CSV (UTF-8).",
                location: .init(file: file))
        }
        return text
    }

    /// Parses a number or a fraction: `12.5`, `-3`, `1/3`, `2.5/10`. Returns nil for anything else, a zero
    /// denominator or a result that is not finite.
    public static func number(_ field: String) -> Double? {
        let text = field.trimmingWhitespace()
        if let slash = text.firstIndex(of: "/") {
            guard let top = Double(text[..<slash].trimmingWhitespace()),
                  let bottom = Double(text[text.index(after: slash)...].trimmingWhitespace()), bottom != 0
            else { return nil }
            let value = top / bottom
            return value.isFinite ? value : nil
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Reads a decision matrix from CSV text.
    public static func decision(csv text: String, file: String) throws -> Decision {
        let table = try CSVReader.parse(text, file: file, hasHeader: true)
        let header = table.header ?? []
        guard header.count >= 2 else {
            throw WorkbenchError(
                .invalidFile, "The header has \(header.count) column\(header.count == 1 ? "" : "s"); a decision matrix needs the option names and at least one criterion.",
                hint: "Write a header such as: option,cost,reach,quality", location: .init(file: file, line: 1))
        }
        let criteria = header.dropFirst().map { $0.trimmingWhitespace() }
        try checkNames(criteria, kind: "criterion", file: file, line: 1, firstColumn: 2)
        guard table.rows.count >= 2 else {
            throw WorkbenchError(
                .invalidFile, "The file has \(table.rows.count) option row\(table.rows.count == 1 ? "" : "s"); at least two are needed to compare.",
                hint: "Add one row per option under the header.", location: .init(file: file))
        }
        var options: [String] = []
        var seen: [String: Int] = [:]
        var values: [Double] = []
        values.reserveCapacity(table.rows.count * criteria.count)
        for row in table.rows {
            try checkWidth(row, expected: header.count, file: file)
            let name = row.fields[0].trimmingWhitespace()
            guard !name.isEmpty else {
                throw table.error(row: row, column: 0, "The option on this line has no name.", hint: "Put the option's name in the first column.")
            }
            if let earlier = seen[name.lowercased()] {
                throw table.error(row: row, column: 0, "The option '\(name)' appears twice (also on line \(earlier)).", hint: "Give each option a name of its own.")
            }
            seen[name.lowercased()] = row.line
            options.append(name)
            for column in 1..<header.count {
                let field = row.fields[column]
                guard let value = number(field) else {
                    let shown = field.trimmingWhitespace()
                    throw table.error(
                        row: row, column: column,
                        shown.isEmpty ? "The score of '\(name)' is missing." : "The score '\(shown)' of '\(name)' is not a number.",
                        hint: "Write each score as a number such as 12.5 or a fraction such as 1/3; a matrix cannot have gaps.")
                }
                values.append(value)
            }
        }
        return Decision(options: options, criteria: criteria, values: values)
    }

    /// Reads a pairwise comparison matrix from CSV text, checking that it is square, positive and reciprocal.
    public static func pairwise(csv text: String, file: String) throws -> Pairwise {
        let table = try CSVReader.parse(text, file: file, hasHeader: true)
        let header = table.header ?? []
        let labels = header.dropFirst().map { $0.trimmingWhitespace() }
        let n = labels.count
        guard n >= 2 else {
            throw WorkbenchError(
                .invalidFile, "The header names \(n) item\(n == 1 ? "" : "s"); a pairwise matrix compares at least two.",
                hint: "Write a header such as: ,cost,reach,quality — then one row per item in the same order.",
                location: .init(file: file, line: 1))
        }
        try checkNames(labels, kind: "label", file: file, line: 1, firstColumn: 2)
        guard table.rows.count == n else {
            throw WorkbenchError(
                .invalidFile, "The matrix is not square: the header names \(n) items but there \(table.rows.count == 1 ? "is 1 row" : "are \(table.rows.count) rows").",
                hint: "Give one row per item, in the header's order.", location: .init(file: file))
        }
        var values = [Double](repeating: 0, count: n * n)
        for (i, row) in table.rows.enumerated() {
            try checkWidth(row, expected: n + 1, file: file)
            let label = row.fields[0].trimmingWhitespace()
            guard label.lowercased() == labels[i].lowercased() else {
                throw WorkbenchError(
                    .invalidFile, "Row \(i + 1) is labelled '\(label)', but column \(i + 1) of the header is '\(labels[i])'.",
                    hint: "List the rows in the same order as the header's columns.",
                    location: .init(file: file, line: row.line, column: 1))
            }
            for j in 0..<n {
                let field = row.fields[j + 1].trimmingWhitespace()
                guard let value = number(field) else {
                    throw table.error(
                        row: row, column: j + 1,
                        field.isEmpty ? "The comparison of '\(labels[i])' with '\(labels[j])' is missing." : "The comparison '\(field)' of '\(labels[i])' with '\(labels[j])' is not a number.",
                        hint: "Write each comparison as a number or a fraction such as 1/3.")
                }
                guard value > 0 else {
                    throw table.error(
                        row: row, column: j + 1,
                        "The comparison of '\(labels[i])' with '\(labels[j])' is \(field); comparisons must be positive.",
                        hint: "Use Saaty's scale 1/9…9, writing 1/3 for 'a third as important'.")
                }
                if i == j, Swift.abs(value - 1) > reciprocalTolerance {
                    throw table.error(
                        row: row, column: j + 1, "The comparison of '\(labels[i])' with itself is \(field); it must be 1.",
                        hint: "Put 1 on the diagonal.")
                }
                values[i * n + j] = value
            }
        }
        for i in 0..<n {
            for j in 0..<i {
                let lower = values[i * n + j]
                let upper = values[j * n + i]
                if Swift.abs(lower * upper - 1) > reciprocalTolerance + 1e-12 {
                    let row = table.rows[i]
                    throw table.error(
                        row: row, column: j + 1,
                        "The comparison of '\(labels[i])' with '\(labels[j])' is \(row.fields[j + 1].trimmingWhitespace()), but '\(labels[j])' with '\(labels[i])' (line \(table.rows[j].line), column \(i + 2)) is \(table.rows[j].fields[i + 1].trimmingWhitespace()); the matrix must be reciprocal, so it should be \(reciprocal(upper)).",
                        hint: "Make each entry below the diagonal the reciprocal of its mirror above it.")
                }
            }
        }
        return Pairwise(labels: labels, values: values)
    }

    /// `1/3 (0.3333)` for the reciprocal of 3; `3` for the reciprocal of 1/3; otherwise four decimals.
    static func reciprocal(_ value: Double) -> String {
        let rounded = value.rounded()
        // Below 1e15 so the conversion to Int cannot trap on a huge cell such as 1e300 (found by fuzzing).
        if rounded >= 1, rounded < 1e15, Swift.abs(value - rounded) < 1e-9 {
            return "1/\(Int(rounded)) (\(decimal(1 / value)))"
        }
        return decimal(1 / value)
    }

    private static func decimal(_ value: Double) -> String {
        var text = MoneyFormat.fixed(value, decimals: 4)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func checkWidth(_ row: CSVTable.Row, expected: Int, file: String) throws {
        guard row.fields.count == expected else {
            throw WorkbenchError(
                .invalidFile, "This line has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"), but the header has \(expected).",
                hint: "Give every row a name and one value per column.", location: .init(file: file, line: row.line))
        }
    }

    private static func checkNames(_ names: [String], kind: String, file: String, line: Int, firstColumn: Int) throws {
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            guard !name.isEmpty else {
                throw WorkbenchError(
                    .invalidFile, "Column \(index + firstColumn) of the header has no \(kind) name.",
                    hint: "Name every column.", location: .init(file: file, line: line, column: index + firstColumn))
            }
            guard seen.insert(name.lowercased()).inserted else {
                throw WorkbenchError(
                    .invalidFile, "The \(kind) '\(name)' appears twice in the header.",
                    hint: "Give each column a name of its own.",
                    location: .init(file: file, line: line, column: index + firstColumn, field: name))
            }
        }
    }
}
