/// A `SamplingDistribution` with its constants worked out once, filling blocks of draws in tight loops.
struct Sampler: Sendable {
    enum Kind: Sendable {
        case constant, triangular, pert, uniform, truncatedNormal
    }

    let kind: Kind
    /// Low end (or the constant, or the normal's mean).
    let a: Double
    /// High end (or the normal's standard deviation).
    let b: Double
    /// Triangular: (mode − low)/(high − low), the CDF at the mode.
    let fc: Double
    /// Triangular: (high − low)(mode − low) and (high − low)(high − mode).
    let k1: Double
    let k2: Double
    /// PERT: the two gamma samplers for Beta(α, β).
    let gammaAlpha: GammaSampler
    let gammaBeta: GammaSampler

    init(_ distribution: SamplingDistribution) {
        var kind = Kind.constant
        var a = 0.0, b = 0.0, fc = 0.0, k1 = 0.0, k2 = 0.0, alpha = 1.0, beta = 1.0
        switch distribution {
        case .triangular(let low, let mode, let high):
            a = low
            b = high
            if high > low {
                kind = .triangular
                fc = (mode - low) / (high - low)
                k1 = (high - low) * (mode - low)
                k2 = (high - low) * (high - mode)
            }
        case .pert(let low, let mode, let high):
            a = low
            b = high
            if high > low {
                kind = .pert
                alpha = 1 + 4 * (mode - low) / (high - low)
                beta = 1 + 4 * (high - mode) / (high - low)
            }
        case .uniform(let low, let high):
            a = low
            b = high
            if high > low { kind = .uniform }
        case .truncatedNormal(let mean, let sd):
            a = mean
            b = sd
            if sd > 0 { kind = .truncatedNormal }
        }
        self.kind = kind
        self.a = a
        self.b = b
        self.fc = fc
        self.k1 = k1
        self.k2 = k2
        gammaAlpha = GammaSampler(shape: alpha)
        gammaBeta = GammaSampler(shape: beta)
    }

    /// One draw.
    @inline(__always)
    func sample(_ rng: inout Xoshiro256StarStar, normal: NormalSampler) -> Double {
        switch kind {
        case .constant: return a
        case .triangular: return triangular(rng.unit())
        case .pert:
            let x = gammaAlpha.next(&rng, normal: normal)
            let y = gammaBeta.next(&rng, normal: normal)
            return a + (b - a) * (x / (x + y))
        case .uniform: return a + (b - a) * rng.unit()
        case .truncatedNormal:
            while true {
                let value = a + b * normal.next(&rng)
                if value >= 0 { return value }
            }
        }
    }

    /// The triangular inverse CDF at u in [0, 1): a + √(u(b − a)(m − a)) below the mode's CDF, otherwise
    /// b − √((1 − u)(b − a)(b − m)). Written with one square root and selects, not branches: the side is a coin
    /// toss the processor cannot predict.
    @inline(__always)
    func triangular(_ u: Double) -> Double {
        // An all-ones mask on the left side; the selects are done on the bit patterns, which the optimiser leaves
        // as bitwise operations rather than turning back into branches.
        let mask = 0 &- UInt64(truncatingIfNeeded: (u < fc).asBit)
        let t = Double(bitPattern: ((u * k1).bitPattern & mask) | (((1 - u) * k2).bitPattern & ~mask))
        let s = t.squareRoot()
        return Double(bitPattern: ((a + s).bitPattern & mask) | ((b - s).bitPattern & ~mask))
    }

    /// Turns uniforms in [0, 1) into triangular draws in place. A loop of its own, with no generator in it, so the
    /// compiler can vectorise it; the argument of the square root is never negative, and saying so (`abs`) lets the
    /// square root be the processor's instruction rather than the C library's call. Same values as `triangular(_:)`.
    @inline(__always)
    func triangularInPlace(_ values: UnsafeMutablePointer<Double>, count: Int) {
        for k in 0..<count {
            let u = values[k]
            let mask = 0 &- UInt64(truncatingIfNeeded: (u < fc).asBit)
            let t = Double(bitPattern: ((u * k1).bitPattern & mask) | (((1 - u) * k2).bitPattern & ~mask))
            let s = Swift.abs(t).squareRoot()
            values[k] = Double(bitPattern: ((a + s).bitPattern & mask) | ((b - s).bitPattern & ~mask))
        }
    }

    /// Fills `count` draws into `out`, the distribution's switch taken once per block.
    func fill(_ out: UnsafeMutablePointer<Double>, count: Int, _ rng: inout Xoshiro256StarStar, normal: NormalSampler) {
        var generator = rng
        defer { rng = generator }
        switch kind {
        case .constant:
            for k in 0..<count { out[k] = a }
        case .triangular:
            for k in 0..<count { out[k] = generator.unit() }
            triangularInPlace(out, count: count)
        case .uniform:
            let width = b - a
            for k in 0..<count { out[k] = a + width * generator.unit() }
        case .pert, .truncatedNormal:
            for k in 0..<count { out[k] = sample(&generator, normal: normal) }
        }
    }
}
