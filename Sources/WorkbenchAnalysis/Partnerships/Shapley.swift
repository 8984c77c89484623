import WorkbenchCore

/// The Shapley value of a cooperative game: each player's average marginal contribution over every order in which
/// the players could join, φ_i = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! ÷ n! × (v(S ∪ {i}) − v(S)).
///
/// Exact by enumerating all 2^n coalitions, for up to 20 players (about a million coalitions). The shares always sum
/// to v(N) − v(∅) (efficiency).
public enum Shapley {
    /// The most players `values` accepts.
    public static let maximumPlayers = 20

    /// The players' Shapley values.
    /// - Parameters:
    ///   - players: how many players, 1…20.
    ///   - value: the value of a coalition given as a bit mask (bit i set when player i is in it); called once for
    ///     each of the 2^n coalitions, with v(∅) read at mask 0.
    /// - Throws: `invalidArgument` for more than 20 players or none.
    /// - Complexity: O(n × 2^n).
    public static func values(players n: Int, value: (UInt64) -> Double) throws -> [Double] {
        guard (1...maximumPlayers).contains(n) else {
            throw WorkbenchError(
                .invalidArgument, "The Shapley value is computed exactly for 1 to \(maximumPlayers) partners; \(n) were given.",
                hint: "Split the group into smaller partnerships.")
        }
        let count = 1 << n
        var v = [Double](repeating: 0, count: count)
        for mask in 0..<count { v[mask] = value(UInt64(mask)) }
        // weight[s] = s! (n − s − 1)! / n!, built without factorials: weight[0] = 1/n, weight[s] = weight[s−1] × s / (n − s).
        var weight = [Double](repeating: 0, count: n)
        weight[0] = 1 / Double(n)
        if n > 1 { for s in 1..<n { weight[s] = weight[s - 1] * Double(s) / Double(n - s) } }
        var phi = [Double](repeating: 0, count: n)
        v.withUnsafeBufferPointer { values in
            for mask in 0..<count {
                let w = weight[min(n - 1, mask.nonzeroBitCount)]
                let base = values[mask]
                for i in 0..<n where mask & (1 << i) == 0 {
                    phi[i] += w * (values[mask | (1 << i)] - base)
                }
            }
        }
        return phi
    }
}
