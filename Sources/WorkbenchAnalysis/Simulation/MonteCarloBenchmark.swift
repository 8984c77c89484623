public import WorkbenchCore
public import WorkbenchSampling

/// The fixed Monte Carlo benchmark workload, on its own fast path: option i (i = 1…options) saves
/// Triangular(0.70m, m, 1.35m) in each of years 1…years, m = £20k + (i − 1) × £10k, drawn independently each year,
/// against a one-off cost at year 0 of PERT(0.9c, c, 1.6c), c = £50k + (i − 1) × £60k; NPV at 3.5% per iteration;
/// the 5th, 50th and 95th percentiles (type 7) per option.
///
/// Vector code on four lanes: block b of option i draws from the four streams `Xoshiro256StarStarX4(seed:option:block:)`,
/// iteration k of the block from lane k mod 4. Each lane first draws its iterations' costs (PERT by
/// `BetaStripSampler`, two generator outputs per draw), then year by year its savings (triangular by
/// `TriangularMinMax`, one output and no square root per draw), scaled and discounted in one flat loop per year over
/// the block; no payback, and nothing allocated per iteration. The two loops run through `SamplerKernels`: their AVX2
/// build where the processor has it (`Workload.instructions`), with the same figures to the bit. The mean adds eight
/// partial sums in vector registers (`sum(_:count:)`). The streams and samplers are those `MonteCarloEngine`
/// (`simulate`) draws with, so the two give the same NPVs to the rounding of their arithmetic;
/// `Tests/Benchmarks/montecarlo_reference.py` reproduces this path's figures independently. Pure: no clock. The
/// `bench montecarlo` command times its two phases, `sample` and `summarise`.
public enum MonteCarloBenchmark {
    /// The workload's size.
    public struct Workload: Hashable, Sendable {
        /// Options (default 20).
        public var options: Int
        /// Iterations per option (default 100,000).
        public var iterations: Int
        /// Years of savings (default 10).
        public var years: Int
        /// The seed.
        public var seed: UInt64
        /// Worker threads.
        public var threads: Int
        /// The vector instructions the samplers run with (by default the selected ones: AVX2 where the processor has
        /// it). Every choice gives the same figures.
        public var instructions: VectorInstructions

        /// Makes a workload; the defaults are the published one.
        public init(
            options: Int = 20, iterations: Int = 100_000, years: Int = 10, seed: UInt64 = 2010,
            threads: Int = MonteCarloEngine.defaultThreads, instructions: VectorInstructions = .selected
        ) {
            self.options = options
            self.iterations = iterations
            self.years = years
            self.seed = seed
            self.threads = threads
            self.instructions = instructions
        }

        /// Option i's most likely yearly saving m (i from 1).
        public static func saving(option i: Int) -> Double { 20_000 + Double(i - 1) * 10_000 }
        /// Option i's most likely one-off cost c (i from 1).
        public static func cost(option i: Int) -> Double { 50_000 + Double(i - 1) * 60_000 }
    }

    /// The figures a run produces: the same for every run of a workload, whatever the thread count.
    public struct Outcome: Equatable, Sendable {
        /// The workload.
        public var workload: Workload
        /// The 5th, 50th and 95th percentiles of NPV, by option.
        public var percentiles: [(p5: Money, p50: Money, p95: Money)]
        /// The mean NPV by option.
        public var means: [Money]

        /// Makes an outcome.
        public init(workload: Workload, percentiles: [(p5: Money, p50: Money, p95: Money)], means: [Money]) {
            self.workload = workload
            self.percentiles = percentiles
            self.means = means
        }

