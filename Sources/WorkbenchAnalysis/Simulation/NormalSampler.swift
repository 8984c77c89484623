public import WorkbenchSampling

/// Standard normal draws by the ziggurat method (Marsaglia and Tsang, "The Ziggurat Method for Generating Random
/// Variables", J. Stat. Software 5(8), 2000) in Doornik's ZIGNOR form ("An Improved Ziggurat Method to Generate
/// Normal Random Samples", 2005): 128 layers, R = 3.442619855899, V = 9.91256303526217e-3, the layer index and the
/// uniform taken from separate bits of one 64-bit draw, the tail by Marsaglia's exponential method. Exact: about 99%
/// of draws need one comparison; the rest use `PortableMath.exp` and `log`, so draws are the same on every machine.
public struct NormalSampler: @unchecked Sendable {
    // Immutable after `shared` builds them; never freed (one pair for the process).
    private let x: UnsafeMutablePointer<Double>
    private let ratio: UnsafeMutablePointer<Double>

    private static let layers = 128
    private static let r = 3.442619855899
    private static let v = 9.91256303526217e-3

    /// The one set of tables, built on first use.
    public static let shared = NormalSampler()

    private init() {
        let c = Self.layers
        x = .allocate(capacity: c + 1)
        ratio = .allocate(capacity: c)
        var f = PortableMath.exp(-0.5 * Self.r * Self.r)
        x[0] = Self.v / f
        x[1] = Self.r
        x[c] = 0
        for i in 2..<c {
            x[i] = (-2 * PortableMath.log(Self.v / x[i - 1] + f)).squareRoot()
            f = PortableMath.exp(-0.5 * x[i] * x[i])
        }
        for i in 0..<c { ratio[i] = x[i + 1] / x[i] }
    }

    /// One standard normal draw.
    @inline(__always)
    public func next(_ rng: inout Xoshiro256StarStar) -> Double {
        let bits = rng.next()
        let i = Int(bits & 0x7F)
        // Bits 11…63 as a signed value in [-2^52, 2^52), scaled to [-1, 1); bits 0…6 chose the layer.
        let u = Double(Int64(bitPattern: bits) &>> 11) * 0x1p-52
        if Swift.abs(u) < ratio[i] { return u * x[i] }
        let (value, advanced) = slow(layer: i, u: u, rng)
        rng = advanced
        return value
    }

    /// The rare cases (about 1.2% of draws), kept out of line so that the common path stays small: the base layer's
    /// tail, a wedge test, or a fresh draw after a rejection. The generator goes in and out by value, so that on the
    /// common path its state can stay in registers rather than in memory for an `inout` call.
    @inline(never)
    private func slow(layer: Int, u: Double, _ generator: Xoshiro256StarStar) -> (Double, Xoshiro256StarStar) {
        var rng = generator
        var i = layer
        var u = u
        while true {
            if i == 0 { return (tail(negative: u < 0, &rng), rng) }
            let candidate = u * x[i]
            let f0 = PortableMath.exp(-0.5 * (x[i] * x[i] - candidate * candidate))
            let f1 = PortableMath.exp(-0.5 * (x[i + 1] * x[i + 1] - candidate * candidate))
            if f1 + rng.unit() * (f0 - f1) < 1 { return (candidate, rng) }
            let bits = rng.next()
            i = Int(bits & 0x7F)
            u = Double(Int64(bitPattern: bits) &>> 11) * 0x1p-52
            if Swift.abs(u) < ratio[i] { return (u * x[i], rng) }
        }
    }

    /// Beyond R: Marsaglia's method, x = −ln(U₁)/R, y = −ln(U₂), accepted when 2y > x².
    private func tail(negative: Bool, _ rng: inout Xoshiro256StarStar) -> Double {
        while true {
            let t = PortableMath.log(rng.openUnit()) / Self.r
            let y = PortableMath.log(rng.openUnit())
            if -2 * y >= t * t { return negative ? t - Self.r : Self.r - t }
        }
    }
}
