import Foundation
import WorkbenchCore

/// Saaty's Analytic Hierarchy Process for one pairwise matrix: priorities by the principal (Perron) eigenvector,
/// found by power iteration until no priority moves by more than 1e-12; λmax = Σᵢ (A w)ᵢ with Σ w = 1; the
/// consistency index CI = (λmax − n)/(n − 1) and ratio CR = CI / RI(n) from a random-index table, with a warning
/// when CR ≥ 0.10 (Saaty's limit).
public enum AHP {
    /// Saaty's limit on the consistency ratio.
    public static let consistencyLimit = 0.10

    /// The outcome of AHP.
    public struct Result: Hashable, Sendable, Codable {
        /// Always `ahp`.
        public var method = "ahp"
        /// The items compared.
        public var labels: [String]
        /// The priorities (principal eigenvector, summing to 1): the scores.
        public var scores: [Double]
        /// Competition ranks (1 best) by priority.
        public var ranks: [Int]
        /// The column-normalised matrix (each column divided by its sum), row-major.
        public var normalised: [Double]
        /// λmax.
        public var lambdaMax: Double
        /// CI = (λmax − n)/(n − 1).
        public var consistencyIndex: Double
        /// The random-index table used.
        public var table: RandomIndexTable
        /// RI(n), nil where the table stops short of n.
        public var randomIndex: Double?
        /// CR = CI / RI, nil for n ≤ 2 (always consistent) or beyond the table.
        public var consistencyRatio: Double?
        /// Whether CR ≥ 0.10.
        public var inconsistent: Bool
        /// The judgement that disagrees most with the priorities (row, column labels), when inconsistent.
        public var worstJudgement: [String]?
        /// Power iterations used.
        public var iterations: Int
        /// Sentences for the reply, warnings first.
        public var notes: [String]
    }

