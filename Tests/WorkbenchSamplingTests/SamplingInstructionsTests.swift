import Foundation
import Testing
import WorkbenchSampling
import WorkbenchSamplingAVX2

/// The samplers' AVX2 loops (`AVX2Samplers`, optimised even in debug builds) against the baseline loops they inline
/// (`TriangularMinMax.accumulate`, `PertLanes.fill`): the same values to the bit and the generators left at the same
/// points, for triangular and PERT shapes (the PERT ones reaching the squeeze's slow path and rejections), block
/// lengths, weights and seeds. Skipped, with the reason, on a processor without AVX2, where they cannot run.
@Suite(.enabled(if: VectorInstructions.available == .avx2, "this processor has no AVX2, so the AVX2 loops cannot run here"))
struct SamplingInstructionsTests {
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
                    triangular.accumulate(into: $0.baseAddress!, count: count, weight: weight, &rngBaseline)
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
                    pert.fill($0.baseAddress!, count: count, scale: scale, &rngBaseline)
                }
                wide.withUnsafeMutableBufferPointer {
                    AVX2Samplers.fill(pert, $0.baseAddress!, count: count, scale: scale, &rngWide)
                }
                #expect(baseline.map(\.bitPattern) == wide.map(\.bitPattern), "count \(count), scale \(scale)")
                #expect(words(rngBaseline) == words(rngWide))
            }
        }
    }
}

/// What the run-time choice of instructions promises wherever the tests run.
@Suite struct VectorInstructionsTests {
    @Test func theSelectionNeverExceedsWhatTheProcessorHas() {
        #expect(VectorInstructions.selected == .baseline || VectorInstructions.selected == VectorInstructions.available)
    }

    #if os(Linux) && arch(x86_64)
    @Test func avx2IsAvailableExactlyWhenBuiltForItAndTheKernelReportsIt() throws {
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let flags = try #require(cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") })
        let reported = flags.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains("avx2")
        #expect((VectorInstructions.available == .avx2) == (reported && VectorInstructions.builtForAVX2))
    }

    @Test(.enabled(
        if: ProcessInfo.processInfo.environment["WORKBENCH_BASELINE_ONLY"] == nil,
        "WORKBENCH_BASELINE_ONLY is set, so this build leaves the AVX2 loops out"))
    func anX86BuildCompilesTheAVX2Loops() {
        #expect(VectorInstructions.builtForAVX2)
    }
    #endif
}
