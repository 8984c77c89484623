public import WorkbenchSampling

/// The samplers' hot loops compiled for AVX2: this module is built with AVX2 code generation on x86-64 (see
/// `Package.swift`), and each function here is the `@inlinable` loop of `WorkbenchSampling` inlined into it, so the
/// same Swift source becomes 256-bit vector code (one register holds the four lanes that take two on baseline
/// x86-64, and the generator's state no longer spills).
///
/// Call these only where the processor has AVX2 (`VectorInstructions.available`): on one without it they stop the
/// process with an illegal instruction. The arithmetic is the same operations in the same order (AVX2 brings no fused
/// multiply-add), so every result equals the baseline loop's to the bit, which the tests check. Not inlined into
/// callers: inlined, a loop would be compiled for the caller's baseline instruction set instead.
public enum AVX2Samplers {
    /// `triangular.accumulate(into:count:weight:_:)`, compiled for AVX2.
    @inline(never)
    public static func accumulate(
        _ triangular: TriangularMinMax, into values: UnsafeMutablePointer<Double>, count: Int, weight: Double,
        _ rng: inout Xoshiro256StarStarX4
    ) {
        triangular.accumulate(into: values, count: count, weight: weight, &rng)
    }

    /// `pert.fill(_:count:scale:_:)`, compiled for AVX2.
    @inline(never)
    public static func fill(
        _ pert: PertLanes, _ values: UnsafeMutablePointer<Double>, count: Int, scale: Double, _ rng: inout Xoshiro256StarStarX4
    ) {
        pert.fill(values, count: count, scale: scale, &rng)
    }
}
