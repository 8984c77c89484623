/// The linear-programming relaxation of a set-partitioning problem (groups chosen fractionally, each member covered
/// exactly once), solved by the revised primal simplex method with a dense basis inverse. The start is feasible:
/// every member alone (the singletons form an identity basis). Pricing is Dantzig's (largest reduced value), with
/// Bland's rule after a run of degenerate pivots so that the method cannot cycle.
///
/// What the solver needs from it is the dual: a price y_j per member such that no group is worth more than its
/// members' prices (v_g ≤ Σ_{j∈g} y_j). Σ y_j is then an upper bound on every partition, and the search splits each
/// group's value among its members as y_j plus an equal share of the group's reduced value, which keeps the bound
/// valid even where rounding leaves a reduced value slightly positive.
struct SetPartitionLP {
    /// Each member's dual price.
    var prices: [Double]
    /// The LP optimum (Σ prices at optimality).
    var value: Double
    /// Simplex pivots made.
    var iterations: Int
    /// Whether the method reached optimality within the pivot limit.
    var optimal: Bool

    /// Solves the relaxation.
    /// - Parameters:
    ///   - groups: each group's members.
    ///   - values: each group's value.
    ///   - memberCount: the number of members (rows).
    ///   - singleton: the index of each member's singleton group.
    ///   - pivotLimit: the most pivots to make.
    static func solve(groups: [[Int]], values: [Double], memberCount m: Int, singleton: [Int], pivotLimit: Int = 20_000) -> SetPartitionLP {
        let scale = max(1e-12, values.reduce(0) { max($0, abs($1)) })
        let cost = values.map { $0 / scale }
        var basis = singleton // basis[row] = group index
        var inverse = [Double](repeating: 0, count: m * m)
        for i in 0..<m { inverse[i * m + i] = 1 }
        var x = [Double](repeating: 1, count: m)
        var inBasis = [Bool](repeating: false, count: groups.count)
        for g in singleton { inBasis[g] = true }
        var y = [Double](repeating: 0, count: m)
        var w = [Double](repeating: 0, count: m)
        var iterations = 0
        var degenerateRun = 0
        let epsilon = 1e-9
        var optimal = false
        while iterations < pivotLimit {
            // y = c_B B⁻¹
            for j in 0..<m { y[j] = 0 }
            for row in 0..<m {
                let c = cost[basis[row]]
                if c == 0 { continue }
                let offset = row * m
                for j in 0..<m { y[j] += c * inverse[offset + j] }
            }
            // Pricing.
            let bland = degenerateRun > 50
            var entering = -1
            var best = epsilon
            for g in groups.indices where !inBasis[g] {
                var reduced = cost[g]
                for j in groups[g] { reduced -= y[j] }
                if reduced > best {
                    entering = g
                    if bland { break }
                    best = reduced
                }
            }
            if entering < 0 { optimal = true; break }
            // w = B⁻¹ a
            for row in 0..<m {
                var sum = 0.0
                let offset = row * m
                for j in groups[entering] { sum += inverse[offset + j] }
                w[row] = sum
            }
            var leaving = -1
            var ratio = Double.infinity
            for row in 0..<m where w[row] > epsilon {
                let r = x[row] / w[row]
                if r < ratio - epsilon || (r <= ratio + epsilon && leaving >= 0 && basis[row] < basis[leaving]) {
                    ratio = min(ratio, r)
                    leaving = row
                }
            }
            guard leaving >= 0 else { break } // unbounded cannot happen with x ≤ 1 implied; stop safely.
            degenerateRun = ratio <= epsilon ? degenerateRun + 1 : 0
            // Pivot.
            let pivot = w[leaving]
            let leavingOffset = leaving * m
            for j in 0..<m { inverse[leavingOffset + j] /= pivot }
            x[leaving] = ratio
            for row in 0..<m where row != leaving && w[row] != 0 {
                let factor = w[row]
                let offset = row * m
                for j in 0..<m { inverse[offset + j] -= factor * inverse[leavingOffset + j] }
                x[row] -= factor * ratio
                if x[row] < 0 { x[row] = 0 }
            }
            inBasis[basis[leaving]] = false
            inBasis[entering] = true
            basis[leaving] = entering
            iterations += 1
        }
        let prices = y.map { $0 * scale }
        return SetPartitionLP(prices: prices, value: prices.reduce(0, +), iterations: iterations, optimal: optimal)
    }
}
