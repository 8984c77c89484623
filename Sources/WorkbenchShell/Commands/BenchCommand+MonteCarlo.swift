import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchSampling

extension BenchCommand {
    /// Reads `--options`, `--iterations`, `--years` and `--instructions` (montecarlo only; refused for other workloads).
    static func monteCarloWorkload(_ invocation: Invocation) throws -> MonteCarloBenchmark.Workload {
        var workload = MonteCarloBenchmark.Workload()
        let given = [
            invocation.isGiven(optionsOption) ? optionsOption.name : nil,
            invocation.isGiven(iterationsOption) ? iterationsOption.name : nil,
            invocation.isGiven(yearsOption) ? yearsOption.name : nil,
            invocation.isGiven(instructionsOption) ? instructionsOption.name : nil,
        ].compactMap { $0 }
        if let first = given.first, invocation.arguments.first != Workload.montecarlo.rawValue {
            throw WorkbenchError(
                .usage, "The option '\(first)' applies only to 'bench montecarlo'.",
                hint: "Usage: \(spec.usage)", location: .init(argument: first))
        }
        workload.options = try invocation.value(optionsOption) ?? workload.options
        workload.iterations = try invocation.value(iterationsOption) ?? workload.iterations
        workload.years = try invocation.value(yearsOption) ?? workload.years
        if let name = try invocation.value(instructionsOption), let instructions = VectorInstructions(rawValue: name) {
            workload.instructions = instructions
            try MonteCarloBenchmark.validate(workload)
        }
        return workload
    }

