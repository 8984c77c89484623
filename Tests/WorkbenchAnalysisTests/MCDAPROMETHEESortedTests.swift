import Testing
import WorkbenchAnalysis
import WorkbenchSampling

/// The sorted PROMETHEE method (`PROMETHEE.compute`) against the all-pairs definition (`PROMETHEE.pairwiseFlows`) on
/// seeded random matrices full of ties, with thresholds that fall exactly on differences and on differences that
/// round, for each preference function, both directions and uneven weights.
@Suite("PROMETHEE sorted flows")
struct MCDAPROMETHEESortedTests {
    /// SplitMix64: a small seeded generator, so every run tests the same matrices.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// An integer in 0..<bound.
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        /// A double in 0..<1.
        mutating func unit() -> Double { Double(next() >> 11) / 9_007_199_254_740_992 }
    }

    /// How a column's values are drawn.
    enum Values: CaseIterable {
        /// Integers 0…12: many ties, and integer thresholds land exactly on differences.
        case smallIntegers
        /// Multiples of 0.1 up to 2: differences such as 0.3 − 0.1 round below 0.2, so thresholds at tenths test
        /// that both methods read the same rounded difference.
        case tenths
        /// 10⁶ plus a few hundredths: prefix sums far larger than the differences.
        case largeOffset
        /// Any double in −50…50, with a third of the draws repeating an earlier value.
        case continuousWithRepeats
    }

    static func matrix(options n: Int, criteria m: Int, values: Values, seed: UInt64) throws -> DecisionMatrix {
        var random = Generator(state: seed)
        var cells = [Double](repeating: 0, count: n * m)
        for index in cells.indices {
            switch values {
            case .smallIntegers: cells[index] = Double(random.below(13))
            case .tenths: cells[index] = Double(random.below(21)) * 0.1
            case .largeOffset: cells[index] = 1_000_000 + Double(random.below(400)) * 0.01
            case .continuousWithRepeats:
                if index >= m, random.below(3) == 0 {
                    cells[index] = cells[random.below(index / m) * m + index % m]
                } else {
                    cells[index] = random.unit() * 100 - 50
                }
            }
        }
        return try DecisionMatrix(
            options: (0..<n).map { "o\($0)" }, criteria: (0..<m).map { "c\($0)" }, values: cells)
    }

    /// Preference functions whose thresholds suit each kind of values (scaled to the spread).
    static func functions(for values: Values) -> [PreferenceFunction] {
        let unit: Double
        switch values {
        case .smallIntegers: unit = 1
        case .tenths: unit = 0.1
        case .largeOffset: unit = 0.01
        case .continuousWithRepeats: unit = 3.7
        }
        return [
            .usual, .uShape(q: 0), .uShape(q: 2 * unit), .vShape(p: 3 * unit), .vShape(p: unit),
            .level(q: 0, p: unit), .level(q: 2 * unit, p: 5 * unit), .linear(q: 0, p: 4 * unit),
            .linear(q: unit, p: 3 * unit), .linear(q: 2 * unit, p: 2.5 * unit), .gaussian(s: 2 * unit),
        ]
    }

    /// The largest difference between the two methods over every flow.
    static func largestDifference(
        _ matrix: DecisionMatrix, weights: [Double], directions: [CriterionDirection], preferences: [PreferenceFunction]
    ) -> Double {
        let fast = PROMETHEE.compute(matrix, weights: weights, directions: directions, preferences: preferences)
        let reference = PROMETHEE.pairwiseFlows(matrix, weights: weights, directions: directions, preferences: preferences)
        var largest = 0.0
        for (a, b) in [(fast.positive, reference.positive), (fast.negative, reference.negative), (fast.net, reference.net),
                       (fast.unicriterion, reference.unicriterion)] {
            #expect(a.count == b.count)
            for (x, y) in zip(a, b) { largest = max(largest, abs(x - y)) }
        }
        return largest
    }

    @Test("Each preference function alone equals the pairwise flows, for benefit and cost",
          arguments: Values.allCases, [2, 3, 4, 9, 60, 257])
    func eachFunctionAlone(values: Values, options: Int) throws {
        for (index, function) in Self.functions(for: values).enumerated() {
            let matrix = try Self.matrix(options: options, criteria: 2, values: values, seed: UInt64(options * 100 + index))
            for directions in [[CriterionDirection.benefit, .cost], [.cost, .benefit]] {
                let difference = Self.largestDifference(
                    matrix, weights: [0.7, 0.3], directions: directions, preferences: [function, function])
                #expect(difference <= 1e-12, "\(function.summary), \(values), \(options) options, \(directions)")
            }
        }
    }

    @Test("Mixed functions, directions and weights equal the pairwise flows", arguments: Values.allCases)
    func mixedCriteria(values: Values) throws {
        var random = Generator(state: 19)
        let functions = Self.functions(for: values)
        for round in 0..<16 {
            let n = [2, 3, 5, 17, 255, 256, 301, 1_000][round % 8]
            let m = 1 + random.below(7)
            let matrix = try Self.matrix(options: n, criteria: m, values: values, seed: 1_000 + UInt64(round))
            let preferences = (0..<m).map { _ in functions[random.below(functions.count)] }
            let directions = (0..<m).map { _ in random.below(2) == 0 ? CriterionDirection.benefit : .cost }
            var weights = (0..<m).map { _ in 0.05 + random.unit() }
            let total = weights.reduce(0, +)
            weights = weights.map { $0 / total }
            let difference = Self.largestDifference(matrix, weights: weights, directions: directions, preferences: preferences)
            #expect(difference <= 1e-12, "round \(round): \(preferences.map(\.summary)) \(directions)")
        }
    }

    @Test("Two options: one criterion, each function, ties and strict order")
    func twoOptions() throws {
        for function in Self.functions(for: .smallIntegers) {
            for values in [[3.0, 3.0], [3.0, 5.0], [5.0, 3.0], [0.0, 12.0]] {
                let matrix = try DecisionMatrix(options: ["A", "B"], criteria: ["x"], values: values)
                for direction in [CriterionDirection.benefit, .cost] {
                    let difference = Self.largestDifference(matrix, weights: [1], directions: [direction], preferences: [function])
                    #expect(difference <= 1e-12, "\(function.summary) \(values) \(direction)")
                }
            }
        }
    }

    @Test("Gaussian criteria in parallel blocks of rows equal the pairwise flows")
    func gaussianInParallelBlocks() throws {
        // 1,100 options: several blocks of rows, so more than one worker thread runs.
        let matrix = try Self.matrix(options: 1_100, criteria: 2, values: .continuousWithRepeats, seed: 7)
        let difference = Self.largestDifference(
            matrix, weights: [0.4, 0.6], directions: [.benefit, .cost], preferences: [.gaussian(s: 5), .linear(q: 1, p: 9)])
        #expect(difference <= 1e-12)
    }

    @Test("Many options: usual flows are the ranks, with no pair compared")
    func usualFlowsAreRanks() throws {
        // Values 0…n−1 in a shuffled order: under the usual function an option beats exactly the options below it,
        // so φ⁺ = rank/(n − 1), φ⁻ = (n − 1 − rank)/(n − 1) and φ = (2·rank − n + 1)/(n − 1), rank from 0.
        let n = 50_000
        var random = Generator(state: 3)
        var order = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
        let matrix = try DecisionMatrix(
            options: (0..<n).map { "o\($0)" }, criteria: ["x", "y"], values: order.flatMap { [Double($0), Double($0) * 0.5] })
        let flows = PROMETHEE.compute(matrix, weights: [0.5, 0.5], directions: [.benefit, .cost], preferences: [.usual, .vShape(p: 0.25)])
        var largest = 0.0
        for (row, rank) in order.enumerated() {
            let r = Double(rank)
            let m = Double(n - 1)
            // x is a benefit ranked r; y = r/2 is a cost with steps of ½ ≥ p, so it ranks n − 1 − r.
            let positive = 0.5 * r / m + 0.5 * (m - r) / m
            largest = max(largest, abs(flows.positive[row] - positive), abs(flows.negative[row] - (1 - positive)))
            largest = max(largest, abs(flows.unicriterion[row * 2] - (2 * r - m) / m))
        }
        #expect(largest <= 1e-12)
    }
}
