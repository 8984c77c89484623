/// Triangular draws without a square root, four lanes at a time, by Stein and Keblis's construction ("A new method to
/// simulate the triangular distribution", Mathematical and Computer Modelling 49, 2009): for independent uniforms U
/// and V, (1 − c)·min(U, V) + c·max(U, V) is Triangular(0, c, 1). Since min = (U + V − |U − V|)/2 and
/// max = (U + V + |U − V|)/2, a draw is low + (high − low)·((U + V)/2 + (c − ½)|U − V|): no comparison, no branch.
///
/// One 64-bit generator output gives both uniforms, its high and low 32 bits (U = hi/2³², V = lo/2³²), so a draw costs
/// one output, two additions, a sign mask and two multiplications; the draws are float64 on a grid of
/// (high − low)/2³³ (about 10⁻¹⁰ of the range), where the inverse CDF's are on a grid of uneven spacing.
public struct TriangularMinMax: Sendable {
    /// The low end.
    public let low: Double
    /// The mode.
    public let mode: Double
    /// The high end.
    public let high: Double

    /// A sampler of Triangular(low, mode, high) (low < high; low ≤ mode ≤ high).
    public init(low: Double, mode: Double, high: Double) {
        self.low = low
        self.mode = mode
        self.high = high
    }

    /// The three constants of `weight × draw` = a + s·(U′ + V′) + t·|U′ − V′|, U′ and V′ the two 32-bit halves as
    /// whole numbers.
    @inlinable @inline(__always)
    func constants(weight: Double) -> (a: Double, s: Double, t: Double) {
        let width = weight * (high - low)
        let c = (mode - low) / (high - low)
        return (weight * low, width * 0x1p-33, width * (c - 0.5) * 0x1p-32)
    }

    /// `weight × draw` from one 64-bit output, exactly as the four-lane loop computes it (for tests and references).
    public func weighted(_ bits: UInt64, weight: Double) -> Double {
        let k = constants(weight: weight)
        let u = Double(bits >> 32)
        let v = Double(bits & 0xFFFF_FFFF)
        return k.a + k.s * (u + v) + k.t * Swift.abs(u - v)
    }

    /// Adds `weight × draw` to `values[k]` for k in 0..<count (a multiple of 4), value k drawn from lane k mod 4, the
    /// lanes' outputs taken in order.
    @inlinable @inline(__always)
    public func accumulate(into values: UnsafeMutablePointer<Double>, count: Int, weight: Double, _ rng: inout Xoshiro256StarStarX4) {
        let k = constants(weight: weight)
        // Whole numbers below 2³² as doubles: the bits put in the significand of 2⁵², and 2⁵² taken off (exact).
        let magic = SIMD4<UInt64>(repeating: 0x4330_0000_0000_0000)
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let noSign = SIMD4<UInt64>(repeating: 0x7FFF_FFFF_FFFF_FFFF)
        let raw = UnsafeMutableRawPointer(values)
        var generator = rng
        var index = 0
        while index < count {
            let bits = generator.next()
            let u = unsafeBitCast((bits &>> 32) | magic, to: SIMD4<Double>.self) - 0x1p52
            let v = unsafeBitCast((bits & low32) | magic, to: SIMD4<Double>.self) - 0x1p52
            let gap = unsafeBitCast(unsafeBitCast(u - v, to: SIMD4<UInt64>.self) & noSign, to: SIMD4<Double>.self)
            let offset = index &* 8
            let old = raw.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            raw.storeBytes(of: old + (k.a + k.s * (u + v) + k.t * gap), toByteOffset: offset, as: SIMD4<Double>.self)
            index &+= 4
        }
        rng = generator
    }
}
