import WorkbenchCore

/// The best way to split boroughs into partnerships: a partition in which every borough is in exactly one group of
/// at most `maxSize` (alone allowed), maximising the total value.
///
/// `optimise(_:maxSize:)` is exact for a `PartnershipModel`, whose group values have the form
/// v(S) = a(|S|) × D(S) + b(|S|) with D(S) the sum of the members' drivers d_i. Proof: fix the multiset of group
/// sizes (a "size profile": m₁ singletons, m₂ pairs, …, with Σ s·m_s = N). The total is then
/// Σ_g b(|g|) (fixed by the profile) plus Σ_i a(|g(i)|) × d_i, a sum of products of each borough's driver with the
/// coefficient of the slot it fills, where the profile supplies s·m_s slots of coefficient a(s). By the
/// rearrangement inequality this sum is largest when the largest drivers fill the slots of the largest
/// coefficients, and any such pairing is a valid partition (slots of one size are filled group by group). So the
/// optimum for each profile is found by sorting, and the global optimum is the best over every profile: the number
/// of profiles is the number of partitions of N into parts of at most `maxSize` (for N = 33 and 4, a few hundred).
/// Nothing is approximated; what the model leaves out (geography, who neighbours whom, politics) is not optimised.
///
/// `exhaustive(count:maxSize:value:)` is the general exact method for any value function: dynamic programming over
/// subsets, O(3^N), for up to 16 boroughs. Tests use it to check `optimise` on small cases.
public enum PartitionOptimiser {
    /// The best partition found and how much work it took.
    public struct Result: Sendable, Hashable {
        /// The groups (indices into the model's drivers), largest value first; singletons are boroughs alone.
        public var groups: [[Int]]
        /// Each group's value, in the order of `groups`.
        public var values: [Double]
        /// The total value.
        public var total: Double
        /// Size profiles (multisets of group sizes) evaluated.
        public var profilesEvaluated: Int
        /// Groups valued while searching (each profile's groups).
        public var groupsValued: Int
        /// The method, in words.
        public var method: String
    }

    /// The exact optimum for a partnership model (see the type's discussion for the proof).
    /// - Complexity: O(P × N log N) for P size profiles.
    public static func optimise(_ model: PartnershipModel, maxSize: Int) -> Result {
        let n = model.drivers.count
        let k = max(1, min(maxSize, n))
        let order = model.drivers.indices.sorted {
            model.drivers[$0].value != model.drivers[$1].value
                ? model.drivers[$0].value > model.drivers[$1].value : model.drivers[$0].id < model.drivers[$1].id
        }
        let coefficients = (0...k).map { $0 == 0 ? 0 : model.coefficient(size: $0) }
        let fixed = (0...k).map { $0 == 0 ? 0 : model.fixed(size: $0) }
        var best: (total: Double, sizes: [Int])? = nil
        var profiles = 0
        var groupsValued = 0
        var counts = [Int](repeating: 0, count: k + 1)

        func evaluate() {
            profiles += 1
            // Groups in order of decreasing coefficient (ties: larger groups first, for a stable answer).
            var sizes: [Int] = []
            for s in stride(from: k, through: 1, by: -1) { sizes += Array(repeating: s, count: counts[s]) }
            sizes.sort { coefficients[$0] != coefficients[$1] ? coefficients[$0] > coefficients[$1] : $0 > $1 }
            groupsValued += sizes.count
            var total = 0.0
            var position = 0
            for s in sizes {
                var driver = 0.0
                for j in position..<(position + s) { driver += model.drivers[order[j]].value }
                total += coefficients[s] * driver + fixed[s]
                position += s
            }
            if let current = best, total <= current.total + 1e-9 { return }
            best = (total, sizes)
        }

        func choose(size s: Int, remaining: Int) {
            if s == 1 {
                counts[1] = remaining
                evaluate()
                return
            }
            for m in 0...(remaining / s) {
                counts[s] = m
                choose(size: s - 1, remaining: remaining - m * s)
            }
            counts[s] = 0
        }
        choose(size: k, remaining: n)

        var groups: [[Int]] = []
        var position = 0
        for s in best?.sizes ?? [] {
            groups.append(Array(order[position..<(position + s)]).sorted())
            position += s
        }
        var valued = groups.map { (group: $0, value: model.value(of: $0)) }
        valued.sort { $0.value != $1.value ? $0.value > $1.value : $0.group.lexicographicallyPrecedes($1.group) }
        return Result(
            groups: valued.map(\.group), values: valued.map(\.value), total: valued.reduce(0) { $0 + $1.value },
            profilesEvaluated: profiles, groupsValued: groupsValued,
            method: "exact: every size profile, each filled by the rearrangement inequality (largest drivers in the "
                + "groups of largest value per unit of driver)")
    }

    /// The largest number of boroughs `exhaustive` accepts.
    public static let exhaustiveLimit = 16

    /// The exact optimum for any value function, by dynamic programming over subsets (bit masks over `count`
    /// boroughs): best(S) = max over groups G ∋ lowest member of S, |G| ≤ maxSize, of value(G) + best(S \ G).
    /// - Throws: `invalidArgument` when `count` exceeds `exhaustiveLimit`.
    /// - Complexity: O(3^N).
    public static func exhaustive(count: Int, maxSize: Int, value: (UInt64) -> Double) throws -> Result {
        guard count <= exhaustiveLimit else {
            throw WorkbenchError(
                .invalidArgument,
                "Exhaustive partitioning of \(count) boroughs is too large; it handles up to \(exhaustiveLimit).",
                hint: "Use the exact size-profile method for partnership models.")
        }
        let full: UInt64 = count == 0 ? 0 : (1 << UInt64(count)) - 1
        var groupValue = [Double](repeating: 0, count: Int(full) + 1)
        var valued = 0
        for mask in 1...max(1, full) where mask <= full && mask.nonzeroBitCount <= maxSize {
            groupValue[Int(mask)] = value(mask)
            valued += 1
        }
        var best = [Double](repeating: -.infinity, count: Int(full) + 1)
        var choice = [UInt64](repeating: 0, count: Int(full) + 1)
        best[0] = 0
        if full > 0 {
            for set in 1...full {
                let low = set & (~set &+ 1)
                let rest = set ^ low
                var sub = rest
                while true {
                    let group = sub | low
                    if group.nonzeroBitCount <= maxSize {
                        let candidate = groupValue[Int(group)] + best[Int(set ^ group)]
                        if candidate > best[Int(set)] {
                            best[Int(set)] = candidate
                            choice[Int(set)] = group
                        }
                    }
                    if sub == 0 { break }
                    sub = (sub - 1) & rest
                }
            }
        }
        var groups: [[Int]] = []
        var set = full
        while set != 0 {
            let group = choice[Int(set)]
            groups.append((0..<count).filter { group & (1 << UInt64($0)) != 0 })
            set ^= group
        }
        let values = groups.map { g in value(g.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }) }
        return Result(
            groups: groups, values: values, total: best[Int(full)], profilesEvaluated: 0, groupsValued: valued,
            method: "exact: dynamic programming over all subsets")
    }
}
