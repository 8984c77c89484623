/// Ranks scores where higher is better, 1 best, ties sharing the better rank ("competition ranking": 1, 2, 2, 4).
///
/// Scores within a relative tolerance of 1e-9 of the first score of a tied group count as tied, so that two
/// options with the same inputs rank together even when arithmetic order differs.
public enum Ranking {
    /// The relative tolerance under which two scores are tied.
    public static let tolerance = 1e-9

    /// Ranks for each score, in the scores' order.
    /// - Complexity: O(n log n).
    public static func competition(_ scores: [Double]) -> [Int] {
        let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        var ranks = [Int](repeating: 0, count: scores.count)
        var groupScore = 0.0
        var groupRank = 0
        for (position, index) in order.enumerated() {
            let score = scores[index]
            if position == 0 || !tied(score, groupScore) {
                groupScore = score
                groupRank = position + 1
            }
            ranks[index] = groupRank
        }
        return ranks
    }

    /// Whether two scores are equal within the tolerance.
    public static func tied(_ a: Double, _ b: Double) -> Bool {
        Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(a), Swift.abs(b))
    }

    /// The indices of the options ranked first.
    public static func top(_ scores: [Double]) -> [Int] {
        let ranks = competition(scores)
        return ranks.indices.filter { ranks[$0] == 1 }
    }
}
