import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchSampling

/// `bench <workload> [--repeat <n>]`: times a named workload on generated data and reports the median and fastest
/// run in milliseconds. Figures are for the build that runs it; the performance bars are for a release build.
///
/// To add a workload: add a case to `Workload`, write its `static func` in `BenchCommand+<Name>.swift` returning
/// `[BenchCommand.Timing]`, and add its line to the `switch` in `run(in:)`.
struct BenchCommand: ShellCommand {
    /// The workloads that can be timed.
    enum Workload: String, CaseIterable {
        /// TOPSIS on 10,000 options × 8 criteria, with the weighted sum and PROMETHEE for comparison.
        case mcda
        /// The fixed Monte Carlo workload: 20 options × 100,000 iterations × 10 years (`BenchCommand+MonteCarlo`).
        case montecarlo
        /// Time to a ready engine with all modules: open the workspace and register every module.
        case startup
        /// The full comparative table for all London authorities (`compare --all`).
        case compare
        /// Exact set partitioning over connected groups: London k ≤ 4 (and England k ≤ 3 when imported).
        case partition
    }

    /// One timed case of a workload.
    struct Timing {
        /// What was timed.
        var name: String
        /// The problem size, in words.
        var size: String
        /// Each run's time in milliseconds.
        var milliseconds: [Double]

        /// The median run.
        var median: Double {
            let sorted = milliseconds.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }

        /// The fastest run.
        var fastest: Double { milliseconds.min() ?? 0 }
    }

    static let spec = CommandSpec(
        name: "bench", abstract: "Time a workload on generated data (use a release build for the published figures).",
        discussion: """
            Workloads: \(Workload.allCases.map(\.rawValue).joined(separator: ", ")). Each case runs once to warm up, then
            --repeat times (default 20); the reply gives the median and fastest run in milliseconds. Times depend on the
            machine and the build: 'swift build -c release' for the figures the issues set.
            """,
        category: "Diagnostics",
        arguments: [ArgumentSpec("workload", "what to time", completion: .values(Workload.allCases.map(\.rawValue)))],
        options: [
            repeatOption.spec, optionsOption.spec, iterationsOption.spec, yearsOption.spec, instructionsOption.spec, alsoOption.spec,
        ],
        examples: ["bench mcda", "bench mcda --repeat 100", "bench montecarlo", "bench montecarlo --iterations 1000000", "bench montecarlo --instructions baseline", "bench startup", "bench compare", "bench partition"])

    /// `--repeat n`.
    static let repeatOption = Option<Int>.integer("--repeat", "timed runs per case (default 20; 5 for montecarlo)", in: 1...1000)
    /// `--options n` (montecarlo).
    static let optionsOption = Option<Int>.integer("--options", "montecarlo: options (default 20)", in: 1...1_000)
    /// `--iterations n` (montecarlo: a benchmark's own workload, not the `iterations` setting).
    static let iterationsOption = Option<Int>.integer(
        "--iterations", "montecarlo: iterations per option (default 100,000)", in: 10...10_000_000)
    /// `--years n` (montecarlo).
    static let yearsOption = Option<Int>.integer("--years", "montecarlo: years of savings (default 10)", in: 1...100)

    /// `--instructions baseline|avx2` (montecarlo): the samplers' vector instructions, to compare the two builds.
    static let instructionsOption = Option<String>.choice(
        "--instructions", value: "set",
        "montecarlo: the samplers' vector instructions (default: the widest this processor has)",
        VectorInstructions.allCases.map(\.rawValue))

    /// `--also DIR` (startup): a second workspace to time, for example one with England imported.
    static let alsoOption = Option<String>.text(
        "--also", value: "folder", "startup: also time the workspace in this folder (e.g. one with England imported)",
        completion: .file)

    let workload: Workload
    let repeats: Int
    /// The second workspace of `bench startup --also`.
    let also: String?
    /// The Monte Carlo workload's size (montecarlo only).
    let monteCarlo: MonteCarloBenchmark.Workload

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let name = invocation.arguments[0]
        guard let workload = Workload(rawValue: name) else {
            let names = Workload.allCases.map(\.rawValue)
            throw WorkbenchError(
                .invalidArgument, "Unknown workload '\(name)'." + Suggestions.didYouMean(name, in: names),
                hint: "Workloads: \(names.joined(separator: ", ")).", location: .init(argument: "<workload>"))
        }
        self.workload = workload
        repeats = try invocation.value(Self.repeatOption) ?? (workload == .montecarlo ? 5 : 20)
        monteCarlo = try Self.monteCarloWorkload(invocation)
        also = try invocation.value(Self.alsoOption)
        if also != nil, workload != .startup {
            throw WorkbenchError(
                .usage, "The option '--also' applies only to 'bench startup'.", hint: "Usage: \(Self.spec.usage)",
                location: .init(argument: "--also"))
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        let timings: [Timing]
        switch workload {
        case .mcda: timings = try Self.mcda(repeats: repeats)
        case .montecarlo: return try montecarlo(in: context)
        case .startup: timings = try Self.startup(repeats: repeats, also: also, context: context)
        case .compare: timings = try Self.compare(repeats: repeats, context: context)
        case .partition: return try partition(in: context)
        }
        var table = ReportTable(
            title: "bench \(workload.rawValue): \(repeats) run\(repeats == 1 ? "" : "s") per case after one warm-up",
            columns: [
                ReportColumn("case", "Case"), ReportColumn("size", "Size"),
                ReportColumn("median_ms", "Median", unit: "ms"), ReportColumn("fastest_ms", "Fastest", unit: "ms"),
            ])
        for timing in timings {
            table.append([.text(timing.name), .text(timing.size), .number(timing.median, decimals: 3), .number(timing.fastest, decimals: 3)])
        }
        let notes = ["Build: \(Self.configuration); machine: \(Self.machine). Times depend on the machine; the bars are for a release build."]
            + (workload == .mcda ? Self.mcdaNotes(repeats: repeats) : [])
        return Reply(
            blocks: [.table(table)] + notes.map(ReplyBlock.note),
            data: [
                ("workload", .string(workload.rawValue)), ("build", .string(Self.configuration)),
                ("machine", .string(Self.machine)), ("cores", .number(Double(Self.cores))),
                ("cases", .array(timings.map { timing in
                    .object([
                        ("case", .string(timing.name)), ("size", .string(timing.size)),
                        ("median_ms", .number(timing.median)), ("fastest_ms", .number(timing.fastest)),
                    ])
                })),
            ])
    }

    /// `debug` or `release`, as compiled.
    static var configuration: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }

    /// Processors available to the process.
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `2 cores, x86_64 Linux`: the processors available and the platform, for the notes of every workload.
    static var machine: String {
        #if arch(x86_64)
            let architecture = "x86_64"
        #elseif arch(arm64)
            let architecture = "arm64"
        #else
            let architecture = "other architecture"
        #endif
        #if os(Linux)
            let system = "Linux"
        #elseif os(macOS)
            let system = "macOS"
        #else
            let system = "other system"
        #endif
        return "\(cores) core\(cores == 1 ? "" : "s"), \(architecture) \(system)"
    }

    /// Runs `body` once to warm up, then `repeats` times, timing each run.
    static func time(_ repeats: Int, _ body: () throws -> Void) rethrows -> [Double] {
        try body()
        let clock = ContinuousClock()
        var out: [Double] = []
        out.reserveCapacity(repeats)
        for _ in 0..<repeats {
            let elapsed = try clock.measure(body)
            out.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return out
    }
}
