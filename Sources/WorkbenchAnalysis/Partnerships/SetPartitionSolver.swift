/// An exact solver for set partitioning over a given list of groups (for partnerships: the connected groups of the
/// border graph), by depth-first branch and bound with a memo, proving optimality or stating its proven gap.
///
/// - **Branching.** Members are first renumbered by reverse Cuthill–McKee on the graph of groups (members of a group
///   are neighbours), which keeps groups within a narrow band of numbers. A subproblem is the set of members covered
///   so far; it branches on the lowest uncovered member, over the groups whose lowest member it is and that avoid the
///   covered set. Because groups are local, the covered set is all members below the branching one plus a few just
///   above, so the same subproblem is met by many routes: that is what the memo exploits.
/// - **Bound.** The LP relaxation's dual prices y (`SetPartitionLP`) split each group's value among its members:
///   member j of group g is credited y_j + r_g/|g|, with r_g = v_g − Σ_{j∈g} y_j ≤ 0 the group's reduced value. Any
///   partition's total is the sum of its members' credits, so the sum over uncovered members of each one's best
///   credit among groups that avoid the covered set bounds every completion. At the root this is the LP bound; deeper,
///   groups that overlap the covered set drop out and the bound tightens (a group that crosses the frontier cannot be
///   used, which the LP cannot see). Children whose bound cannot beat the best partition found are not searched.
/// - **Memo.** For each subproblem searched, a proven upper bound on its best completion (the largest over its
///   children of value plus the child's bound or proven value) is kept, with the completion itself when it is proven
///   best. A subproblem met again is answered from the memo, or pruned when its proven bound cannot help. This makes
///   the search a dynamic programme over the frontier where the bound does not prune.
/// - **Block bound.** On large instances (England) the LP bound alone leaves a gap of a few tenths of a percent, and
///   the search cannot close it in seconds; the block bound (`SetPartitionSolver+Blocks.swift`) solves blocks of
///   consecutive members exactly over the members' credits, which removes what the LP gains by taking groups in
///   halves inside a block. The reply's bound is the least of the search's, the LP's and the block bound.
/// - **Proof and gap.** The root's proven bound is the largest over its children of the same quantity. When the
///   search finishes it equals the best total (proven optimal); when a limit stops it, every unexplored child
///   contributes its bound, so the reply gives the best partition and its proven gap.
public enum SetPartitionSolver {
    /// When to stop before proof.
    public struct Limits: Sendable {
        /// The most search nodes to expand (nil: no limit).
        public var nodes: Int?
        /// Called every few thousand nodes; return true to stop (for a time limit the caller measures).
        public var shouldStop: (@Sendable () -> Bool)?
        /// The most subproblems the memo keeps.
        public var memoEntries: Int

        /// Makes limits.
        public init(nodes: Int? = nil, shouldStop: (@Sendable () -> Bool)? = nil, memoEntries: Int = 4_000_000) {
            self.nodes = nodes
            self.shouldStop = shouldStop
            self.memoEntries = memoEntries
        }
    }

    /// Solves the problem.
    /// - Parameters:
    ///   - problem: the members, groups and values.
    ///   - limits: when to stop before proof; by default none.
    ///   - stopReason: the words for a stop by `limits.shouldStop` (`time limit`).
    public static func solve(_ problem: SetPartitionProblem, limits: Limits = Limits(), stopReason: String = "time limit") -> SetPartitionSolution {
        var search = SetPartitionSearch(problem: problem, limits: limits, stopReason: stopReason)
        return search.run()
    }
}

/// The state of one solve (the depth-first search here, the block bound in `SetPartitionSolver+Blocks.swift`).
struct SetPartitionSearch {
    struct Memo {
        var bound: Double
        var best: Double
        var choice: Int32
        var exact: Bool
    }

    let n: Int
    /// order[new] = original member; position[original] = new.
    let order: [Int]
    /// Groups in new numbering: members (sorted), set, value, and each member's credit.
    var groupMembers: [[Int]] = []
    var groupSets: [MemberSet] = []
    var groupValues: [Double] = []
    /// byLowest[i]: the groups whose lowest member is i, best first.
    var byLowest: [[Int32]] = []
    /// credits[j]: (credit, group) for each group containing j, best credit first.
    var credits: [[(credit: Double, group: Int32)]] = []
    let lp: SetPartitionLP
    let limits: SetPartitionSolver.Limits
    let stopReason: String
    let full: MemberSet
    let epsilon: Double

