import WorkbenchCore

/// A square matrix of pairwise comparisons for AHP: entry (i, j) says how many times more important item i is than
/// item j. It must be positive, have ones on the diagonal and be reciprocal: aⱼᵢ = 1/aᵢⱼ within a relative
/// tolerance of 1e-3 (so `0.333` passes for `1/3`, but `0.33` does not).
public struct PairwiseMatrix: Hashable, Sendable, Codable {
    /// The items compared, in row (and column) order.
    public let labels: [String]
    /// The entries, row-major (n × n).
    public let values: [Double]

    /// The relative tolerance on reciprocity.
    public static let reciprocalTolerance = 1e-3

    /// A cell that breaks a rule, for errors that can name a file position.
    public struct Problem: Sendable, Equatable {
        /// 0-based row of the offending cell.
        public var row: Int
        /// 0-based column of the offending cell.
        public var column: Int
        /// The sentence saying what is wrong.
        public var message: String
        /// How to fix it.
        public var hint: String
    }

    /// Makes a matrix, checking it.
    /// - Throws: `WorkbenchError` (`invalid-argument`) naming the first bad cell by its row and column labels.
    public init(labels: [String], values: [Double]) throws {
        if let problem = Self.problem(labels: labels, values: values) {
            let field = problem.column < labels.count ? labels[problem.column] : nil
            throw WorkbenchError(.invalidArgument, problem.message, hint: problem.hint, location: .init(field: field))
        }
        self.labels = labels
        self.values = values
    }

    /// The order n.
    public var order: Int { labels.count }

    /// Entry (i, j).
    public subscript(row: Int, column: Int) -> Double { values[row * labels.count + column] }

    /// The first rule a candidate matrix breaks, or nil when it is a valid pairwise matrix.
    public static func problem(labels: [String], values: [Double]) -> Problem? {
        let n = labels.count
        guard n >= 2 else {
            return Problem(row: 0, column: 0, message: "A pairwise matrix needs at least two items; it has \(n).", hint: "Compare at least two items.")
        }
        guard values.count == n * n else {
            return Problem(
                row: 0, column: 0, message: "A pairwise matrix of \(n) items needs \(n * n) entries; it has \(values.count).",
                hint: "Give a square matrix: one row and one column per item, in the same order.")
        }
        for i in 0..<n {
            for j in 0..<n {
                let value = values[i * n + j]
                guard value.isFinite, value > 0 else {
                    return Problem(
                        row: i, column: j,
                        message: "The comparison of '\(labels[i])' with '\(labels[j])' is \(format(value)); comparisons must be positive numbers.",
                        hint: "Use Saaty's scale 1/9…9, writing 1/3 for 'a third as important'.")
                }
            }
        }
        for i in 0..<n {
            let value = values[i * n + i]
            if Swift.abs(value - 1) > reciprocalTolerance {
                return Problem(
                    row: i, column: i,
                    message: "The comparison of '\(labels[i])' with itself is \(format(value)); it must be 1.",
                    hint: "Put 1 on the diagonal.")
            }
        }
        for i in 0..<n {
            for j in (i + 1)..<n {
                let upper = values[i * n + j]
                let lower = values[j * n + i]
                if Swift.abs(upper * lower - 1) > reciprocalTolerance + 1e-12 {
                    return Problem(
                        row: j, column: i,
                        message: "The comparison of '\(labels[j])' with '\(labels[i])' is \(format(lower)), but '\(labels[i])' with '\(labels[j])' is \(format(upper)); the matrix must be reciprocal, so it should be \(reciprocalText(upper)).",
                        hint: "Make each entry below the diagonal the reciprocal of its mirror above it.")
                }
            }
        }
        return nil
    }

    /// `1/3 (0.3333)` for the reciprocal of 3, `3` for the reciprocal of 1/3.
    public static func reciprocalText(_ value: Double) -> String {
        let inverse = 1 / value
        let rounded = value.rounded()
        // Below 1e15 so the conversion to Int cannot trap on a huge value such as 1e300.
        if rounded >= 1, rounded < 1e15, Swift.abs(value - rounded) < 1e-9 { return "1/\(Int(rounded)) (\(WeightedSum.format(inverse)))" }
        return format(inverse)
    }

    /// Up to four decimals, or a whole number, or `1/k` for the reciprocal of a whole number.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value > 0, value < 1 {
            let k = (1 / value).rounded()
            if k >= 2, Swift.abs(1 / value - k) < 1e-6 { return "1/\(Int(k))" }
        }
        return WeightedSum.format(value)
    }
}
