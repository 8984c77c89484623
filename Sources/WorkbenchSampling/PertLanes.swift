/// Beta-PERT draws (λ = 4) four lanes at a time: low + (high − low) × B with B ~ Beta(α, β),
/// α = 1 + 4(mode − low)/(high − low), β = 1 + 4(high − mode)/(high − low), drawn by `BetaStripSampler`.
public struct PertLanes: Sendable {
    /// The low end.
    public let low: Double
    /// The high end.
    public let high: Double
    /// The Beta sampler.
    public let beta: BetaStripSampler

    /// A sampler of PERT(low, mode, high), low < high.
    public init(low: Double, mode: Double, high: Double) {
        self.low = low
        self.high = high
        beta = BetaStripSampler.shared(alpha: 1 + 4 * (mode - low) / (high - low), beta: 1 + 4 * (high - mode) / (high - low))
    }

    /// `scale × draw` from one scalar draw, as `fill` computes it (for tests and references).
    public func scaled(_ rng: inout Xoshiro256StarStar, scale: Double) -> Double {
        scale * (low + (high - low) * beta.next(&rng))
    }

    /// Sets `values[k] = scale × draw` for k in 0..<count (a multiple of 4), value k from lane k mod 4.
    @inlinable @inline(__always)
    public func fill(_ values: UnsafeMutablePointer<Double>, count: Int, scale: Double, _ rng: inout Xoshiro256StarStarX4) {
        let raw = UnsafeMutableRawPointer(values)
        var generator = rng
        var index = 0
        while index < count {
            let draw = low + (high - low) * beta.next4(&generator)
            raw.storeBytes(of: scale * draw, toByteOffset: index &* 8, as: SIMD4<Double>.self)
            index &+= 4
        }
        rng = generator
    }
}
