import WorkbenchCore

/// Candidate projects scored on strategic impact (a weighted sum of their scores on the workspace's criteria) and on
/// financial return (risk-adjusted NPV), with the Pareto frontier marked and each placed in one of four quadrants.
public struct Portfolio: Sendable, Hashable {
    /// One candidate: an option or a partnership, with its scores on each criterion and its risk-adjusted NPV.
    public struct Candidate: Sendable, Hashable {
        /// A unique id (`bromley:preferred`, `partnership:shared-service:bexley+bromley`).
        public var id: String
        /// A title.
        public var title: String
        /// `option` or `partnership`.
        public var kind: String
        /// Scores on each criterion (0 to 3 as the options framework assesses), in the portfolio's criterion order.
        public var scores: [Double]
        /// Risk-adjusted NPV, in pounds.
        public var riskAdjustedNPV: Double

        /// Makes a candidate.
        public init(id: String, title: String, kind: String, scores: [Double], riskAdjustedNPV: Double) {
            self.id = id
            self.title = title
            self.kind = kind
            self.scores = scores
            self.riskAdjustedNPV = riskAdjustedNPV
        }
    }

    /// Where a candidate falls, split at the median impact and the median return.
    public enum Quadrant: String, Sendable, Hashable, Codable, CaseIterable {
        /// High impact, high return.
        case priority = "priority"
        /// High impact, low return.
        case strategicInvestment = "strategic investment"
        /// Low impact, high return.
        case quickWin = "quick win"
        /// Low impact, low return.
        case reconsider = "reconsider"
    }

    /// One scored candidate.
    public struct Entry: Sendable, Hashable {
        /// The candidate.
        public var candidate: Candidate
        /// Strategic impact: the weighted sum of min-max normalised criterion scores, 0 to 1.
        public var impact: Double
        /// Whether no other candidate has at least its impact and return and more of one.
        public var onFrontier: Bool
        /// Its quadrant.
        public var quadrant: Quadrant
    }

    /// The entries, by impact then return, highest first.
    public var entries: [Entry]
    /// The median impact, the split between high and low impact.
    public var impactSplit: Double
    /// The median risk-adjusted NPV, the split between high and low return.
    public var returnSplit: Double
    /// The weighted-sum result behind the impact scores (weights, swings, notes).
    public var weighting: WeightedSum.Result

    /// Scores candidates.
    /// - Parameters:
    ///   - criteria: the criteria's names, in the order of each candidate's scores.
    ///   - weights: one weight per criterion (normalised if they do not sum to 1).
    ///   - weighting: direct or swing weights (the result lists each swing).
    /// - Throws: `invalidArgument` with fewer than two candidates, or weights that do not match the criteria.
    public static func assess(
        _ candidates: [Candidate], criteria: [String], weights: [Double], weighting: WeightedSum.Weighting = .swing
    ) throws -> Portfolio {
        let matrix = try DecisionMatrix(
            options: candidates.map(\.id), criteria: criteria, values: candidates.flatMap(\.scores))
        let normalisedWeights = try Weights(weights, criteria: criteria)
        let result = try WeightedSum.evaluate(
            matrix, weights: normalisedWeights, directions: Array(repeating: .benefit, count: criteria.count),
            weighting: weighting)
        let frontier = ParetoFrontier.members(candidates.indices.map { (result.scores[$0], candidates[$0].riskAdjustedNPV) })
        let impactSplit = median(result.scores)
        let returnSplit = median(candidates.map(\.riskAdjustedNPV))
        var entries = candidates.indices.map { i -> Entry in
            let high = result.scores[i] >= impactSplit
            let paying = candidates[i].riskAdjustedNPV >= returnSplit
            let quadrant: Quadrant =
                high ? (paying ? .priority : .strategicInvestment) : (paying ? .quickWin : .reconsider)
            return Entry(candidate: candidates[i], impact: result.scores[i], onFrontier: frontier[i], quadrant: quadrant)
        }
        entries.sort {
            $0.impact != $1.impact ? $0.impact > $1.impact
                : ($0.candidate.riskAdjustedNPV != $1.candidate.riskAdjustedNPV
                    ? $0.candidate.riskAdjustedNPV > $1.candidate.riskAdjustedNPV : $0.candidate.id < $1.candidate.id)
        }
        return Portfolio(entries: entries, impactSplit: impactSplit, returnSplit: returnSplit, weighting: result)
    }

    /// The median of a non-empty list (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
