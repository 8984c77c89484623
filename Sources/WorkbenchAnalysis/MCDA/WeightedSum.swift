import WorkbenchCore

/// The weighted sum model (simple additive weighting) on min-max normalised scores.
///
/// Each criterion is rescaled to 0…1 across the options: benefit criteria as (x − min)/(max − min), cost criteria
/// as (max − x)/(max − min). A criterion on which every option scores the same cannot separate them: it scores 0
/// for all and so contributes nothing, and the result says so. The score is Σ wⱼ vᵢⱼ with weights summing to 1.
///
/// With swing weighting the weights are read as the value of moving each criterion from its worst to its best
/// level among the options (as in Goodwin & Wright's swing method); because min-max scaling puts worst at 0 and
/// best at 1, the arithmetic is the same, and the result lists each swing so the analyst can check it.
///
/// Overflow: any finite scores are accepted. A criterion whose range max − min would overflow (scores such as ±1e308)
/// is divided by its largest magnitude before rescaling, which does not change the 0…1 result.
public enum WeightedSum {
    /// How the analyst's weights were elicited.
    public enum Weighting: String, Hashable, Sendable, Codable {
        /// Weights of importance given directly.
        case direct
        /// Swing weights: the value of moving each criterion from worst to best.
        case swing
    }

    /// One criterion's worst and best score among the options.
    public struct Swing: Hashable, Sendable, Codable {
        /// The criterion.
        public var criterion: String
        /// Its worst score (the minimum for a benefit, the maximum for a cost).
        public var worst: Double
        /// Its best score.
        public var best: Double
        /// The weight given to moving from worst to best, as given.
        public var given: Double
        /// That weight normalised.
        public var weight: Double
    }

    /// The outcome of the weighted sum model.
    public struct Result: Hashable, Sendable, Codable {
        /// Always `wsm`.
        public var method = "wsm"
        /// The options, in matrix order.
        public var options: [String]
        /// The criteria, in matrix order.
        public var criteria: [String]
        /// Benefit or cost, per criterion.
        public var directions: [CriterionDirection]
        /// Direct or swing weighting.
        public var weighting: Weighting
        /// The weights used.
        public var weights: Weights
        /// The min-max normalised scores, row-major (options × criteria), each in 0…1.
        public var normalised: [Double]
        /// Σ wⱼ vᵢⱼ per option, in 0…1.
        public var scores: [Double]
        /// Competition ranks (1 best).
        public var ranks: [Int]
        /// The criteria on which every option scores the same.
        public var constantCriteria: [String]
        /// Each criterion's worst-to-best swing.
        public var swings: [Swing]
        /// Sentences for the reply: normalised weights, constant criteria.
        public var notes: [String]
    }

    /// Scores a matrix.
    /// - Complexity: O(options × criteria).
    public static func evaluate(
        _ matrix: DecisionMatrix, weights: Weights, directions: [CriterionDirection], weighting: Weighting = .direct
    ) throws -> Result {
        try checkDirections(directions, matrix)
        let m = matrix.criterionCount
        let ranges = matrix.columnRanges()
        let normalised = normalise(matrix, directions: directions, ranges: ranges)
        let scores = weightedRowSums(normalised, weights: weights.values, columns: m)
        var constant: [String] = []
        var notes: [String] = []
        if weights.wasNormalised { notes.append(normalisationNote(weights, matrix.criteria)) }
        for j in 0..<m where ranges[j].min == ranges[j].max {
            constant.append(matrix.criteria[j])
            notes.append(
                "Every option scores \(format(ranges[j].min)) on '\(matrix.criteria[j])', so it cannot separate them and contributes nothing (its weight \(format(weights.values[j])) is not shared out).")
        }
        let swings = (0..<m).map { j in
            Swing(
                criterion: matrix.criteria[j],
                worst: directions[j] == .benefit ? ranges[j].min : ranges[j].max,
                best: directions[j] == .benefit ? ranges[j].max : ranges[j].min,
                given: weights.given[j], weight: weights.values[j])
        }
        if weighting == .swing {
            for swing in swings {
                notes.append(
                    "Swing: moving '\(swing.criterion)' from \(format(swing.worst)) (worst) to \(format(swing.best)) (best) is worth \(format(swing.given)), weight \(format(swing.weight)).")
            }
        }
        return Result(
            options: matrix.options, criteria: matrix.criteria, directions: directions, weighting: weighting,
            weights: weights, normalised: normalised, scores: scores, ranks: Ranking.competition(scores),
            constantCriteria: constant, swings: swings, notes: notes)
    }

    /// The scores alone, for sensitivity analysis.
    public static func scores(_ matrix: DecisionMatrix, weights: [Double], directions: [CriterionDirection]) -> [Double] {
        let normalised = normalise(matrix, directions: directions, ranges: matrix.columnRanges())
        return weightedRowSums(normalised, weights: weights, columns: matrix.criterionCount)
    }

    static func normalise(
        _ matrix: DecisionMatrix, directions: [CriterionDirection], ranges: [(min: Double, max: Double)]
    ) -> [Double] {
        let m = matrix.criterionCount
        var out = [Double](repeating: 0, count: matrix.values.count)
        // A column whose span max − min overflows (scores near ±1.8e308) is first divided by its largest magnitude,
        // which leaves the min-max result unchanged; every other column takes the plain formula, bit for bit.
        let scales = ranges.map { range -> Double in
            (range.max - range.min).isFinite ? 1 : Swift.max(Swift.abs(range.min), Swift.abs(range.max))
        }
        let spans = ranges.indices.map { ranges[$0].max / scales[$0] - ranges[$0].min / scales[$0] }
        for i in 0..<matrix.optionCount {
            for j in 0..<m where spans[j] > 0 {
                let s = scales[j]
                let x = matrix.values[i * m + j]
                out[i * m + j] = s == 1
                    ? (directions[j] == .benefit ? (x - ranges[j].min) / spans[j] : (ranges[j].max - x) / spans[j])
                    : (directions[j] == .benefit ? (x / s - ranges[j].min / s) / spans[j] : (ranges[j].max / s - x / s) / spans[j])
            }
        }
        return out
    }

    static func weightedRowSums(_ cells: [Double], weights: [Double], columns m: Int) -> [Double] {
        let n = cells.count / m
        return (0..<n).map { i in
            var sum = 0.0
            for j in 0..<m { sum += weights[j] * cells[i * m + j] }
            return sum
        }
    }

    static func checkDirections(_ directions: [CriterionDirection], _ matrix: DecisionMatrix) throws {
        guard directions.count == matrix.criterionCount else {
            throw WorkbenchError(
                .internal, "\(directions.count) directions were given for \(matrix.criterionCount) criteria.")
        }
    }

    /// "Weights 2, 1, 1 sum to 4, not 1: normalised to 0.5, 0.25, 0.25."
    static func normalisationNote(_ weights: Weights, _ criteria: [String]) -> String {
        "Weights \(weights.given.map(format).joined(separator: ", ")) sum to \(format(weights.givenTotal)), not 1: normalised to \(weights.values.map(format).joined(separator: ", "))."
    }

    /// Up to four decimals without trailing zeros.
    static func format(_ value: Double) -> String {
        var text = MoneyFormat.fixed(value, decimals: 4)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
