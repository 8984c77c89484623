public import WorkbenchSampling

/// Gamma(shape, 1) draws for shape ≥ 1 by Marsaglia and Tsang's method ("A Simple Method for Generating Gamma
/// Variables", ACM TOMS 26(3), 2000): d = shape − ⅓, c = 1/√(9d); draw a normal z with v = (1 + cz)³ > 0 and a
/// uniform u; accept dv when u < 1 − 0.0331 z⁴ (the squeeze, about 98% of draws) or ln u < z²/2 + d(1 − v + ln v).
/// Exact. PERT's Beta shapes are always at least 1, so the shape < 1 boost is not needed.
public struct GammaSampler: Sendable, Hashable {
    /// The shape (at least 1).
    public let shape: Double
    private let d: Double
    private let c: Double

    /// Makes a sampler; `shape` must be at least 1 (smaller shapes are raised to 1).
    public init(shape: Double) {
        self.shape = max(shape, 1)
        d = self.shape - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
    }

    /// One draw.
    @inline(__always)
    public func next(_ rng: inout Xoshiro256StarStar, normal: NormalSampler) -> Double {
        while true {
            var z: Double
            var v: Double
            repeat {
                z = normal.next(&rng)
                v = 1 + c * z
            } while v <= 0
            v = v * v * v
            let u = rng.openUnit()
            let z2 = z * z
            if u < 1 - 0.0331 * z2 * z2 { return d * v }
            if PortableMath.log(u) < 0.5 * z2 + d * (1 - v + PortableMath.log(v)) { return d * v }
        }
    }
}
