/// The options' scores when one criterion's weight moves to t and the others are rescaled in proportion (the move
/// `WeightSensitivity` makes), in O(options) per move instead of a whole scoring run.
///
/// The methods' scores depend on the other criteria only through a sum over them: Σₖ wₖcₖ for the weighted sum and
/// PROMETHEE (whose net flow is linear in the weights), Σₖ (wₖdₖ)² for each TOPSIS distance. Rescaling the others
/// by s = (1 − t)/(1 − wⱼ) multiplies that sum by s (by s² for TOPSIS), so with each option's prefix and suffix sums
/// worked out once, the sum over every criterion but j is one addition: O(options × criteria) set-up, then
/// O(options) per move. When wⱼ = 1 (the others all zero) they share 1 − t equally; that case is scored in full.
struct ShiftedScores {
    /// The options and criteria.
    let n: Int
    let m: Int
    /// The base weights.
    let base: [Double]
    /// The method's full scorer, for wⱼ = 1.
    let exact: @Sendable ([Double]) -> [Double]
    /// Whether the scores are TOPSIS closeness (two sums of squares) or linear (one sum).
    let isTOPSIS: Bool
    /// Per option and criterion: cᵢⱼ (linear) or the distance to the ideal (TOPSIS), row-major.
    let first: [Double]
    /// TOPSIS: the distance to the anti-ideal, row-major; empty otherwise.
    let second: [Double]
    /// Per option, the sums of the weighted terms over criteria before k, k = 0…m: row-major n × (m + 1).
    let prefix: [Double]
    let prefixSecond: [Double]
    /// Per option, the sums over criteria from k on.
    let suffix: [Double]
    let suffixSecond: [Double]

    /// Works out the terms and their prefix and suffix sums for `method` on `matrix` at the `base` weights.
    init(method: MCDAMethod, matrix: DecisionMatrix, base: [Double]) {
        n = matrix.optionCount
        m = matrix.criterionCount
        self.base = base
        exact = method.scorer(for: matrix)
        let ones = [Double](repeating: 1, count: m)
        switch method {
        case let .weightedSum(directions):
            isTOPSIS = false
            first = WeightedSum.normalise(matrix, directions: directions, ranges: matrix.columnRanges())
            second = []
        case let .promethee(directions, preferences):
            isTOPSIS = false
            first = PROMETHEE.compute(matrix, weights: ones, directions: directions, preferences: preferences).unicriterion
            second = []
        case let .topsis(directions):
            isTOPSIS = true
            let unit = TOPSIS.compute(matrix, weights: ones, directions: directions)
            var plus = unit.normalised
            var minus = unit.normalised
            for i in 0..<n {
                for j in 0..<m {
                    plus[i * m + j] -= unit.ideal[j]
                    minus[i * m + j] -= unit.antiIdeal[j]
                }
            }
            first = plus
            second = minus
        }
        let one = Self.sums(first, weights: base, options: n, criteria: m, squared: isTOPSIS)
        let two = Self.sums(second, weights: base, options: n, criteria: m, squared: isTOPSIS)
        prefix = one.prefix
        suffix = one.suffix
        prefixSecond = two.prefix
        suffixSecond = two.suffix
    }

    /// Each option's prefix and suffix sums of wₖcₖ (or of its square), row-major n × (m + 1); empty for no cells.
    static func sums(
        _ cells: [Double], weights: [Double], options n: Int, criteria m: Int, squared: Bool
    ) -> (prefix: [Double], suffix: [Double]) {
        guard !cells.isEmpty else { return ([], []) }
        let width = m + 1
        var prefix = [Double](repeating: 0, count: n * width)
        var suffix = [Double](repeating: 0, count: n * width)
        for i in 0..<n {
            for k in 0..<m {
                let term = weights[k] * cells[i * m + k]
                prefix[i * width + k + 1] = prefix[i * width + k] + (squared ? term * term : term)
            }
            for k in stride(from: m - 1, through: 0, by: -1) {
                let term = weights[k] * cells[i * m + k]
                suffix[i * width + k] = suffix[i * width + k + 1] + (squared ? term * term : term)
            }
        }
        return (prefix, suffix)
    }

    /// The weights with criterion j moved to t and the others rescaled, as `WeightSensitivity` defines them.
    func shifted(_ j: Int, to t: Double) -> [Double] {
        let wj = base[j]
        var out = base
        for k in 0..<m where k != j {
            out[k] = wj < 1 ? base[k] * (1 - t) / (1 - wj) : (1 - t) / Double(m - 1)
        }
        out[j] = t
        return out
    }

    /// The options' scores with criterion j's weight at t.
    func scores(_ j: Int, at t: Double) -> [Double] {
        let wj = base[j]
        guard wj < 1 else { return exact(shifted(j, to: t)) }
        let scale = (1 - t) / (1 - wj)
        let width = m + 1
        return (0..<n).map { i in
            let others = prefix[i * width + j] + suffix[i * width + j + 1]
            guard isTOPSIS else { return scale * others + t * first[i * m + j] }
            let othersMinus = prefixSecond[i * width + j] + suffixSecond[i * width + j + 1]
            let a = t * first[i * m + j]
            let b = t * second[i * m + j]
            let plus = (scale * scale * others + a * a).squareRoot()
            let minus = (scale * scale * othersMinus + b * b).squareRoot()
            return plus + minus > 0 ? minus / (plus + minus) : 0.5
        }
    }
}
