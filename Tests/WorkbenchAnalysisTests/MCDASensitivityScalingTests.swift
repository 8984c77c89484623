import Synchronization
import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchSampling

/// `sensitivity weights` without a whole scoring run per move: the same thresholds as the method it replaced
/// (kept here as the reference, a full scoring run at every scan and bisection point), on generated matrices for all
/// three methods; and a control that cancels it is honoured at the next criterion.
struct MCDASensitivityScalingTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() * Double(range.count)) % range.count
        }
    }

    /// The analysis as it was before `ShiftedScores`: every scan and bisection point scored in full.
    /// One threshold of the reference: the weight at the change and the new top.
    struct Found: Equatable {
        var weight: Double
        var newTop: [String]
    }

    /// The analysis as it was before `ShiftedScores`, for the criteria `only` (all by default): the top, and per
    /// criterion its decrease and increase thresholds.
    static func reference(
        _ matrix: DecisionMatrix, weights: Weights, method: MCDAMethod, steps: Int = 200, only: [Int]? = nil
    ) -> (top: [String], entries: [Int: [Found?]]) {
        let score = method.scorer(for: matrix)
        let base = weights.values
        let baseTop = Ranking.top(score(base))
        let m = matrix.criterionCount
        func shifted(_ j: Int, to t: Double) -> [Double] {
            let wj = base[j]
            var out = base
            for k in 0..<m where k != j {
                out[k] = wj < 1 ? base[k] * (1 - t) / (1 - wj) : (1 - t) / Double(m - 1)
            }
            out[j] = t
            return out
        }
        func topAt(_ j: Int, _ t: Double) -> [Int] { Ranking.top(score(shifted(j, to: t))) }
        func search(_ j: Int, towards end: Double) -> Found? {
            let start = base[j]
            guard m > 1, start != end else { return nil }
            var previous = start
            for k in 1...steps {
                let t = start + (end - start) * Double(k) / Double(steps)
                if topAt(j, t) != baseTop {
                    var inside = previous
                    var outside = t
                    while Swift.abs(outside - inside) > 1e-9 {
                        let mid = (inside + outside) / 2
                        if topAt(j, mid) == baseTop { inside = mid } else { outside = mid }
                    }
                    let at = (inside + outside) / 2
                    let half = (end - start) / Double(2 * steps)
                    let probe = k < steps ? t + half : t
                    return Found(weight: at, newTop: topAt(j, probe).map { matrix.options[$0] })
                }
                previous = t
            }
            return nil
        }
        var entries: [Int: [Found?]] = [:]
        for j in only ?? Array(0..<m) { entries[j] = [search(j, towards: 0), search(j, towards: 1)] }
        return (baseTop.map { matrix.options[$0] }, entries)
    }

    /// A generated matrix, weights (some zero, or one criterion holding all the weight) and the three methods.
    static func problem(_ seed: UInt64) throws -> (DecisionMatrix, Weights, [MCDAMethod]) {
        var random = Generator(state: seed)
        let n = random.int(2...6)
        let m = random.int(2...24)
        // Some columns repeat another option's scores, so that exact ties occur.
        var values: [Double] = []
        for i in 0..<n {
            for j in 0..<m {
                values.append(i > 0 && random.next() < 0.15 ? values[(i - 1) * m + j] : (random.next() * 100).rounded())
            }
        }
        let matrix = try DecisionMatrix(
            options: (0..<n).map { "O\($0)" }, criteria: (0..<m).map { "c\($0)" }, values: values)
        var given = (0..<m).map { _ in random.next() < 0.1 ? 0 : random.next() }
        if seed % 7 == 0 { given = (0..<m).map { $0 == 0 ? 1 : 0 } }
        if given.allSatisfy({ $0 == 0 }) { given[0] = 1 }
        let directions = (0..<m).map { _ in random.next() < 0.3 ? CriterionDirection.cost : .benefit }
        let preferences = (0..<m).map { j -> PreferenceFunction in
            [.usual, .vShape(p: 40), .linear(q: 5, p: 30), .gaussian(s: 20)][j % 4]
        }
        return (matrix, try Weights(given, criteria: matrix.criteria), [
            .weightedSum(directions: directions), .topsis(directions: directions),
            .promethee(directions: directions, preferences: preferences),
        ])
    }

    @Test(arguments: 1...40)
    func thresholdsEqualThoseOfAFullScoringRunAtEveryPoint(_ seed: Int) throws {
        let (matrix, weights, methods) = try Self.problem(UInt64(seed))
        for method in methods {
            let fast = WeightSensitivity.analyse(matrix, weights: weights, method: method)
            let slow = Self.reference(matrix, weights: weights, method: method)
            #expect(fast.top == slow.top, "\(method.name) seed \(seed)")
            for (j, a) in fast.entries.enumerated() {
                let b = try #require(slow.entries[j])
                for (x, y) in [(a.decrease, b[0]), (a.increase, b[1])] {
                    #expect((x == nil) == (y == nil), "\(method.name) seed \(seed) \(a.criterion): \(String(describing: x)) vs \(String(describing: y))")
                    if let x, let y {
                        #expect(Swift.abs(x.weight - y.weight) < 1e-8, "\(method.name) seed \(seed) \(a.criterion)")
                        #expect(x.newTop == y.newTop, "\(method.name) seed \(seed) \(a.criterion)")
                    }
                }
            }
        }
    }

    @Test func aThousandCriteriaAreAnalysedAndTheResultHasOneEntryEach() throws {
        var random = Generator(state: 99)
        let n = 5
        let m = 1000
        let matrix = try DecisionMatrix(
            options: (0..<n).map { "O\($0)" }, criteria: (0..<m).map { "c\($0)" },
            values: (0..<(n * m)).map { _ in random.next() })
        let weights = try Weights((0..<m).map { _ in random.next() }, criteria: matrix.criteria)
        let result = WeightSensitivity.analyse(matrix, weights: weights, method: .weightedSum(directions: Array(repeating: .benefit, count: m)))
        #expect(result.entries.count == m)
        // Spot-check a few criteria against the full scoring run on the same matrix.
        let checked = [0, 1, 499, 998, 999]
        let slow = Self.reference(
            matrix, weights: weights, method: .weightedSum(directions: Array(repeating: .benefit, count: m)), only: checked)
        #expect(result.top == slow.top)
        for j in checked {
            let b = try #require(slow.entries[j])
            for (x, y) in [(result.entries[j].decrease, b[0]), (result.entries[j].increase, b[1])] {
                #expect(x?.newTop == y?.newTop, "criterion \(j)")
                #expect(Swift.abs((x?.weight ?? -1) - (y?.weight ?? -1)) < 1e-8, "criterion \(j)")
            }
        }
    }

    @Test func aCancelledAnalysisStopsAtTheNextCriterion() throws {
        var random = Generator(state: 7)
        let n = 4
        let m = 300
        let matrix = try DecisionMatrix(
            options: (0..<n).map { "O\($0)" }, criteria: (0..<m).map { "c\($0)" },
            values: (0..<(n * m)).map { _ in random.next() })
        let weights = try Weights((0..<m).map { _ in random.next() }, criteria: matrix.criteria)
        let done = Atomic<Int>(0)
        let control = SimulationControl(
            isCancelled: { done.load(ordering: .relaxed) >= 10 },
            progress: { fraction in done.store(Int((fraction * Double(m)).rounded()), ordering: .relaxed) })
        do {
            _ = try WeightSensitivity.analyse(
                matrix, weights: weights, method: .topsis(directions: Array(repeating: .benefit, count: m)), control: control)
            Issue.record("the analysis was not cancelled")
        } catch let error as WorkbenchError {
            #expect(error.code == .cancelled)
            #expect(error.message == "The sensitivity analysis was cancelled after 10 of 300 criteria.")
        }
    }
}
