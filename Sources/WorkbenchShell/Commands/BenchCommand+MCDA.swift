import WorkbenchAnalysis
import WorkbenchCore

extension BenchCommand {
    /// PROMETHEE II sizes timed by `bench mcda`: options × 8 criteria, with the runs each gets (the largest is timed
    /// fewer times, and only in a release build, where it takes about a second rather than minutes).
    static let prometheeSizes: [(options: Int, label: String)] = [
        (300, "300 × 8"), (30_000, "30,000 × 8"), (1_000_000, "1,000,000 × 8"),
    ]

    /// Timed runs of PROMETHEE at 1,000,000 options, at most.
    static let largestPrometheeRuns = 3

    /// TOPSIS on 10,000 options × 8 criteria (the bar: a few milliseconds in a release build), with the full
    /// reply-ready evaluation (ranks and notes), the weighted sum at the same size, and PROMETHEE II (linear
    /// preference q=50 p=300 on every criterion) on 300, 30,000 and 1,000,000 options, with the all-pairs reference
    /// method on 300 for comparison. Scores come from a fixed linear congruential sequence, so every run times the
    /// same data.
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
        let preferences = [PreferenceFunction](repeating: .linear(q: 50, p: 300), count: 8)
        for (options, label) in prometheeSizes {
            if options > 100_000, configuration != "release" { continue }
            let matrix = try generated(options: options, criteria: 8)
            let runs = options > 100_000 ? min(repeats, largestPrometheeRuns) : repeats
            timings.append(Timing(name: "promethee (with ranks)", size: label, milliseconds: try time(runs) {
                sink += try PROMETHEE.evaluate(matrix, weights: weights, directions: directions, preferences: preferences).scores[0]
            }))
            if options == 300 {
                timings.append(Timing(name: "promethee all pairs (reference)", size: label, milliseconds: time(repeats) {
                    sink += PROMETHEE.pairwiseFlows(matrix, weights: weights.values, directions: directions, preferences: preferences).net[0]
                }))
            }
        }
        // Keep the results alive so the optimiser cannot drop the work.
        if sink.isNaN { timings.removeAll() }
        return timings
    }

    /// What `bench mcda` adds below its table: how the largest PROMETHEE case was run, and the process's peak memory.
    static func mcdaNotes(repeats: Int) -> [String] {
        var notes: [String] = []
        if configuration == "release" {
            notes.append(
                "PROMETHEE at 1,000,000 × 8: \(min(repeats, largestPrometheeRuns)) timed run\(min(repeats, largestPrometheeRuns) == 1 ? "" : "s") after one warm-up. The matrix and the result's single-criterion flows take 61 MB each; the method's working arrays about 110 bytes per option (about 105 MB here), none of them options × options.")
        } else {
            notes.append("PROMETHEE at 1,000,000 × 8 is timed in a release build only.")
        }
        if let peak = ProcessStatus.peakResidentBytes() {
            notes.append("Peak resident memory of the process (VmHWM): \(MoneyFormat.fixed(Double(peak) / 1_048_576, decimals: 1)) MB.")
        }
        return notes
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
