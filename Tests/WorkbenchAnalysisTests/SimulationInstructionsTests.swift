import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchSampling
import WorkbenchSamplingAVX2

/// The samplers' AVX2 loops (`AVX2Samplers`) against their baseline build: the same values to the bit and the
/// generators left at the same points, for triangular and PERT shapes (the PERT ones reaching the squeeze's slow path
/// and rejections), block lengths and seeds; and the benchmark's figures the same whichever instructions it runs.
/// Skipped, with the reason, on a processor without AVX2, where the AVX2 loops cannot run.
@Suite(.enabled(if: VectorInstructions.available == .avx2, "this processor has no AVX2, so the AVX2 loops cannot run here"))
struct SimulationInstructionsTests {
    /// The four lanes' state words, for comparing where two generators stand.
    private func words(_ rng: Xoshiro256StarStarX4) -> [UInt64] {
        let (l0, l1, l2, l3) = rng.lanes
        return [l0, l1, l2, l3].flatMap { [$0.state.0, $0.state.1, $0.state.2, $0.state.3] }
    }

    /// Starting values to add to: seeded, signed, of mixed size, so that a wrong addition order would show.
    private func starting(_ count: Int, seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in (rng.unit() - 0.5) * 1e6 }
    }

    @Test(arguments: [
        (0.70, 1.0, 1.35), (0.0, 0.0, 1.0), (0.0, 1.0, 1.0), (-5e5, 2e5, 9e6), (1e-9, 3e-9, 4e-9),
    ])
    func triangularAVX2EqualsBaselineToTheBit(low: Double, mode: Double, high: Double) {
        let triangular = TriangularMinMax(low: low, mode: mode, high: high)
        for (count, seed) in [(4, UInt64(1)), (100, 2), (2_048, 3), (8_192, 4)] {
            for weight in [1.0, -52_345.678, 0.966_183_574_879_227] {
                var baseline = starting(count, seed: seed)
                var wide = baseline
                var rngBaseline = Xoshiro256StarStarX4(seed: seed, option: 7, block: count)
                var rngWide = rngBaseline
                baseline.withUnsafeMutableBufferPointer {
                    SamplerKernels.accumulate(
                        triangular, into: $0.baseAddress!, count: count, weight: weight, &rngBaseline, instructions: .baseline)
                }
                wide.withUnsafeMutableBufferPointer {
                    AVX2Samplers.accumulate(triangular, into: $0.baseAddress!, count: count, weight: weight, &rngWide)
                }
                #expect(baseline.map(\.bitPattern) == wide.map(\.bitPattern), "count \(count), weight \(weight)")
                #expect(words(rngBaseline) == words(rngWide))
            }
        }
    }

    // About 1% of PERT candidates miss the squeeze, so blocks of 2,048 and 65,536 draws take the slow path
    // (`finish`, scalar) in both builds, and rejections too.
    @Test(arguments: [(0.9, 1.0, 1.6), (0.0, 0.5, 1.0), (0.0, 0.0, 1.0), (2.0, 9.0, 10.0), (-3e5, -1e5, 4e5)])
    func pertAVX2EqualsBaselineToTheBit(low: Double, mode: Double, high: Double) {
        let pert = PertLanes(low: low, mode: mode, high: high)
        for (count, seed) in [(4, UInt64(11)), (2_048, 12), (65_536, 13)] {
            for scale in [1.0, -50_000.0] {
                var baseline = [Double](repeating: .nan, count: count)
                var wide = baseline
                var rngBaseline = Xoshiro256StarStarX4(seed: seed, option: 2, block: 9)
                var rngWide = rngBaseline
                baseline.withUnsafeMutableBufferPointer {
                    SamplerKernels.fill(pert, $0.baseAddress!, count: count, scale: scale, &rngBaseline, instructions: .baseline)
                }
                wide.withUnsafeMutableBufferPointer {
                    AVX2Samplers.fill(pert, $0.baseAddress!, count: count, scale: scale, &rngWide)
                }
                #expect(baseline.map(\.bitPattern) == wide.map(\.bitPattern), "count \(count), scale \(scale)")
                #expect(words(rngBaseline) == words(rngWide))
            }
        }
    }

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

/// What the run-time choice of instructions promises wherever the tests run.
@Suite struct VectorInstructionsTests {
    @Test func theSelectionNeverExceedsWhatTheProcessorHas() {
        #expect(VectorInstructions.selected == .baseline || VectorInstructions.selected == VectorInstructions.available)
    }

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
