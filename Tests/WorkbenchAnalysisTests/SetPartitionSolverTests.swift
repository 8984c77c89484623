import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchSampling

/// The exact set-partitioning solver against exhaustive search (dynamic programming over all subsets) on seeded
/// random instances: random graphs, random group values of the partnership form and of no form at all.
@Suite struct SetPartitionSolverTests {
    /// A small seeded generator (SplitMix64), so every run tests the same instances.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A random instance: graph, size limit and values, with the exhaustive optimum.
    static func instance(seed: UInt64, structured: Bool) throws -> (problem: SetPartitionProblem, optimum: Double, k: Int) {
        var random = SplitMix(state: seed)
        let n = Int.random(in: 1...12, using: &random)
        let k = Int.random(in: 1...4, using: &random)
        let density = Double.random(in: 0.1...0.8, using: &random)
        var adjacency = [[Int]](repeating: [], count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where Double.random(in: 0..<1, using: &random) < density {
                adjacency[i].append(j)
                adjacency[j].append(i)
            }
        }
        let drivers = (0..<n).map { _ in Double.random(in: 1...100, using: &random) }
        let coefficient = (0...4).map { _ in Double.random(in: -0.2...1, using: &random) }
        let fixed = (0...4).map { _ in Double.random(in: -30...5, using: &random) }
        var table: [[Int]: Double] = [:]
        let problem = try SetPartitionProblem.connected(adjacency: adjacency, maxSize: k) { group in
            let v: Double
            if structured {
                v = coefficient[group.count] * group.reduce(0) { $0 + drivers[$1] } + fixed[group.count]
            } else {
                var r = SplitMix(state: seed &+ UInt64(group.reduce(7) { $0 &* 31 &+ $1 }))
                v = Double.random(in: -10...10, using: &r) * Double(group.count)
            }
            table[group] = v
            return v
        }
        let exhaustive = try PartitionOptimiser.exhaustive(count: n, maxSize: k) { mask in
            let group = (0..<n).filter { mask & (1 << UInt64($0)) != 0 }
            return table[group] ?? -1e12
        }
        return (problem, exhaustive.total, k)
    }

    @Test(arguments: 0..<150)
    func matchesExhaustiveSearch(seed: Int) throws {
        for structured in [true, false] {
            let (problem, optimum, _) = try Self.instance(seed: UInt64(seed) &* 7919 &+ 17, structured: structured)
            let solution = SetPartitionSolver.solve(problem)
            #expect(solution.isProvenOptimal)
            #expect(abs(solution.total - optimum) <= 1e-6 * max(1, abs(optimum)), "seed \(seed) structured \(structured)")
            #expect(solution.bound >= solution.total - 1e-6)
            // The answer is a partition of allowed groups whose values add up.
            let members = solution.groups.flatMap { $0 }.sorted()
            #expect(members == Array(0..<problem.memberCount))
            for (group, value) in zip(solution.groups, solution.values) {
                let index = try #require(problem.groups.firstIndex(of: group))
                #expect(problem.values[index] == value)
            }
            #expect(abs(solution.values.reduce(0, +) - solution.total) < 1e-9 * max(1, abs(optimum)))
        }
    }

    @Test func aNodeLimitGivesTheBestFoundWithAProvenGap() throws {
        // A ring of 40 members, groups up to 4, values with many near-ties: the search cannot finish in 5 nodes.
        let n = 40
        let adjacency = (0..<n).map { [($0 + 1) % n, ($0 + n - 1) % n, ($0 + 2) % n, ($0 + n - 2) % n] }
        var random = SplitMix(state: 99)
        let drivers = (0..<n).map { _ in Double.random(in: 50...60, using: &random) }
        let problem = try SetPartitionProblem.connected(adjacency: adjacency, maxSize: 4) { group in
            [0, 1.0, 1.3, 1.45, 1.52][group.count] * group.reduce(0) { $0 + drivers[$1] } - 8 * Double(group.count * group.count)
        }
        let stopped = SetPartitionSolver.solve(problem, limits: .init(nodes: 5))
        let full = SetPartitionSolver.solve(problem)
        #expect(full.isProvenOptimal)
        #expect(stopped.stoppedBy == "node limit" || stopped.isProvenOptimal)
        #expect(stopped.bound >= full.total - 1e-6)
        #expect(stopped.total <= full.total + 1e-6)
        if !stopped.isProvenOptimal { #expect(stopped.gap > 0) }
        #expect(stopped.groups.flatMap { $0 }.sorted() == Array(0..<n))
    }

    @Test func connectedGroupsAreEachConnectedGroupOnce() {
        // A path 0-1-2-3: connected groups up to 3 are 4 singletons, 3 pairs, 2 triples.
        let groups = ConnectedGroups.enumerate(adjacency: [[1], [0, 2], [1, 3], [2]], maxSize: 3)
        #expect(groups.count == 9)
        #expect(Set(groups).count == 9)
        #expect(!groups.contains([0, 2]))
        #expect(groups.contains([1, 2, 3]))
    }

    @Test func aMemberWithoutASingletonIsRefused() {
        #expect(throws: WorkbenchError.self) {
            try SetPartitionProblem(memberCount: 2, groups: [[0], [0, 1]], values: [1, 2])
        }
        #expect(throws: WorkbenchError.self) {
            try SetPartitionProblem(memberCount: 1, groups: [[0]], values: [.nan])
        }
    }
}