    var memo: [MemberSet: Memo] = [:]
    var incumbent = -Double.infinity
    var incumbentGroups: [Int32] = []
    var path: [Int32] = []
    var nodes = 0
    var memoHits = 0
    var stopped: String? = nil
    let originalGroups: [[Int]]
    let originalIndex: [Int]
    /// The widest group in the new numbering (highest member − lowest): a member more than this above every covered
    /// member has all its groups free.
    var bandwidth = 0
    /// rootTail[j]: Σ of the best credits of members j…n−1 when nothing is covered.
    var rootTail: [Double] = []

    init(problem: SetPartitionProblem, limits: SetPartitionSolver.Limits, stopReason: String) {
        n = problem.memberCount
        self.limits = limits
        self.stopReason = stopReason
        originalGroups = problem.groups
        // Renumber members by reverse Cuthill–McKee on the co-membership graph.
        var adjacency = [Set<Int>](repeating: [], count: n)
        for group in problem.groups where group.count > 1 {
            for a in group { for b in group where b != a { adjacency[a].insert(b) } }
        }
        order = Self.reverseCuthillMcKee(adjacency)
        var position = [Int](repeating: 0, count: n)
        for (new, old) in order.enumerated() { position[old] = new }
        var full = MemberSet()
        for i in 0..<n { full.insert(i) }
        self.full = full
        var singleton = [Int](repeating: -1, count: n)
        var originalIndex: [Int] = []
        // Keep the best group of each member set (duplicates in the input are allowed; the best value wins).
        var bestOf: [MemberSet: Int] = [:]
        for (index, group) in problem.groups.enumerated() {
            let members = group.map { position[$0] }.sorted()
            let set = MemberSet(members)
            if let existing = bestOf[set] {
                if problem.values[index] > groupValues[existing] {
                    groupValues[existing] = problem.values[index]
                    originalIndex[existing] = index
                }
                continue
            }
            bestOf[set] = groupMembers.count
            if members.count == 1 { singleton[members[0]] = groupMembers.count }
            groupMembers.append(members)
            groupSets.append(set)
            groupValues.append(problem.values[index])
            originalIndex.append(index)
        }
        self.originalIndex = originalIndex
        let scale = groupValues.reduce(0) { max($0, abs($1)) }
        epsilon = max(1e-9, scale * 1e-12) * Double(max(1, n))
        lp = SetPartitionLP.solve(groups: groupMembers, values: groupValues, memberCount: n, singleton: singleton)
        credits = [[(credit: Double, group: Int32)]](repeating: [], count: n)
        byLowest = [[Int32]](repeating: [], count: n)
        for (g, members) in groupMembers.enumerated() {
            var reduced = groupValues[g]
            for j in members { reduced -= lp.prices[j] }
            let share = reduced / Double(members.count)
            for j in members { credits[j].append((lp.prices[j] + share, Int32(g))) }
            byLowest[members[0]].append(Int32(g))
        }
        for j in 0..<n { credits[j].sort { $0.credit > $1.credit } }
        bandwidth = groupMembers.reduce(0) { max($0, $1.last! - $1.first!) }
        rootTail = [Double](repeating: 0, count: n + 1)
        for j in stride(from: n - 1, through: 0, by: -1) { rootTail[j] = rootTail[j + 1] + (credits[j].first?.credit ?? 0) }
        for i in 0..<n {
            let firstCredits = Dictionary(uniqueKeysWithValues: credits[i].map { ($0.group, $0.credit) })
            byLowest[i].sort { firstCredits[$0]! > firstCredits[$1]! }
        }
    }

    /// The credit bound of the members outside `covered`. Members more than `bandwidth` above the highest covered
    /// member keep their best credit, summed once in `rootTail`.
    func bound(_ covered: MemberSet) -> Double {
        let lowest = covered.lowestAbsent
        if lowest >= n { return 0 }
        let highest = covered.highestMember
        let last = highest < 0 ? -1 : min(n - 1, highest + bandwidth)
        var total = rootTail[max(lowest, last + 1)]
        var j = lowest
        while j <= last {
            if !covered.contains(j) {
                for entry in credits[j] where !groupSets[Int(entry.group)].intersects(covered) {
                    total += entry.credit
                    break
                }
            }
            j += 1
        }
        return total
    }

