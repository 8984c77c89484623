import WorkbenchCore

/// TOPSIS (Hwang & Yoon, 1981): vector normalisation rᵢⱼ = xᵢⱼ / √Σᵢ xᵢⱼ², weighting vᵢⱼ = wⱼ rᵢⱼ, the ideal
/// (best weighted value per criterion: highest for a benefit, lowest for a cost) and anti-ideal (worst), each
/// option's Euclidean distances D⁺ to the ideal and D⁻ to the anti-ideal, and the closeness coefficient
/// C = D⁻ / (D⁺ + D⁻) in 0…1, higher better.
///
/// The arithmetic runs over flat arrays with no per-cell allocation: three passes over the matrix.
public enum TOPSIS {
    /// The outcome of TOPSIS.
    public struct Result: Hashable, Sendable, Codable {
        /// Always `topsis`.
        public var method = "topsis"
        /// The options, in matrix order.
        public var options: [String]
        /// The criteria, in matrix order.
        public var criteria: [String]
        /// Benefit or cost, per criterion.
        public var directions: [CriterionDirection]
        /// The weights used.
        public var weights: Weights
        /// The vector-normalised scores rᵢⱼ (before weighting), row-major (options × criteria).
        public var normalised: [Double]
        /// The ideal weighted value per criterion.
        public var ideal: [Double]
        /// The anti-ideal weighted value per criterion.
        public var antiIdeal: [Double]
        /// D⁺ per option.
        public var distanceToIdeal: [Double]
        /// D⁻ per option.
        public var distanceToAntiIdeal: [Double]
        /// The closeness coefficient per option.
        public var scores: [Double]
        /// Competition ranks (1 best).
        public var ranks: [Int]
        /// The criteria on which every option scores the same.
        public var constantCriteria: [String]
        /// Sentences for the reply.
        public var notes: [String]
    }

    /// The raw arrays of one TOPSIS run.
    public struct Computation: Sendable {
        /// rᵢⱼ, row-major.
        public var normalised: [Double]
        /// The ideal weighted values.
        public var ideal: [Double]
        /// The anti-ideal weighted values.
        public var antiIdeal: [Double]
        /// D⁺ per option.
        public var distanceToIdeal: [Double]
        /// D⁻ per option.
        public var distanceToAntiIdeal: [Double]
        /// C per option; 0.5 where D⁺ + D⁻ = 0 (every option identical on every weighted criterion).
        public var closeness: [Double]
    }

    /// Runs TOPSIS and explains the result.
    /// - Complexity: O(options × criteria) time, one extra matrix of storage.
    public static func evaluate(_ matrix: DecisionMatrix, weights: Weights, directions: [CriterionDirection]) throws -> Result {
        try WeightedSum.checkDirections(directions, matrix)
        let run = compute(matrix, weights: weights.values, directions: directions)
        var notes: [String] = []
        if weights.wasNormalised { notes.append(WeightedSum.normalisationNote(weights, matrix.criteria)) }
        var constant: [String] = []
        for (j, range) in matrix.columnRanges().enumerated() where range.min == range.max {
            constant.append(matrix.criteria[j])
            notes.append(
                "Every option scores \(WeightedSum.format(range.min)) on '\(matrix.criteria[j])', so its ideal and anti-ideal coincide and it contributes nothing.")
        }
        if run.distanceToIdeal.indices.contains(where: { run.distanceToIdeal[$0] + run.distanceToAntiIdeal[$0] == 0 }) {
            notes.append("Every option is identical on every weighted criterion, so each closeness is set to 0.5.")
        }
        return Result(
            options: matrix.options, criteria: matrix.criteria, directions: directions, weights: weights,
            normalised: run.normalised, ideal: run.ideal, antiIdeal: run.antiIdeal,
            distanceToIdeal: run.distanceToIdeal, distanceToAntiIdeal: run.distanceToAntiIdeal,
            scores: run.closeness, ranks: Ranking.competition(run.closeness), constantCriteria: constant, notes: notes)
    }

    /// The closeness coefficients alone, for sensitivity analysis.
    public static func scores(_ matrix: DecisionMatrix, weights: [Double], directions: [CriterionDirection]) -> [Double] {
        compute(matrix, weights: weights, directions: directions).closeness
    }

