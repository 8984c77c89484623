import Foundation
public import WorkbenchCore
import WorkbenchSampling

/// Monte Carlo risk analysis of options' cash-flow schedules: each uncertain input drawn from its distribution
/// (lines sharing an input share one draw per iteration, or per year when the input is independent by year),
/// optimism bias applied as in the deterministic appraisal, NPV and simple payback per iteration, summarised per
/// option.
///
/// Reproducible: iterations are cut into blocks of `blockSize`, and block b of option i draws from its own four
/// xoshiro256** streams side by side (`Xoshiro256StarStarX4(seed:option:block:)`, the scalar streams of blocks 4b to
/// 4b + 3), iteration k of the block from lane k mod 4, with the samplers `bench montecarlo` times (`Sampler`). Any number of threads runs the same blocks with the same streams
/// into the same places, and the statistics are computed afterwards in a fixed order, so a seed gives the same
/// figures with one thread or two and on any machine (the samplers use only IEEE arithmetic and `PortableMath`).
///
/// Memory: one `Double` NPV and one `Float` payback per option-iteration (12 bytes; 24 MB for 20 options × 100,000
/// iterations), plus per thread one block of yearly flows; the per-year paths are never kept.
public struct MonteCarloEngine: Sendable {
    /// Iterations per block: part of the definition of the streams, so fixed.
    public static let blockSize = 2048
    /// The range of iterations accepted: the workspace setting's one range, `Assumptions.iterationRange`.
    public static let iterationRange = Assumptions.iterationRange

    /// Iterations per option.
    public var iterations: Int
    /// The seed.
    public var seed: UInt64
    /// The discount schedule.
    public var discount: DiscountSchedule
    /// The optimism-bias policy.
    public var optimismBias: OptimismBiasPolicy
    /// Years after year 0 to simulate; nil means each option's longest schedule.
    public var years: Int?
    /// Worker threads (the results do not depend on it).
    public var threads: Int

    /// The machine's active processor count.
    public static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Makes an engine.
    public init(
        iterations: Int, seed: UInt64, discount: DiscountSchedule = .greenBook,
        optimismBias: OptimismBiasPolicy = .upperBound, years: Int? = nil, threads: Int = MonteCarloEngine.defaultThreads
    ) {
        self.iterations = iterations
        self.seed = seed
        self.discount = discount
        self.optimismBias = optimismBias
        self.years = years
        self.threads = threads
    }

    /// Makes an engine from the workspace's assumptions (rate, declining schedule, optimism bias, seed, iterations),
    /// with optional overrides.
    public init(assumptions: Assumptions, iterations: Int? = nil, seed: UInt64? = nil, threads: Int = MonteCarloEngine.defaultThreads) {
        self.init(
            iterations: iterations ?? assumptions.iterations, seed: seed ?? assumptions.randomSeed,
            discount: DiscountSchedule(rate: assumptions.discountRate, declining: assumptions.decliningSchedule),
            optimismBias: assumptions.optimismBias, threads: threads)
    }

    /// Simulates the options.
    /// - Throws: `invalidArgument` for an iteration count outside `iterationRange` or an invalid uncertainty;
    ///   `cancelled` when the control cancels the run.
    public func run(_ options: [SimulationOption], control: SimulationControl = SimulationControl()) throws
        -> [SimulationSummary]
    {
        guard Self.iterationRange.contains(iterations) else {
            throw WorkbenchError(
                .invalidArgument,
                "The value '\(iterations)' is invalid for '--iterations': expected a whole number from \(Self.iterationRange.lowerBound) to \(MoneyFormat.grouped(Double(Self.iterationRange.upperBound))).",
                hint: "10,000 iterations give percentiles to about two significant figures.",
                location: .init(argument: "--iterations"))
        }
        let models = try options.map {
            try SimulationModel(option: $0, years: years, discount: discount, policy: optimismBias)
        }
        guard !models.isEmpty else { return [] }
        let n = iterations
        let blocksPerOption = (n + Self.blockSize - 1) / Self.blockSize
        let npvStore = UnsafeMutablePointer<Double>.allocate(capacity: models.count * n)
        let paybackStore = UnsafeMutablePointer<Float>.allocate(capacity: models.count * n)
        defer {
            npvStore.deallocate()
            paybackStore.deallocate()
        }
        let npvShared = SharedPointer(base: npvStore)
        let paybackShared = SharedPointer(base: paybackStore)
        // Rows per iteration: years 0…years for each channel (one, plus one per schedule whose delivery may slip).
        let maxRows = models.map(\.rowCount).max() ?? 2
        let seed = self.seed
        try ParallelBlocks.run(
            tasks: models.count * blocksPerOption, threads: threads, control: control,
            makeScratch: { BlockScratch(rows: maxRows, width: Self.blockSize) },
            body: { task, scratch in
                let option = task / blocksPerOption
                let block = task % blocksPerOption
                let start = block * Self.blockSize
                let count = min(Self.blockSize, n - start)
                var rng = Xoshiro256StarStarX4(seed: seed, option: option, block: block)
                models[option].simulateBlock(
                    count: count, rng: &rng, net: scratch.net, rowStride: Self.blockSize, draws: scratch.draws,
                    flows: &scratch.flows, npv: npvShared.base + option * n + start, payback: paybackShared.base + option * n + start)
            })
        // Statistics per option, in a fixed order within each option.
        let summaries = SummaryBox<SimulationSummary>(count: models.count)
        try ParallelBlocks.run(
            tasks: models.count, threads: threads, control: SimulationControl(),
            makeScratch: { () },
            body: { option, _ in
                let summary = Self.summarise(
                    models[option], npv: npvShared.base + option * n, payback: paybackShared.base + option * n,
                    count: n, seed: seed)
                summaries.set(option, summary)
            })
        return summaries.values
    }