    mutating func run() -> SetPartitionSolution {
        // A first partition: greedy by credit, so that pruning starts at once.
        var covered = MemberSet()
        var greedy: [Int32] = []
        var greedyValue = 0.0
        while true {
            let i = covered.lowestAbsent
            if i >= n { break }
            let g = byLowest[i].first { !groupSets[Int($0)].intersects(covered) }!
            greedy.append(g)
            greedyValue += groupValues[Int(g)]
            covered = covered.union(groupSets[Int(g)])
        }
        incumbent = greedyValue
        incumbentGroups = greedy
        let rootBound = bound(MemberSet())
        // On large instances: first a bound below the LP's (cheap), then a better first partition.
        let blocks = n > Self.neighbourhoodThreshold ? blockBound() : nil
        if n > Self.neighbourhoodThreshold { improveByNeighbourhoods() }
        let proven = search(MemberSet(), value: 0).bound
        let upper = min(proven, rootBound, blocks ?? rootBound)
        let optimal = stopped == nil || incumbent >= upper - epsilon
        var chosen = incumbentGroups.map { Int($0) }
        chosen.sort { groupMembers[$0][0] < groupMembers[$1][0] }
        let groups = chosen.map { originalGroups[originalIndex[$0]] }
            .sorted { $0[0] < $1[0] }
        let values = groups.map { group in groupValues[chosen.first { originalGroups[originalIndex[$0]] == group }!] }
        return SetPartitionSolution(
            groups: groups, values: values, total: values.reduce(0, +), bound: optimal ? max(incumbent, upper) : upper,
            isProvenOptimal: optimal, lpBound: rootBound, lpIterations: lp.iterations, nodes: nodes, memoHits: memoHits,
            stoppedBy: optimal ? nil : stopped, groupCount: groupMembers.count)
    }

    /// Searches the completions of `covered`; `value` is the value of the groups chosen so far (`path`). Returns the
    /// best completion value found (−∞ when none beat the incumbent) and a proven upper bound on every completion.
    mutating func search(_ covered: MemberSet, value: Double) -> (best: Double, bound: Double) {
        if covered == full {
            if value > incumbent + epsilon {
                incumbent = value
                incumbentGroups = path
            }
            return (0, 0)
        }
        if let entry = memo[covered] {
            if entry.exact {
                memoHits += 1
                if value + entry.best > incumbent + epsilon {
                    let tail = completion(of: covered)
                    if tail.reduce(covered, { $0.union(groupSets[Int($1)]) }) == full {
                        incumbent = value + entry.best
                        incumbentGroups = path + tail
                    }
                }
                return (entry.best, entry.best)
            }
            if value + entry.bound <= incumbent + epsilon {
                memoHits += 1
                return (-.infinity, entry.bound)
            }
        }
        let here = bound(covered)
        if value + here <= incumbent + epsilon { return (-.infinity, here) }
        if stopped != nil { return (-.infinity, here) }
        nodes += 1
        if let limit = limits.nodes, nodes >= limit { stopped = "node limit" }
        if nodes & 4095 == 0, let shouldStop = limits.shouldStop, shouldStop() { stopped = stopReason }
        let i = covered.lowestAbsent
        var children: [(group: Int32, set: MemberSet, value: Double, bound: Double)] = []
        for g in byLowest[i] where !groupSets[Int(g)].intersects(covered) {
            let set = covered.union(groupSets[Int(g)])
            children.append((g, set, groupValues[Int(g)], bound(set)))
        }
        children.sort { $0.value + $0.bound > $1.value + $1.bound }
        var best = -Double.infinity
        var choice: Int32 = -1
        var proven = -Double.infinity
        for child in children {
            if stopped != nil || value + child.value + child.bound <= incumbent + epsilon {
                proven = max(proven, child.value + child.bound)
                continue
            }
            path.append(child.group)
            let (found, childBound) = search(child.set, value: value + child.value)
            path.removeLast()
            proven = max(proven, child.value + min(childBound, child.bound))
            if child.value + found > best {
                best = child.value + found
                choice = child.group
            }
        }
        proven = min(proven, here)
        let exact = best > -.infinity && best >= proven - epsilon
        // Proven completions are always kept (their chains rebuild partitions); other entries up to the limit.
        if exact || memo.count < limits.memoEntries || memo[covered] != nil {
            memo[covered] = Memo(bound: exact ? best : proven, best: best, choice: choice, exact: exact)
        }
        return (best, exact ? best : proven)
    }

