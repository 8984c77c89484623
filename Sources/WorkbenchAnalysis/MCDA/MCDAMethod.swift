/// One of the scoring methods that rank the options of a decision matrix, with its settings, so that the same
/// choice can be rerun with other weights (as sensitivity analysis does).
public enum MCDAMethod: Hashable, Sendable {
    /// The weighted sum model on min-max normalised scores.
    case weightedSum(directions: [CriterionDirection])
    /// TOPSIS.
    case topsis(directions: [CriterionDirection])
    /// PROMETHEE II with one preference function per criterion.
    case promethee(directions: [CriterionDirection], preferences: [PreferenceFunction])

    /// The method's name as typed: `wsm`, `topsis`, `promethee`.
    public var name: String {
        switch self {
        case .weightedSum: "wsm"
        case .topsis: "topsis"
        case .promethee: "promethee"
        }
    }

    /// A scoring function of the weights alone (one per criterion, summing to 1), with everything that does not
    /// depend on the weights worked out once: the min-max matrix for the weighted sum, the vector-normalised
    /// matrix and its column extremes for TOPSIS, and the single-criterion net flows for PROMETHEE (whose net flow
    /// is linear in the weights).
    public func scorer(for matrix: DecisionMatrix) -> @Sendable ([Double]) -> [Double] {
        let n = matrix.optionCount
        let m = matrix.criterionCount
        switch self {
        case let .weightedSum(directions):
            let cells = WeightedSum.normalise(matrix, directions: directions, ranges: matrix.columnRanges())
            return { weights in WeightedSum.weightedRowSums(cells, weights: weights, columns: m) }
        case let .promethee(directions, preferences):
            let ones = [Double](repeating: 1, count: m)
            let cells = PROMETHEE.compute(matrix, weights: ones, directions: directions, preferences: preferences).unicriterion
            return { weights in WeightedSum.weightedRowSums(cells, weights: weights, columns: m) }
        case let .topsis(directions):
            let unit = TOPSIS.compute(matrix, weights: [Double](repeating: 1, count: m), directions: directions)
            let r = unit.normalised
            let best = unit.ideal
            let worst = unit.antiIdeal
            return { weights in
                (0..<n).map { i in
                    var plus = 0.0
                    var minus = 0.0
                    for j in 0..<m {
                        let a = weights[j] * (r[i * m + j] - best[j])
                        let b = weights[j] * (r[i * m + j] - worst[j])
                        plus += a * a
                        minus += b * b
                    }
                    plus = plus.squareRoot()
                    minus = minus.squareRoot()
                    return plus + minus > 0 ? minus / (plus + minus) : 0.5
                }
            }
        }
    }
}
