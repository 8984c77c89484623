import WorkbenchCore

/// PROMETHEE II (Brans & Vincke, 1985): for each pair of options (a, b) and criterion j, the difference
/// dⱼ(a, b) = gⱼ(a) − gⱼ(b) (reversed for a cost) gives a preference Pⱼ(a, b) through the criterion's preference
/// function; π(a, b) = Σⱼ wⱼ Pⱼ(a, b). With n options the positive flow is φ⁺(a) = Σ_b π(a, b) / (n − 1), the
/// negative flow φ⁻(a) = Σ_b π(b, a) / (n − 1) and the net flow φ(a) = φ⁺(a) − φ⁻(a), in −1…1, higher better.
///
/// The normalised matrix reported is each option's single-criterion net flow
/// φⱼ(a) = Σ_b [Pⱼ(a, b) − Pⱼ(b, a)] / (n − 1), so that φ(a) = Σⱼ wⱼ φⱼ(a).
/// The flows are computed one criterion at a time. For the usual, U-shape, level, V-shape and linear functions the
/// values are sorted once and each option's sums read from how many options lie beyond each threshold and, for the
/// ramps, prefix sums of the values in between (`PROMETHEE+Sorted`): no pair is compared. The Gaussian has no such
/// form, so its criteria compare every pair, rows in parallel (`pairwiseSums`). `pairwiseFlows` keeps the
/// definition's all-pairs method as the reference; the two agree to rounding (tests hold them within 1e-12).
/// - Complexity: O(criteria × n log n) time and O(n) memory beyond the input and the results; O(n²) per Gaussian
///   criterion.
public enum PROMETHEE {
    /// The flows of one run: φ⁺, φ⁻ and φ per option, and the single-criterion net flows φⱼ, row-major.
    public typealias Flows = (positive: [Double], negative: [Double], net: [Double], unicriterion: [Double])

    /// The outcome of PROMETHEE II.
    public struct Result: Hashable, Sendable, Codable {
        /// Always `promethee`.
        public var method = "promethee"
        /// The options, in matrix order.
        public var options: [String]
        /// The criteria, in matrix order.
        public var criteria: [String]
        /// Benefit or cost, per criterion.
        public var directions: [CriterionDirection]
        /// The preference function per criterion.
        public var preferences: [PreferenceFunction]
        /// The weights used.
        public var weights: Weights
        /// Single-criterion net flows φⱼ(a), row-major (options × criteria), each in −1…1.
        public var normalised: [Double]
        /// φ⁺ per option.
        public var positiveFlows: [Double]
        /// φ⁻ per option.
        public var negativeFlows: [Double]
        /// φ per option (the score).
        public var scores: [Double]
        /// Competition ranks (1 best) by net flow.
        public var ranks: [Int]
        /// The criteria on which every option scores the same.
        public var constantCriteria: [String]
        /// Sentences for the reply.
        public var notes: [String]
    }

    /// Runs PROMETHEE II.
    /// - Parameter preferences: one function per criterion (`usual` where the analyst gave none).
    public static func evaluate(
        _ matrix: DecisionMatrix, weights: Weights, directions: [CriterionDirection], preferences: [PreferenceFunction]
    ) throws -> Result {
        try WeightedSum.checkDirections(directions, matrix)
        guard preferences.count == matrix.criterionCount else {
            throw WorkbenchError(.internal, "\(preferences.count) preference functions were given for \(matrix.criterionCount) criteria.")
        }
        let flows = compute(matrix, weights: weights.values, directions: directions, preferences: preferences)
        var notes: [String] = []
        if weights.wasNormalised { notes.append(WeightedSum.normalisationNote(weights, matrix.criteria)) }
        var constant: [String] = []
        for (j, range) in matrix.columnRanges().enumerated() where range.min == range.max {
            constant.append(matrix.criteria[j])
            notes.append(
                "Every option scores \(WeightedSum.format(range.min)) on '\(matrix.criteria[j])', so no option is preferred on it and it contributes nothing.")
        }
        return Result(
            options: matrix.options, criteria: matrix.criteria, directions: directions, preferences: preferences,
            weights: weights, normalised: flows.unicriterion, positiveFlows: flows.positive, negativeFlows: flows.negative,
            scores: flows.net, ranks: Ranking.competition(flows.net), constantCriteria: constant, notes: notes)
    }

    /// The net flows alone, for sensitivity analysis.
    public static func scores(
        _ matrix: DecisionMatrix, weights: [Double], directions: [CriterionDirection], preferences: [PreferenceFunction]
    ) -> [Double] {
        compute(matrix, weights: weights, directions: directions, preferences: preferences).net
    }

    /// The flows of one run, criterion by criterion: sorted sums where the preference function has a sorted form,
    /// pairwise sums for the Gaussian (and for ramps on values too large for prefix sums).
    public static func compute(
        _ matrix: DecisionMatrix, weights: [Double], directions: [CriterionDirection], preferences: [PreferenceFunction]
    ) -> Flows {
        let n = matrix.optionCount
        let m = matrix.criterionCount
        var positive = [Double](repeating: 0, count: n)
        var negative = [Double](repeating: 0, count: n)
        var unicriterion = [Double](repeating: 0, count: n * m)
        let scale = 1 / Double(n - 1)
        var column = [Double](repeating: 0, count: n)
        var plus = [Double](repeating: 0, count: n)
        var minus = [Double](repeating: 0, count: n)
        var scratch = SortedScratch()
        for j in 0..<m {
            let sign: Double = directions[j] == .cost ? -1 : 1
            matrix.values.withUnsafeBufferPointer { x in
                for i in 0..<n { column[i] = sign * x[i * m + j] }
            }
            let sorted = SortedForm(preferences[j]).map { sortedSums(column, $0, plus: &plus, minus: &minus, scratch: &scratch) }
            if sorted != true { pairwiseSums(column, preferences[j], plus: &plus, minus: &minus) }
            let weight = weights[j]
            plus.withUnsafeBufferPointer { plus in
                minus.withUnsafeBufferPointer { minus in
                    positive.withUnsafeMutableBufferPointer { positive in
                        negative.withUnsafeMutableBufferPointer { negative in
                            unicriterion.withUnsafeMutableBufferPointer { unicriterion in
                                for i in 0..<n {
                                    positive[i] += weight * (plus[i] * scale)
                                    negative[i] += weight * (minus[i] * scale)
                                    unicriterion[i * m + j] = (plus[i] - minus[i]) * scale
                                }
                            }
                        }
                    }
                }
            }
        }
        let net = (0..<n).map { positive[$0] - negative[$0] }
        return (positive, negative, net, unicriterion)
    }
}
