import WorkbenchAnalysis

extension BenchCommand {
    /// TOPSIS on 10,000 options × 8 criteria (the bar: a few milliseconds in a release build), with the full
    /// reply-ready evaluation (ranks and notes), the weighted sum at the same size, and PROMETHEE II on 300 options.
    /// Scores come from a fixed linear congruential sequence, so every run times the same data.
    static func mcda(repeats: Int) throws -> [Timing] {
        let large = try generated(options: 10_000, criteria: 8)
        let directions: [CriterionDirection] = (0..<8).map { $0 % 4 == 0 ? .cost : .benefit }
        let weights = try Weights([0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1], criteria: large.criteria)
        var sink = 0.0
        var timings: [Timing] = []
        timings.append(Timing(name: "topsis (arithmetic)", size: "10,000 × 8", milliseconds: time(repeats) {
            sink += TOPSIS.compute(large, weights: weights.values, directions: directions).closeness[0]
        }))
        timings.append(Timing(name: "topsis (with ranks)", size: "10,000 × 8", milliseconds: try time(repeats) {
            sink += try TOPSIS.evaluate(large, weights: weights, directions: directions).scores[0]
        }))
        timings.append(Timing(name: "wsm (with ranks)", size: "10,000 × 8", milliseconds: try time(repeats) {
            sink += try WeightedSum.evaluate(large, weights: weights, directions: directions).scores[0]
        }))
        let small = try generated(options: 300, criteria: 8)
        let preferences = [PreferenceFunction](repeating: .linear(q: 50, p: 300), count: 8)
        timings.append(Timing(name: "promethee (with ranks)", size: "300 × 8", milliseconds: try time(repeats) {
            sink += try PROMETHEE.evaluate(small, weights: weights, directions: directions, preferences: preferences).scores[0]
        }))
        // Keep the results alive so the optimiser cannot drop the work.
        if sink.isNaN { timings.removeAll() }
        return timings
    }

    /// A matrix of scores 1…1000 from a linear congruential sequence.
    static func generated(options n: Int, criteria m: Int) throws -> DecisionMatrix {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values = [Double](repeating: 0, count: n * m)
        for index in values.indices {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values[index] = Double((state >> 33) % 1000) + 1
        }
        return try DecisionMatrix(
            options: (0..<n).map { "option-\($0 + 1)" }, criteria: (0..<m).map { "c\($0 + 1)" }, values: values)
    }
}