    /// Mean and standard deviation (two passes), type-7 percentiles by selection, shares below zero and without
    /// payback. Reorders the arrays.
    static func summarise(
        _ model: SimulationModel, npv: UnsafeMutablePointer<Double>, payback: UnsafeMutablePointer<Float>, count n: Int,
        seed: UInt64
    ) -> SimulationSummary {
        var sum = 0.0
        var negative = 0
        for k in 0..<n {
            sum += npv[k]
            if npv[k] < 0 { negative += 1 }
        }
        let mean = sum / Double(n)
        var squares = 0.0
        for k in 0..<n {
            let d = npv[k] - mean
            squares += d * d
        }
        let sd = n > 1 ? (squares / Double(n - 1)).squareRoot() : 0
        let bins = Self.bins(npv, count: n)
        let q = Percentile.type7(reordering: UnsafeMutableBufferPointer(start: npv, count: n), [0.05, 0.5, 0.95])

        var paidCount = 0
        var paidSum = 0.0
        for k in 0..<n where payback[k].isFinite {
            paidCount += 1
            paidSum += Double(payback[k])
        }
        var paybackMean: Double?
        var paybackSD: Double?
        if paidCount > 0 {
            let m = paidSum / Double(paidCount)
            paybackMean = m
            if paidCount > 1 {
                var s = 0.0
                for k in 0..<n where payback[k].isFinite {
                    let d = Double(payback[k]) - m
                    s += d * d
                }
                paybackSD = (s / Double(paidCount - 1)).squareRoot()
            }
        }
        let pq = Percentile.type7(reordering: UnsafeMutableBufferPointer(start: payback, count: n), [0.05, 0.5, 0.95])
            .map { $0.isFinite ? $0 : nil }
        var notes = model.notes
        if !model.inputs.isEmpty {
            notes.append(
                "Inputs drawn: "
                    + model.inputs.map { "\($0.name) (\($0.distribution.label), \($0.independentByYear ? "each year" : "once per iteration"))" }
                    .joined(separator: "; ") + ".")
        } else {
            notes.append("No line of this option is uncertain: every iteration gives the same NPV.")
        }
        var summary = SimulationSummary(
            title: model.title, iterations: n, seed: seed, years: model.years,
            npv: .init(
                mean: Money(pounds: mean), standardDeviation: Money(pounds: sd), p5: Money(pounds: q[0]),
                p50: Money(pounds: q[1]), p95: Money(pounds: q[2]), probabilityBelowZero: Double(negative) / Double(n)),
            payback: .init(
                mean: paybackMean, standardDeviation: paybackSD, p5: pq[0], p50: pq[1], p95: pq[2],
                shareWithoutPayback: Double(n - paidCount) / Double(n)),
            exactMeanNPV: Money(pounds: model.exactMeanNPV), baseNPV: Money(pounds: model.baseNPV), notes: notes,
            npvBins: bins)
        summary.meanIsExact = model.meanIsExact
        summary.delivery = model.deliveries.map(\.note)
        return summary
    }

    /// The NPVs in `SimulationSummary.binCount` equal-width bins between the smallest and the largest.
    static func bins(_ values: UnsafeMutablePointer<Double>, count n: Int) -> [SimulationSummary.Bin] {
        guard n > 0 else { return [] }
        var low = Double.infinity
        var high = -Double.infinity
        for k in 0..<n where values[k].isFinite {
            low = Swift.min(low, values[k])
            high = Swift.max(high, values[k])
        }
        guard low.isFinite, high.isFinite else { return [] }
        let count = high > low ? SimulationSummary.binCount : 1
        let width = high > low ? (high - low) / Double(count) : 1
        var counts = [Int](repeating: 0, count: count)
        for k in 0..<n where values[k].isFinite {
            let index = high > low ? Int((values[k] - low) / width) : 0
            counts[Swift.min(count - 1, Swift.max(0, index))] += 1
        }
        return counts.indices.map { i in
            SimulationSummary.Bin(lower: low + Double(i) * width, upper: high > low ? low + Double(i + 1) * width : high, count: counts[i])
        }
    }
}
