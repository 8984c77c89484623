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
        let a = matrix.values
        // Start from the normalised row geometric means, which are exact for a consistent matrix.
        var w = (0..<n).map { i in
            var logSum = 0.0
            for j in 0..<n { logSum += log(a[i * n + j]) }
            return exp(logSum / Double(n))
        }
        normalise(&w)
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
            if change < 1e-12 { break }
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
        var ci = n > 1 ? (lambda - Double(n)) / Double(n - 1) : 0
        if Swift.abs(ci) < 1e-12 { ci = 0 }
        let ri = table.randomIndex(order: n)
        let cr: Double? = n <= 2 ? nil : ri.map { ci / $0 }
        let inconsistent = (cr ?? 0) >= consistencyLimit

        var columnSums = [Double](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n { columnSums[j] += a[i * n + j] } }
        var normalisedMatrix = a
        for i in 0..<n { for j in 0..<n { normalisedMatrix[i * n + j] /= columnSums[j] } }

        var notes: [String] = []
        var worst: [String]?
        if inconsistent, let cr {
            // The judgement aᵢⱼ furthest from the ratio wᵢ/wⱼ the priorities imply.
            var best = (0.0, 0, 1)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let deviation = Swift.abs(log(a[i * n + j] * w[j] / w[i]))
                    if deviation > best.0 { best = (deviation, i, j) }
                }
            }
            let (i, j) = (best.1, best.2)
            worst = [matrix.labels[i], matrix.labels[j]]
            notes.append(
                "Warning: the consistency ratio is \(WeightedSum.format(cr)), at or above Saaty's limit of 0.10, so the judgements are too inconsistent to rely on. The judgement furthest from the priorities is '\(matrix.labels[i])' against '\(matrix.labels[j])': \(PairwiseMatrix.format(a[i * n + j])) given, about \(WeightedSum.format(w[i] / w[j])) implied.")
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

    private static func normalise(_ v: inout [Double]) {
        let total = v.reduce(0, +)
        for i in v.indices { v[i] /= total }
    }
}