    /// Runs AHP on a validated pairwise matrix.
    /// - Complexity: O(n² × iterations).
    public static func evaluate(_ matrix: PairwiseMatrix, table: RandomIndexTable = .saaty1980) throws -> Result {
        let n = matrix.order
        // Start from the normalised row geometric means, which are exact for a consistent matrix (in logarithms,
        // shifted by the largest when they could overflow: only for entries beyond about 1e300).
        let logMeans = (0..<n).map { i in
            var logSum = 0.0
            for j in 0..<n { logSum += log(matrix.values[i * n + j]) }
            return logSum / Double(n)
        }
        let shift = (logMeans.max() ?? 0) > 300 ? (logMeans.max() ?? 0) : 0
        var start = logMeans.map { exp($0 - shift) }
        normalise(&start)
        // Overflow: the plain power iteration first (bit for bit as before); if a sum overflows (entries near
        // 1e308 in an inconsistent matrix), again on the matrix divided by its largest entry, which has the same
        // eigenvector, λmax being scaled back.
        var (w, lambda, iterations) = try powerIteration(matrix.values, order: n, start: start)
        if !lambda.isFinite || !w.allSatisfy(\.isFinite) {
            let largest = matrix.values.max() ?? 1
            let scaled = try powerIteration(matrix.values.map { $0 / largest }, order: n, start: start)
            (w, lambda, iterations) = (scaled.priorities, scaled.lambda * largest, scaled.iterations)
        }
        guard lambda.isFinite, w.allSatisfy(\.isFinite) else {
            let index = matrix.values.indices.max { matrix.values[$0] < matrix.values[$1] } ?? 0
            throw WorkbenchError(
                .numeric,
                "The comparisons are too large to weigh: '\(matrix.labels[index / n])' against '\(matrix.labels[index % n])' is \(PairwiseMatrix.format(matrix.values[index])), and λmax overflows.",
                hint: "Use Saaty's scale 1/9…9; no judgement needs a ratio beyond about 1e300.",
                location: .init(field: matrix.labels[index / n]))
        }
        var ci = n > 1 ? (lambda - Double(n)) / Double(n - 1) : 0
        if Swift.abs(ci) < 1e-12 { ci = 0 }
        let ri = table.randomIndex(order: n)
        let cr: Double? = n <= 2 ? nil : ri.map { ci / $0 }
        let inconsistent = (cr ?? 0) >= consistencyLimit

        let given = matrix.values
        var columnSums = [Double](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n { columnSums[j] += given[i * n + j] } }
        var normalisedMatrix = given
        for j in 0..<n {
            if columnSums[j].isFinite {
                for i in 0..<n { normalisedMatrix[i * n + j] /= columnSums[j] }
            } else {
                // The column's sum overflows: divide by its largest entry first.
                var top = 0.0
                for i in 0..<n { top = Swift.max(top, given[i * n + j]) }
                var sum = 0.0
                for i in 0..<n { sum += given[i * n + j] / top }
                for i in 0..<n { normalisedMatrix[i * n + j] = (given[i * n + j] / top) / sum }
            }
        }

        var notes: [String] = []
        var worst: [String]?
        if inconsistent, let cr {
            // The judgement aᵢⱼ furthest from the ratio wᵢ/wⱼ the priorities imply.
            var best = (0.0, 0, 1)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let deviation = Swift.abs(log(given[i * n + j] * w[j] / w[i]))
                    if deviation > best.0 { best = (deviation, i, j) }
                }
            }
            let (i, j) = (best.1, best.2)
            worst = [matrix.labels[i], matrix.labels[j]]
            notes.append(
                "Warning: the consistency ratio is \(WeightedSum.format(cr)), at or above Saaty's limit of 0.10, so the judgements are too inconsistent to rely on. The judgement furthest from the priorities is '\(matrix.labels[i])' against '\(matrix.labels[j])': \(PairwiseMatrix.format(given[i * n + j])) given, about \(WeightedSum.format(w[i] / w[j])) implied.")
        }
        if n <= 2 {
            notes.append("A matrix of \(n) items is always consistent, so there is no consistency ratio.")
        } else if ri == nil {
            notes.append(
                "The \(table.citation) random-index table stops at n = \(table.maxOrder), so there is no consistency ratio for n = \(n); try another table with --random-index.")
        }
        return Result(
            labels: matrix.labels, scores: w, ranks: Ranking.competition(w), normalised: normalisedMatrix,
            lambdaMax: lambda, consistencyIndex: ci, table: table, randomIndex: ri, consistencyRatio: cr,
            inconsistent: inconsistent, worstJudgement: worst, iterations: iterations, notes: notes)
    }

    /// The principal eigenvector by power iteration from `start` until no priority moves by more than 1e-12, and
    /// λmax = Σᵢ (A w)ᵢ.
    private static func powerIteration(
        _ a: [Double], order n: Int, start: [Double]
    ) throws -> (priorities: [Double], lambda: Double, iterations: Int) {
        var w = start
        var next = [Double](repeating: 0, count: n)
        var iterations = 0
        while true {
            iterations += 1
            for i in 0..<n {
                var sum = 0.0
                for j in 0..<n { sum += a[i * n + j] * w[j] }
                next[i] = sum
            }
            normalise(&next)
            var change = 0.0
            for i in 0..<n { change = Swift.max(change, Swift.abs(next[i] - w[i])) }
            swap(&w, &next)
            if change < 1e-12 || !change.isFinite { break }
            guard iterations < 100_000 else {
                throw WorkbenchError(
                    .numeric, "The priorities did not settle after 100,000 power iterations.",
                    hint: "Check the matrix for extreme entries.")
            }
        }
        var lambda = 0.0
        for i in 0..<n {
            for j in 0..<n { lambda += a[i * n + j] * w[j] }
        }
        return (w, lambda, iterations)
    }

    private static func normalise(_ v: inout [Double]) {
        let total = v.reduce(0, +)
        for i in v.indices { v[i] /= total }
    }
}
