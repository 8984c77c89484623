/// Whether more of a criterion is better (benefit) or worse (cost).
public enum CriterionDirection: String, Hashable, Sendable, Codable, CaseIterable {
    /// More is better: reach, visits, satisfaction.
    case benefit
    /// Less is better: cost, travel time, risk.
    case cost

    /// Directions for `count` criteria, cost where `costIndices` says so and benefit elsewhere.
    public static func directions(count: Int, cost costIndices: some Sequence<Int>) -> [CriterionDirection] {
        var out = [CriterionDirection](repeating: .benefit, count: count)
        for index in costIndices where out.indices.contains(index) { out[index] = .cost }
        return out
    }
}
