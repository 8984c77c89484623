import WorkbenchCore

/// A multi-criteria decision matrix: one row per option, one column per criterion, held row-major in one flat
/// array so that methods can run over thousands of options without allocating per cell.
///
/// A valid matrix has at least two options, at least one criterion, unique non-empty names and finite values.
public struct DecisionMatrix: Hashable, Sendable, Codable {
    /// The options' names, in row order.
    public let options: [String]
    /// The criteria's names, in column order.
    public let criteria: [String]
    /// The scores, row-major: `values[option * criteria.count + criterion]`.
    public let values: [Double]

    /// Makes a matrix, checking its shape, names and values.
    /// - Throws: `WorkbenchError` (`invalid-argument`) naming the first problem found.
    public init(options: [String], criteria: [String], values: [Double]) throws {
        guard options.count >= 2 else {
            throw WorkbenchError(
                .invalidArgument, "A decision matrix needs at least two options; it has \(options.count).",
                hint: "Add a row for each option being compared.")
        }
        guard !criteria.isEmpty else {
            throw WorkbenchError(
                .invalidArgument, "A decision matrix needs at least one criterion; it has none.",
                hint: "Add a column for each criterion after the option names.")
        }
        guard values.count == options.count * criteria.count else {
            throw WorkbenchError(
                .invalidArgument,
                "A decision matrix of \(options.count) options and \(criteria.count) criteria needs \(options.count * criteria.count) values; it has \(values.count).",
                hint: "Give every option a score on every criterion.")
        }
        try Self.checkNames(options, kind: "option")
        try Self.checkNames(criteria, kind: "criterion")
        for (index, value) in values.enumerated() where !value.isFinite {
            let row = index / criteria.count
            let column = index % criteria.count
            throw WorkbenchError(
                .invalidArgument,
                "Option '\(options[row])' has a score of \(value) on criterion '\(criteria[column])'; scores must be finite numbers.",
                hint: "Replace the value with a number.", location: .init(field: criteria[column]))
        }
        self.options = options
        self.criteria = criteria
        self.values = values
    }

    private static func checkNames(_ names: [String], kind: String) throws {
        var seen = Set<String>()
        for name in names {
            let key = name.trimmingWhitespace().lowercased()
            guard !key.isEmpty else {
                throw WorkbenchError(
                    .invalidArgument, "A \(kind) has an empty name.", hint: "Name every \(kind).")
            }
            guard seen.insert(key).inserted else {
                throw WorkbenchError(
                    .invalidArgument, "Two \(kind == "criterion" ? "criteria" : "options") are named '\(name)'.",
                    hint: "Give each \(kind) a name of its own.")
            }
        }
    }

    /// How many options (rows).
    public var optionCount: Int { options.count }
    /// How many criteria (columns).
    public var criterionCount: Int { criteria.count }

    /// The score of one option on one criterion.
    public subscript(option: Int, criterion: Int) -> Double { values[option * criteria.count + criterion] }

    /// One criterion's scores, in option order.
    public func column(_ criterion: Int) -> [Double] {
        (0..<options.count).map { values[$0 * criteria.count + criterion] }
    }

    /// The lowest and highest score on each criterion.
    /// - Complexity: O(options × criteria).
    public func columnRanges() -> [(min: Double, max: Double)] {
        let m = criteria.count
        var low = Array(values[0..<m])
        var high = low
        values.withUnsafeBufferPointer { cells in
            for row in 1..<options.count {
                let base = row * m
                for j in 0..<m {
                    let x = cells[base + j]
                    if x < low[j] { low[j] = x }
                    if x > high[j] { high[j] = x }
                }
            }
        }
        return (0..<m).map { (low[$0], high[$0]) }
    }

    /// The index of a criterion given by name (case-insensitive) or by number (1 = the first criterion column).
    /// A name wins over a number when a criterion is itself named like a number.
    /// - Parameter argument: the option the reference came from, for the error's location.
    public func criterionIndex(_ reference: String, argument: String? = nil) throws -> Int {
        let key = reference.trimmingWhitespace().lowercased()
        if let index = criteria.firstIndex(where: { $0.trimmingWhitespace().lowercased() == key }) { return index }
        if let number = Int(key), (1...criteria.count).contains(number) { return number - 1 }
        let list = criteria.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
        throw WorkbenchError(
            .notFound, "No criterion is named or numbered '\(reference)'.",
            hint: "Name a criterion or give its number (1 = the first criterion column): \(list).",
            location: .init(argument: argument))
    }

    /// The directions when the criteria in `costs` (names or numbers) are costs and the rest benefits.
    public func directions(costs: [String], argument: String? = "--cost") throws -> [CriterionDirection] {
        let indices = try costs.map { try criterionIndex($0, argument: argument) }
        return CriterionDirection.directions(count: criteria.count, cost: indices)
    }
}
