import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchSampling

/// The benchmark's figures the same whichever vector instructions it runs (the loops themselves are compared in
/// `WorkbenchSamplingTests`). Skipped, with the reason, on a processor without AVX2, where the AVX2 loops cannot run.
@Suite(.enabled(if: VectorInstructions.available == .avx2, "this processor has no AVX2, so the AVX2 loops cannot run here"))
struct SimulationInstructionsTests {
    @Test func theBenchmarkGivesTheSameFiguresWithEitherInstructions() throws {
        var workload = MonteCarloBenchmark.Workload(options: 3, iterations: 5_001, years: 10, seed: 9, threads: 2)
        workload.instructions = .baseline
        let baseline = try MonteCarloBenchmark.run(workload)
        workload.instructions = .avx2
        let wide = try MonteCarloBenchmark.run(workload)
        #expect(baseline.means.map(\.pounds.bitPattern) == wide.means.map(\.pounds.bitPattern))
        let quantiles = { (outcome: MonteCarloBenchmark.Outcome) in
            outcome.percentiles.flatMap { [$0.p5.pounds.bitPattern, $0.p50.pounds.bitPattern, $0.p95.pounds.bitPattern] }
        }
        #expect(quantiles(baseline) == quantiles(wide))
    }
}

/// What the benchmark accepts wherever the tests run.
@Suite struct BenchmarkInstructionsTests {
    @Test func theBaselineIsAlwaysAccepted() throws {
        try MonteCarloBenchmark.validate(MonteCarloBenchmark.Workload(instructions: .baseline))
    }

    @Test(.enabled(if: VectorInstructions.available == .baseline, "this processor has AVX2, so asking for it is accepted"))
    func askingForAVX2WithoutItIsRefusedNamingTheOption() {
        #expect(throws: WorkbenchError.self) {
            try MonteCarloBenchmark.validate(MonteCarloBenchmark.Workload(instructions: .avx2))
        }
    }
}
