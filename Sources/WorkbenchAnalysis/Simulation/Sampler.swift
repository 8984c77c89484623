import WorkbenchSampling

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
    /// PERT: the two gamma samplers for Beta(α, β) (single draws, `sample`).
    let gammaAlpha: GammaSampler
    let gammaBeta: GammaSampler
    /// Triangular on four lanes: Stein and Keblis's min/max construction, as the benchmark draws it.
    let minMax: TriangularMinMax
    /// PERT on four lanes: Beta by strips (its table shared by all samplers of the same shape), as the benchmark.
    let pertLanes: PertLanes?

    init(_ distribution: SamplingDistribution) {
        var kind = Kind.constant
        var a = 0.0, b = 0.0, fc = 0.0, k1 = 0.0, k2 = 0.0, alpha = 1.0, beta = 1.0
        var minMax = TriangularMinMax(low: 0, mode: 0, high: 1)
        var pertLanes: PertLanes?
        switch distribution {
        case .triangular(let low, let mode, let high):
            a = low
            b = high
            if high > low {
                kind = .triangular
                minMax = TriangularMinMax(low: low, mode: mode, high: high)
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
                pertLanes = PertLanes(low: low, mode: mode, high: high)
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
        self.minMax = minMax
        self.pertLanes = pertLanes
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

    /// Fills draws 0..<count rounded up to a multiple of 4 (`out` must hold them), draw k from lane k mod 4 of
    /// `rng`, the switch taken once per block; the benchmark's samplers, so that `simulate` runs what `bench
    /// montecarlo` times: triangular by Stein and Keblis's min/max construction (`TriangularMinMax`, one output a
    /// draw), PERT by Beta strips (`PertLanes`, two outputs a draw), uniform from the top 53 bits of one output, the
    /// truncated normal by the scalar ziggurat on each lane in turn.
    func fill(_ out: UnsafeMutablePointer<Double>, count: Int, _ rng: inout Xoshiro256StarStarX4, normal: NormalSampler) {
        let padded = (count + 3) & ~3
        switch kind {
        case .constant:
            out.update(repeating: a, count: padded)
        case .triangular:
            out.update(repeating: 0, count: padded)
            SamplerKernels.accumulate(minMax, into: out, count: padded, weight: 1, &rng)
        case .pert:
            SamplerKernels.fill(pertLanes!, out, count: padded, scale: 1, &rng)
        case .uniform:
            let width = b - a
            var k = 0
            while k < padded {
                let bits = rng.next()
                out[k] = a + width * (Double(Int64(bitPattern: bits[0] &>> 11)) * 0x1p-53)
                out[k + 1] = a + width * (Double(Int64(bitPattern: bits[1] &>> 11)) * 0x1p-53)
                out[k + 2] = a + width * (Double(Int64(bitPattern: bits[2] &>> 11)) * 0x1p-53)
                out[k + 3] = a + width * (Double(Int64(bitPattern: bits[3] &>> 11)) * 0x1p-53)
                k &+= 4
            }
        case .truncatedNormal:
            var lanes = [rng.lane(0), rng.lane(1), rng.lane(2), rng.lane(3)]
            for k in 0..<padded { out[k] = sample(&lanes[k & 3], normal: normal) }
            rng = Xoshiro256StarStarX4(lanes: lanes)
        }
    }
}
