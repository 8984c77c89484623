/// The block bound: a bound below the LP's, from exact solves of blocks of consecutive members.
///
/// Every partition's total is the sum of its members' credits (member j of group g: y_j + r_g/|g|, from the LP's
/// dual prices y). Cut the members (in band order) into blocks; within a block, the members' credits in any partition
/// form a partition of the block into the parts that groups leave in it (g ∩ block), each part worth the sum of its
/// members' credits. So the best such partition of each block, found exactly, bounds that block's share, and the sum
/// over blocks bounds every partition. It is never above the LP bound (each part is worth at most its members' prices)
/// and falls below it wherever a block holds a whole region where the LP is fractional: what the LP gains there by
/// taking groups in halves, a block's exact solve cannot. Several cuts (widths and offsets) give several bounds; the
/// least holds.
extension SetPartitionSearch {
    /// Widths of the blocks tried, with three offsets each.
    static let blockWidths = [36, 48]

    /// The least block bound over the widths and offsets, or nil when the search was told to stop first.
    func blockBound() -> Double? {
        var best: Double? = nil
        for width in Self.blockWidths where width < n {
            for offset in stride(from: 0, to: width, by: max(1, width / 3)) {
                if let shouldStop = limits.shouldStop, shouldStop() { return best }
                var cuts = [0]
                var next = offset == 0 ? width : offset
                while next < n {
                    cuts.append(next)
                    next += width
                }
                cuts.append(n)
                var total = 0.0
                for (a, b) in zip(cuts, cuts.dropFirst()) where b > a { total += blockShare(from: a, to: b) }
                best = min(best ?? total, total)
            }
        }
        return best
    }

    /// A proven bound on the credits of members a..<b in any partition: the block solved exactly over the parts that
    /// groups leave in it (with a node limit; a stopped solve still gives its proven bound).
    func blockShare(from a: Int, to b: Int) -> Double {
        var parts: [MemberSet: Double] = [:]
        for (g, members) in groupMembers.enumerated() where members.last! >= a && members.first! < b {
            let reduced = groupValues[g] - members.reduce(0) { $0 + lp.prices[$1] }
            let share = reduced / Double(members.count)
            let inside = members.filter { $0 >= a && $0 < b }
            if inside.isEmpty { continue } // a group that spans the block without a member in it
            let part = MemberSet(inside.map { $0 - a })
            let value = inside.reduce(0) { $0 + lp.prices[$1] + share }
            if let known = parts[part], known >= value { continue }
            parts[part] = value
        }
        let entries = parts.map { (key: $0.key.members, value: $0.value) }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        guard let problem = try? SetPartitionProblem(
            memberCount: b - a, groups: entries.map(\.key), values: entries.map(\.value))
        else { return (a..<b).reduce(0) { $0 + (credits[$1].first?.credit ?? 0) } }
        return SetPartitionSolver.solve(problem, limits: .init(nodes: 200_000, shouldStop: limits.shouldStop)).bound
    }
}
