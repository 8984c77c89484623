import Synchronization

/// Beta(α, β) draws for α, β ≥ 1 by rejection from a table of strips (the "strip" or "table-mountain" form of
/// rejection, Devroye, Non-Uniform Random Variate Generation, 1986, §VIII.2): [0, 1] is cut into 1,024 strips of
/// equal envelope area, strip i being [x_i, x_{i+1}] × [0, h_i] with h_i at least the density's maximum on it. A draw
/// picks a strip with 10 bits of one generator output and a point x in it with that output's top 53 bits, then takes a
/// uniform y from a second output: it is accepted at once when y < s_i (s_i = the density's minimum on the strip over
/// h_i, shaded down by 10⁻¹²: the squeeze, about 99% of draws), otherwise when y·h_i < f(x), and otherwise drawn
/// again. Exact for any table in which every h_i bounds the density (the unnormalised density is unimodal, so its
/// maximum on a strip is at an end or at the mode); the table only decides how often the squeeze suffices.
///
/// The density f(x) = exp((α − 1)·ln x + (β − 1)·ln(1 − x)) is computed with `PortableMath`, so draws are the same on
/// every machine. Two outputs per candidate; four lanes at a time by `next4`, lane for lane the values of `next`.
public struct BetaStripSampler: Sendable {
    /// α (at least 1).
    public let alpha: Double
    /// β (at least 1).
    public let beta: Double
    /// Strip i: left end, width, envelope height, squeeze ratio.
    @usableFromInline let left: [Double]
    @usableFromInline let width: [Double]
    @usableFromInline let height: [Double]
    @usableFromInline let squeeze: [Double]

    /// The number of strips.
    public static let strips = 1_024

    /// Samplers already built, by (α, β): a table takes about 50 ms to build, so each shape is built once a process.
    private static let built = Mutex<[[Double]: BetaStripSampler]>([:])

    /// The sampler of Beta(α, β), built on first use and shared after (the same values as `init(alpha:beta:)`).
    public static func shared(alpha: Double, beta: Double) -> BetaStripSampler {
        if let sampler = built.withLock({ $0[[alpha, beta]] }) { return sampler }
        let sampler = BetaStripSampler(alpha: alpha, beta: beta)
        built.withLock { $0[[alpha, beta]] = sampler }
        return sampler
    }

    /// A sampler of Beta(α, β); α and β are raised to at least 1.
    public init(alpha: Double, beta: Double) {
        let a = Swift.max(alpha, 1)
        let b = Swift.max(beta, 1)
        self.alpha = a
        self.beta = b
        func f(_ x: Double) -> Double { Self.density(x, a - 1, b - 1) }
        let mode = a + b > 2 ? (a - 1) / (a + b - 2) : 0.5
        // The largest and smallest density on [x0, x1], for a unimodal density with its mode at `mode`.
        func maximum(_ x0: Double, _ x1: Double) -> Double {
            x0 <= mode && mode <= x1 ? f(mode) : Swift.max(f(x0), f(x1))
        }
        func minimum(_ x0: Double, _ x1: Double) -> Double { Swift.min(f(x0), f(x1)) }
        // Strips of area `area` from 0: each as wide as possible with width × maximum ≤ area (bisection).
        func cut(_ area: Double) -> [Double] {
            var ends = [0.0]
            var x0 = 0.0
            while x0 < 1, ends.count <= Self.strips {
                var lo = x0
                var hi = 1.0
                if (hi - x0) * maximum(x0, hi) <= area {
                    lo = hi
                } else {
                    for _ in 0..<40 {
                        let mid = 0.5 * (lo + hi)
                        if (mid - x0) * maximum(x0, mid) <= area { lo = mid } else { hi = mid }
                    }
                }
                guard lo > x0 else { break }
                ends.append(lo)
                x0 = lo
            }
            return ends
        }
        // The smallest area whose strips reach 1 within `strips` strips (bisection on the area).
        var lowArea = 0.0
        var highArea = maximum(0, 1)
        for _ in 0..<24 {
            let mid = 0.5 * (lowArea + highArea)
            let ends = cut(mid)
            if ends.count <= Self.strips + 1 && ends.last == 1 { highArea = mid } else { lowArea = mid }
        }
        var ends = cut(highArea)
        // Pad to exactly `strips` strips by halving the widest (each half's area is then at most the area).
        while ends.count < Self.strips + 1 {
            var widest = 0
            for i in 0..<(ends.count - 1) where ends[i + 1] - ends[i] > ends[widest + 1] - ends[widest] { widest = i }
            ends.insert(0.5 * (ends[widest] + ends[widest + 1]), at: widest + 1)
        }
        // Every strip gets the same probability 1/strips, so its envelope height is area/width with the common area
        // the largest width × maximum, raised by 10⁻⁹ against rounding in the density.
        var area = 0.0
        for i in 0..<Self.strips { area = Swift.max(area, (ends[i + 1] - ends[i]) * maximum(ends[i], ends[i + 1])) }
        area *= 1 + 1e-9
        var left: [Double] = []
        var width: [Double] = []
        var height: [Double] = []
        var squeeze: [Double] = []
        for i in 0..<Self.strips {
            let w = ends[i + 1] - ends[i]
            left.append(ends[i])
            width.append(w)
            let h = area / w
            height.append(h)
            squeeze.append(minimum(ends[i], ends[i + 1]) / h * (1 - 1e-12))
        }
        self.left = left
        self.width = width
        self.height = height
        self.squeeze = squeeze
    }

