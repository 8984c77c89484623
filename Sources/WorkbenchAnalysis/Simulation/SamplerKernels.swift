public import WorkbenchSampling
import WorkbenchSamplingAVX2

/// The samplers' hot loops, run with the vector instructions this process selected (`VectorInstructions.selected`):
/// the AVX2 build of a loop (`AVX2Samplers`) where the processor has AVX2, the baseline build otherwise. The two give
/// the same values to the bit; `bench montecarlo` and `simulate` draw through here.
public enum SamplerKernels {
    /// `triangular.accumulate(into:count:weight:_:)` with `instructions` (by default the selected ones).
    @inline(__always)
    public static func accumulate(
        _ triangular: TriangularMinMax, into values: UnsafeMutablePointer<Double>, count: Int, weight: Double,
        _ rng: inout Xoshiro256StarStarX4, instructions: VectorInstructions = .selected
    ) {
        switch instructions {
        case .avx2: AVX2Samplers.accumulate(triangular, into: values, count: count, weight: weight, &rng)
        case .baseline: triangular.accumulate(into: values, count: count, weight: weight, &rng)
        }
    }

    /// `pert.fill(_:count:scale:_:)` with `instructions` (by default the selected ones).
    @inline(__always)
    public static func fill(
        _ pert: PertLanes, _ values: UnsafeMutablePointer<Double>, count: Int, scale: Double,
        _ rng: inout Xoshiro256StarStarX4, instructions: VectorInstructions = .selected
    ) {
        switch instructions {
        case .avx2: AVX2Samplers.fill(pert, values, count: count, scale: scale, &rng)
        case .baseline: pert.fill(values, count: count, scale: scale, &rng)
        }
    }
}