    /// The TOPSIS arithmetic on flat arrays. `weights` must have one entry per criterion and sum to 1.
    public static func compute(_ matrix: DecisionMatrix, weights: [Double], directions: [CriterionDirection]) -> Computation {
        let n = matrix.optionCount
        let m = matrix.criterionCount
        var sumSquares = [Double](repeating: 0, count: m)
        var normalised = [Double](repeating: 0, count: n * m)
        var ideal = [Double](repeating: 0, count: m)
        var anti = [Double](repeating: 0, count: m)
        var dPlus = [Double](repeating: 0, count: n)
        var dMinus = [Double](repeating: 0, count: n)
        var closeness = [Double](repeating: 0, count: n)
        var columnScales = [Double](repeating: 1, count: m)
        matrix.values.withUnsafeBufferPointer { x in
            sumSquares.withUnsafeMutableBufferPointer { squares in
                // Pass 1: column sums of squares.
                for i in 0..<n {
                    let base = i * m
                    for j in 0..<m { squares[j] += x[base + j] * x[base + j] }
                }
                // Column factors 1/‖x·ⱼ‖ (0 for an all-zero column). Where the plain sum of squares overflows or
                // underflows (scores beyond about 1e154 or below 1e-154 in magnitude), the norm is taken as
                // s × ‖x·ⱼ / s‖ with s the column's largest magnitude, which cannot; other columns keep the plain sum.
                for j in 0..<m {
                    let plain = squares[j]
                    if plain.isFinite, plain >= Double.leastNormalMagnitude {
                        squares[j] = 1 / plain.squareRoot()
                        continue
                    }
                    var s = 0.0
                    for i in 0..<n { s = Swift.max(s, Swift.abs(x[i * m + j])) }
                    guard s > 0 else {
                        squares[j] = 0
                        continue
                    }
                    var scaled = 0.0
                    for i in 0..<n {
                        let q = x[i * m + j] / s
                        scaled += q * q
                    }
                    // rᵢⱼ = (xᵢⱼ / s) / √Σ(x/s)²: the column scale is applied first, so that nothing overflows.
                    columnScales[j] = s
                    squares[j] = 1 / scaled.squareRoot()
                }
            }
            let inverseNorms = sumSquares
            let scales = columnScales
            normalised.withUnsafeMutableBufferPointer { r in
                ideal.withUnsafeMutableBufferPointer { best in
                    anti.withUnsafeMutableBufferPointer { worst in
                        // Pass 2: rᵢⱼ, and the best and worst weighted value per column.
                        for j in 0..<m {
                            let v = (scales[j] == 1 ? x[j] : x[j] / scales[j]) * inverseNorms[j] * weights[j]
                            best[j] = v
                            worst[j] = v
                        }
                        for i in 0..<n {
                            let base = i * m
                            for j in 0..<m {
                                let rij = (scales[j] == 1 ? x[base + j] : x[base + j] / scales[j]) * inverseNorms[j]
                                r[base + j] = rij
                                let v = rij * weights[j]
                                if directions[j] == .benefit {
                                    if v > best[j] { best[j] = v }
                                    if v < worst[j] { worst[j] = v }
                                } else {
                                    if v < best[j] { best[j] = v }
                                    if v > worst[j] { worst[j] = v }
                                }
                            }
                        }
                        // Pass 3: distances and closeness.
                        for i in 0..<n {
                            let base = i * m
                            var plus = 0.0
                            var minus = 0.0
                            for j in 0..<m {
                                let v = r[base + j] * weights[j]
                                let a = v - best[j]
                                let b = v - worst[j]
                                plus += a * a
                                minus += b * b
                            }
                            plus = plus.squareRoot()
                            minus = minus.squareRoot()
                            dPlus[i] = plus
                            dMinus[i] = minus
                            closeness[i] = plus + minus > 0 ? minus / (plus + minus) : 0.5
                        }
                    }
                }
            }
        }
        return Computation(
            normalised: normalised, ideal: ideal, antiIdeal: anti, distanceToIdeal: dPlus, distanceToAntiIdeal: dMinus,
            closeness: closeness)
    }
}