    /// The unnormalised density x^p (1 − x)^q, 0 outside (0, 1) where a power is positive.
    static func density(_ x: Double, _ p: Double, _ q: Double) -> Double {
        guard x > 0, x < 1 else {
            if x <= 0 { return p == 0 ? (x == 0 ? 1 : 0) : 0 }
            return q == 0 ? (x == 1 ? 1 : 0) : 0
        }
        return PortableMath.exp(p * PortableMath.log(x) + q * PortableMath.log(1 - x))
    }

    /// A candidate from two outputs: x, and whether the squeeze accepts it (when not, `accepts` decides).
    @inlinable @inline(__always)
    func candidate(_ first: UInt64, _ second: UInt64) -> (x: Double, strip: Int, y: Double, squeezed: Bool) {
        let i = Int(first & 0x3FF)
        let x = left[i] + width[i] * (Double(Int64(bitPattern: first &>> 11)) * 0x1p-53)
        let y = Double(Int64(bitPattern: second &>> 11)) * 0x1p-53
        return (x, i, y, y < squeeze[i])
    }

    /// The exact test of a candidate the squeeze did not accept: y·h_i < f(x).
    func accepts(_ x: Double, strip i: Int, y: Double) -> Bool {
        y * height[i] < Self.density(x, alpha - 1, beta - 1)
    }

    /// One draw.
    public func next(_ rng: inout Xoshiro256StarStar) -> Double {
        while true {
            let first = rng.next()
            let second = rng.next()
            let c = candidate(first, second)
            if c.squeezed || accepts(c.x, strip: c.strip, y: c.y) { return c.x }
        }
    }

    /// One draw in each of four lanes, lane j exactly `next` on lane j: both outputs drawn for the four lanes with
    /// vector instructions, a lane the squeeze does not accept finished by scalar code from just after them.
    @inlinable @inline(__always)
    public func next4(_ rng: inout Xoshiro256StarStarX4) -> SIMD4<Double> {
        let first = rng.next()
        let second = rng.next()
        // Lanes by name, not by index: writing a vector's lane by a variable index stalls on the reload.
        let c0 = candidate(first[0], second[0])
        let c1 = candidate(first[1], second[1])
        let c2 = candidate(first[2], second[2])
        let c3 = candidate(first[3], second[3])
        if c0.squeezed && c1.squeezed && c2.squeezed && c3.squeezed { return SIMD4(c0.x, c1.x, c2.x, c3.x) }
        return finish(c0, c1, c2, c3, &rng)
    }

    /// A candidate: x, its strip, y, and whether the squeeze accepted it.
    @usableFromInline typealias Candidate = (x: Double, strip: Int, y: Double, squeezed: Bool)

    /// The lanes the squeeze did not accept: the exact test, and a fresh scalar draw on rejection.
    @usableFromInline @inline(never)
    func finish(
        _ c0: Candidate, _ c1: Candidate, _ c2: Candidate, _ c3: Candidate, _ rng: inout Xoshiro256StarStarX4
    ) -> SIMD4<Double> {
        var (l0, l1, l2, l3) = rng.lanes
        func settle(_ c: Candidate, _ lane: inout Xoshiro256StarStar) -> Double {
            c.squeezed || accepts(c.x, strip: c.strip, y: c.y) ? c.x : next(&lane)
        }
        let result = SIMD4(settle(c0, &l0), settle(c1, &l1), settle(c2, &l2), settle(c3, &l3))
        rng = Xoshiro256StarStarX4(l0, l1, l2, l3)
        return result
    }
}