    /// The Monte Carlo benchmark: one warm-up, then `repeats` timed runs of the fixed workload; the median and fastest
    /// wall time, option-iterations per second at each, the phases of the fastest run, the process's peak resident
    /// memory, and the fastest run's percentiles by option.
    func montecarlo(in context: CommandContext) throws -> Reply {
        let environment = context.environment
        let control = SimulationControl(isCancelled: { environment.isCancelled })
        _ = try Self.timedMonteCarlo(monteCarlo, control: control)
        var runs: [MonteCarloRun] = []
        var cpuSeconds: [Double] = []
        for index in 0..<repeats {
            let progress = environment.progress
            let base = Double(index) / Double(repeats)
            let step = SimulationControl(
                isCancelled: { environment.isCancelled },
                progress: progress.map { report in { @Sendable fraction in report(base + fraction / Double(repeats)) } })
            let cpuBefore = clock()
            runs.append(try Self.timedMonteCarlo(monteCarlo, control: step))
            cpuSeconds.append(Double(clock() - cpuBefore) / Double(CLOCKS_PER_SEC))
        }
        let order = runs.indices.sorted { runs[$0].seconds < runs[$1].seconds }
        let fastest = runs[order[0]]
        let median = runs[order[order.count / 2]]
        // Processor time of all threads: on a machine shared with other work the wall time grows but this does not,
        // so CPU / threads estimates the wall time on idle cores.
        let cpu = cpuSeconds.sorted()[cpuSeconds.count / 2]
        let idleRate = Double(monteCarlo.options * monteCarlo.iterations) / (cpu / Double(max(1, monteCarlo.threads)))
        let w = monteCarlo
        let size = "\(w.options) options × \(MoneyFormat.grouped(Double(w.iterations))) iterations × \(w.years) years"
        var summary = ReportTable(
            title: "bench montecarlo: \(size), \(repeats) run\(repeats == 1 ? "" : "s") after one warm-up, \(w.threads) threads",
            columns: [
                ReportColumn("run", "Run"), ReportColumn("wall_ms", "Wall", unit: "ms"),
                ReportColumn("rate", "Option-iterations/s", unit: "million"),
                ReportColumn("sampling_ms", "Sampling", unit: "ms"), ReportColumn("percentiles_ms", "Percentiles", unit: "ms"),
            ])
        for (name, run) in [("median", median), ("fastest", fastest)] {
            let wall: ReportCell = .number(run.seconds * 1_000, decimals: 1)
            let rate: ReportCell = .number(run.optionIterationsPerSecond / 1e6, decimals: 2)
            let sampling: ReportCell = .number(run.samplingSeconds * 1_000, decimals: 1)
            let percentiles: ReportCell = .number(run.percentileSeconds * 1_000, decimals: 1)
            summary.append([.text(name), wall, rate, sampling, percentiles])
        }
        var options = ReportTable(
            title: "NPV at 3.5% by option (the fastest run; every run gives the same figures)",
            columns: [
                ReportColumn("option", "Option"), ReportColumn("m", "Saving m", unit: "£"),
                ReportColumn("c", "Cost c", unit: "£"), ReportColumn("mean", "Mean", unit: "£"),
                ReportColumn("p5", "P5", unit: "£"), ReportColumn("p50", "P50", unit: "£"), ReportColumn("p95", "P95", unit: "£"),
            ])
        for (index, q) in fastest.percentiles.enumerated() {
            options.append([
                .integer(index + 1), .money(MonteCarloBenchmark.Workload.saving(option: index + 1)),
                .money(MonteCarloBenchmark.Workload.cost(option: index + 1)), .money(fastest.means[index].pounds),
                .money(q.p5.pounds), .money(q.p50.pounds), .money(q.p95.pounds),
            ])
        }
        let peak = ProcessStatus.peakResidentBytes()
        var notes = [
            "Build: \(Self.configuration); machine: \(Self.machine). Option i saves Triangular(0.70m, m, 1.35m) in each of years 1–\(w.years), m = £20k + (i − 1) × £10k, against a year-0 cost of PERT(0.9c, c, 1.6c), c = £50k + (i − 1) × £60k; NPV at 3.5%; percentiles type 7 (linear interpolation between order statistics). Seed \(w.seed).",
        ]
        notes.append(
            "Vector instructions of the samplers: \(w.instructions.label); the widest this processor has that they are built for: \(VectorInstructions.available.label) (--instructions chooses; every choice gives the same figures).")
        notes.append(
            "Processor time (all threads, median run): \(MoneyFormat.fixed(cpu * 1_000, decimals: 1)) ms, so on \(w.threads) idle core\(w.threads == 1 ? "" : "s") about \(MoneyFormat.fixed(idleRate / 1e6, decimals: 1)) million option-iterations/s; wall times above include waiting for other processes.")
        if let peak {
            notes.append("Peak resident memory of the process (VmHWM): \(MoneyFormat.fixed(Double(peak) / 1_048_576, decimals: 1)) MB; the NPVs take \(MoneyFormat.fixed(Double(w.options * w.iterations * 8) / 1_048_576, decimals: 1)) MB of it.")
        }
        let data: [(String, JSONValue)] = [
            ("workload", .string(Workload.montecarlo.rawValue)), ("build", .string(Self.configuration)),
            ("machine", .string(Self.machine)),
            ("options", .number(Double(w.options))), ("iterations", .number(Double(w.iterations))),
            ("years", .number(Double(w.years))), ("threads", .number(Double(w.threads))), ("instructions", .string(w.instructions.rawValue)), ("repeats", .number(Double(repeats))),
            ("median_seconds", .number(median.seconds)), ("fastest_seconds", .number(fastest.seconds)),
            ("option_iterations_per_second", .number(median.optionIterationsPerSecond)),
            ("fastest_option_iterations_per_second", .number(fastest.optionIterationsPerSecond)),
            ("cpu_seconds", .number(cpu)), ("idle_core_option_iterations_per_second", .number(idleRate)),
            ("sampling_seconds", .number(fastest.samplingSeconds)), ("percentile_seconds", .number(fastest.percentileSeconds)),
            ("peak_resident_bytes", peak.map { .number(Double($0)) } ?? .null),
            ("percentiles", .array(fastest.percentiles.map { q in
                .object([("p5", .number(q.p5.pounds)), ("p50", .number(q.p50.pounds)), ("p95", .number(q.p95.pounds))])
            })),
        ]
        return Reply(blocks: [.table(summary), .table(options)] + notes.map(ReplyBlock.note), data: data)
    }
}