    /// Instances larger than this get a large-neighbourhood search for a better first partition.
    static let neighbourhoodThreshold = 60

    /// Improves the incumbent before the proof search on large instances: windows of consecutive members (in the
    /// band order, so near each other), each freed together with the groups of the incumbent that touch it and solved
    /// exactly (with a node limit) with the rest of the partition fixed; a better sub-partition replaces the old.
    /// Two passes with windows overlapping by half. It only ever raises the incumbent, so the proof is unaffected.
    mutating func improveByNeighbourhoods(window: Int = 40, passes: Int = 2, nodeLimit: Int = 10_000) {
        for _ in 0..<passes {
            var start = 0
            while start < n {
                if let shouldStop = limits.shouldStop, shouldStop() { return }
                var freed = MemberSet()
                var kept: [Int32] = []
                var freedValue = 0.0
                for g in incumbentGroups {
                    let members = groupMembers[Int(g)]
                    if members.contains(where: { $0 >= start && $0 < start + window }) {
                        freed = freed.union(groupSets[Int(g)])
                        freedValue += groupValues[Int(g)]
                    } else {
                        kept.append(g)
                    }
                }
                let local = freed.members.filter { $0 < n }
                var position: [Int: Int] = [:]
                for (k, member) in local.enumerated() { position[member] = k }
                var subGroups: [[Int]] = []
                var subIndex: [Int32] = []
                for g in groupSets.indices where groupSets[g].isSubset(of: freed) {
                    subGroups.append(groupMembers[g].map { position[$0]! })
                    subIndex.append(Int32(g))
                }
                if let problem = try? SetPartitionProblem(
                    memberCount: local.count, groups: subGroups, values: subIndex.map { groupValues[Int($0)] })
                {
                    let solution = SetPartitionSolver.solve(
                        problem, limits: .init(nodes: nodeLimit, shouldStop: limits.shouldStop))
                    if solution.total > freedValue + epsilon {
                        var chosen = kept
                        for group in solution.groups {
                            let set = MemberSet(group.map { local[$0] })
                            if let g = groupSets.firstIndex(of: set) { chosen.append(Int32(g)) }
                        }
                        let value = chosen.reduce(0.0) { $0 + groupValues[Int($1)] }
                        if value > incumbent + epsilon, chosen.reduce(MemberSet(), { $0.union(groupSets[Int($1)]) }) == full {
                            incumbent = value
                            incumbentGroups = chosen
                        }
                    }
                }
                start += window / 2
            }
        }
    }

    /// The proven-best completion of a covered set, from the memo's exact entries.
    func completion(of covered: MemberSet) -> [Int32] {
        var out: [Int32] = []
        var set = covered
        while set != full, let entry = memo[set], entry.exact, entry.choice >= 0 {
            out.append(entry.choice)
            set = set.union(groupSets[Int(entry.choice)])
        }
        return out
    }

    /// Reverse Cuthill–McKee order of a graph (each component from a vertex of least degree, breadth first,
    /// neighbours by increasing degree), which keeps neighbours' numbers close.
    static func reverseCuthillMcKee(_ adjacency: [Set<Int>]) -> [Int] {
        let n = adjacency.count
        var visited = [Bool](repeating: false, count: n)
        var order: [Int] = []
        let byDegree = (0..<n).sorted { (adjacency[$0].count, $0) < (adjacency[$1].count, $1) }
        for start in byDegree where !visited[start] {
            // A pseudo-peripheral start: the farthest vertex by breadth-first search, twice.
            var root = start
            for _ in 0..<2 {
                var distance = [Int: Int]()
                distance[root] = 0
                var queue = [root]
                var head = 0
                var far = root
                while head < queue.count {
                    let v = queue[head]
                    head += 1
                    for w in adjacency[v].sorted() where distance[w] == nil { // sorted: the same order every run
                        distance[w] = distance[v]! + 1
                        queue.append(w)
                        if distance[w]! > distance[far]! || (distance[w]! == distance[far]! && adjacency[w].count < adjacency[far].count) { far = w }
                    }
                }
                root = far
            }
            visited[root] = true
            var queue = [root]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                order.append(v)
                for w in adjacency[v].sorted(by: { (adjacency[$0].count, $0) < (adjacency[$1].count, $1) }) where !visited[w] {
                    visited[w] = true
                    queue.append(w)
                }
            }
        }
        return order.reversed()
    }
}