/// Large instances: the neighbourhood search that improves the first partition keeps the answer a valid partition
/// of allowed groups, never worse than the search without it would prove, and the proof still holds.
@Suite struct SetPartitionSolverLargeTests {
    @Test func aLargeLadderIsSolvedExactly() throws {
        // A ladder of 2 × 40 members, groups up to 3: triples worth 3, pairs 1.9, singletons 0. 80 members are at
        // best 26 triples and one pair, and the ladder can be tiled so; more than 60 members, so the neighbourhood
        // search runs.
        let width = 40
        let n = 2 * width
        var adjacency = [[Int]](repeating: [], count: n)
        for i in 0..<width {
            let top = i, bottom = i + width
            adjacency[top].append(bottom); adjacency[bottom].append(top)
            if i + 1 < width {
                adjacency[top].append(top + 1); adjacency[top + 1].append(top)
                adjacency[bottom].append(bottom + 1); adjacency[bottom + 1].append(bottom)
            }
        }
        let problem = try SetPartitionProblem.connected(adjacency: adjacency, maxSize: 3) { [0, 0, 1.9, 3][$0.count] }
        let solution = SetPartitionSolver.solve(problem)
        #expect(solution.isProvenOptimal)
        // 80 members: 26 triples and one pair (26 × 3 + 1.9) is the best any partition can do.
        #expect(abs(solution.total - (26 * 3 + 1.9)) < 1e-9)
        #expect(solution.groups.flatMap { $0 }.sorted() == Array(0..<n))
        for group in solution.groups { #expect(problem.groups.contains(group)) }
    }

    @Test func stoppedAtOnceItGivesAPartitionAndAProvenBound() throws {
        // A 6 × 15 grid, groups up to 3, values of the partnership form: stopped before the first node, the reply is
        // still a partition of allowed groups, its bound (the LP's, or the block bound below it) holds for the
        // optimum the full search proves, and the gap is what the bound and total say.
        let rows = 6, columns = 15
        let n = rows * columns
        var adjacency = [[Int]](repeating: [], count: n)
        for r in 0..<rows {
            for c in 0..<columns {
                let i = r * columns + c
                if c + 1 < columns { adjacency[i].append(i + 1); adjacency[i + 1].append(i) }
                if r + 1 < rows { adjacency[i].append(i + columns); adjacency[i + columns].append(i) }
            }
        }
        var random = SetPartitionSolverTests.SplitMix(state: 2026)
        let drivers = (0..<n).map { _ in Double.random(in: 10...100, using: &random) }
        let problem = try SetPartitionProblem.connected(adjacency: adjacency, maxSize: 3) { group in
            [0, 0, 0.5, 0.667][group.count] * group.reduce(0) { $0 + drivers[$1] } - 7 * Double(group.count)
        }
        let stopped = SetPartitionSolver.solve(problem, limits: .init(shouldStop: { true }), stopReason: "time limit")
        let full = SetPartitionSolver.solve(problem)
        #expect(full.isProvenOptimal)
        #expect(stopped.groups.flatMap { $0 }.sorted() == Array(0..<n))
        for group in stopped.groups { #expect(problem.groups.contains(group)) }
        #expect(stopped.bound >= full.total - 1e-6)
        #expect(stopped.bound <= stopped.lpBound + 1e-6)
        #expect(stopped.total <= full.total + 1e-6)
        if !stopped.isProvenOptimal {
            #expect(stopped.stoppedBy == "time limit")
            #expect(abs(stopped.gap - (stopped.bound - stopped.total) / abs(stopped.total)) < 1e-12)
        }
    }
}