        /// Equal when the workload, the means and every percentile are equal.
        public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            lhs.workload == rhs.workload && lhs.means == rhs.means
                && lhs.percentiles.map { [$0.p5, $0.p50, $0.p95] } == rhs.percentiles.map { [$0.p5, $0.p50, $0.p95] }
        }
    }

    /// The NPVs of the sampling phase, options × iterations, held until the percentile phase consumes them.
    /// Not copyable: the memory is freed once, when the value ends.
    public struct Draws: ~Copyable {
        /// The workload drawn.
        public let workload: Workload
        /// NPV of iteration k of option i at `store[i × iterations + k]`.
        fileprivate let store: UnsafeMutablePointer<Double>

        fileprivate init(workload: Workload) {
            self.workload = workload
            store = UnsafeMutablePointer<Double>.allocate(capacity: workload.options * workload.iterations)
        }

        /// Runs `body` on the NPVs; the draws stay alive (borrowed) while it runs.
        fileprivate borrowing func withStore<Result>(_ body: (SharedPointer<Double>) throws -> Result) rethrows -> Result {
            try body(SharedPointer(base: store))
        }

        deinit { store.deallocate() }
    }

    /// Runs the workload: `sample`, then `summarise`. Pure: no clock; the `bench` command times the two phases.
    /// - Throws: as `sample`.
    public static func run(_ workload: Workload, control: SimulationControl = SimulationControl()) throws -> Outcome {
        try summarise(sample(workload, control: control))
    }

    /// Checks a workload's size and instructions.
    /// - Throws: `invalidArgument` for sizes out of range (options 1–1,000, iterations 10–10,000,000, years 1–100,
    ///   at most 200 million option-iterations), or for AVX2 on a processor without it.
    public static func validate(_ workload: Workload) throws {
        func check(_ value: Int, _ range: ClosedRange<Int>, _ argument: String) throws {
            guard range.contains(value) else {
                throw WorkbenchError.invalid(
                    argument, String(value),
                    expected: "a whole number from \(MoneyFormat.grouped(Double(range.lowerBound))) to \(MoneyFormat.grouped(Double(range.upperBound)))")
            }
        }
        try check(workload.options, 1...1_000, "--options")
        try check(workload.iterations, 10...10_000_000, "--iterations")
        try check(workload.years, 1...100, "--years")
        guard workload.options * workload.iterations <= 200_000_000 else {
            throw WorkbenchError(
                .invalidArgument,
                "The workload of \(workload.options) options × \(workload.iterations) iterations is above 200 million option-iterations.",
                hint: "Keep options × iterations at most 200,000,000 (1.6 GB of NPVs).", location: .init(argument: "--iterations"))
        }
        guard workload.instructions == .baseline || workload.instructions == VectorInstructions.available else {
            throw WorkbenchError(
                .invalidArgument, "This processor has no \(workload.instructions.label) instructions, so '--instructions \(workload.instructions.rawValue)' cannot run.",
                hint: "Use '--instructions baseline', or leave the option out to use the widest this processor has (\(VectorInstructions.available.label)).",
                location: .init(argument: "--instructions"))
        }
    }

    /// The sampling phase: every option's NPV for every iteration.
    /// - Throws: as `validate(_:)`; `cancelled` when the control cancels the run.
    public static func sample(_ workload: Workload, control: SimulationControl = SimulationControl()) throws -> Draws {
        try validate(workload)
        let n = workload.iterations
        let options = workload.options
        let years = workload.years
        let seed = workload.seed
        let blockSize = MonteCarloEngine.blockSize
        let blocksPerOption = (n + blockSize - 1) / blockSize
        let factors = DiscountSchedule(rate: .greenBookStandard, declining: false).factors(through: years)
        let draws = Draws(workload: workload)

        let triangular = Self.triangular
        let pert = Self.pert
        let instructions = workload.instructions
        try draws.withStore { shared in
            try ParallelBlocks.run(
                tasks: options * blocksPerOption, threads: workload.threads, control: control,
                makeScratch: { BlockScratch(rows: 1, width: blockSize) },
                body: { task, scratch in
                    let option = task / blocksPerOption
                    let block = task % blocksPerOption
                    let first = block * blockSize
                    let count = min(blockSize, n - first)
                    // Whole groups of four lanes: a short last block is worked in the scratch row and copied.
                    let padded = (count + 3) & ~3
                    let npv = shared.base + option * n + first
                    let target = padded == count ? npv : scratch.draws
                    let m = Workload.saving(option: option + 1)
                    let c = Workload.cost(option: option + 1)
                    var rng = Xoshiro256StarStarX4(seed: seed, option: option, block: block)
                    SamplerKernels.fill(pert, target, count: padded, scale: -c, &rng, instructions: instructions)
                    for year in 1...years {
                        SamplerKernels.accumulate(
                            triangular, into: target, count: padded, weight: m * factors[year], &rng, instructions: instructions)
                    }
                    if target != npv { npv.update(from: target, count: count) }
                })
        }
        return draws
    }

    /// The savings' shape, Triangular(0.70, 1, 1.35), as a multiplier of m.
    static let triangular = TriangularMinMax(low: 0.70, mode: 1, high: 1.35)
    /// The cost's shape, PERT(0.9, 1, 1.6), as a multiplier of c: its strip table is built once per process (about
    /// 50 ms, in the warm-up run).
    static let pert = PertLanes(low: 0.9, mode: 1, high: 1.6)

    /// The percentile phase: the 5th, 50th and 95th percentiles (type 7) and the mean of each option's NPVs.
    /// Consumes the draws (the percentiles reorder them in place).
    public static func summarise(_ draws: consuming Draws) throws -> Outcome {
        let workload = draws.workload
        let n = workload.iterations
        let results = SummaryBox<(p5: Double, p50: Double, p95: Double, mean: Double)>(count: workload.options)
        try draws.withStore { shared in
            try ParallelBlocks.run(
                tasks: workload.options, threads: workload.threads, control: SimulationControl(), makeScratch: { () },
                body: { option, _ in
                    let values = shared.base + option * n
                    let sum = Self.sum(values, count: n)
                    let q = Percentile.type7(reordering: UnsafeMutableBufferPointer(start: values, count: n), [0.05, 0.5, 0.95])
                    results.set(option, (q[0], q[1], q[2], sum / Double(n)))
                })
        }
        let values = results.values
        return Outcome(
            workload: workload,
            percentiles: values.map { (Money(pounds: $0.p5), Money(pounds: $0.p50), Money(pounds: $0.p95)) },
            means: values.map { Money(pounds: $0.mean) })
    }

    /// The sum of `count` values as eight partial sums, value k added to partial sum k mod 8 in order, combined
    /// pairwise: ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)). Four vector additions in flight instead of one
    /// chain of `count` dependent additions (100,000 additions of four cycles each per option), and a smaller
    /// rounding error than one running sum. `Tests/Benchmarks/montecarlo_reference.py` adds in the same order.
    static func sum(_ values: UnsafePointer<Double>, count n: Int) -> Double {
        var partial = SIMD8<Double>(repeating: 0)
        let whole = n & ~7
        let raw = UnsafeRawPointer(values)
        var k = 0
        while k < whole {
            partial += raw.loadUnaligned(fromByteOffset: k &* 8, as: SIMD8<Double>.self)
            k &+= 8
        }
        for k in whole..<n { partial[k - whole] += values[k] }
        return ((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]))
    }
}
