import Foundation
public import WorkbenchCore
public import WorkbenchSampling

/// The distribution of one uncertain quantity (normally a multiplier of a line's amounts), with its exact moments
/// and a sampler.
public enum SamplingDistribution: Hashable, Sendable {
    /// Triangular between `low` and `high` with its mode at `mode`; simulations draw it by Stein and Keblis's min/max
    /// construction (`TriangularMinMax`), single draws (`sample`) by the inverse CDF.
    case triangular(low: Double, mode: Double, high: Double)
    /// Beta-PERT with λ = 4: low + (high − low) × Beta(α, β), α = 1 + 4(mode − low)/(high − low),
    /// β = 1 + 4(high − mode)/(high − low); simulations draw Beta by strips (`BetaStripSampler`), single draws
    /// (`sample`) as X/(X + Y) from two Marsaglia–Tsang gamma draws.
    case pert(low: Double, mode: Double, high: Double)
    /// Uniform between `low` and `high`.
    case uniform(low: Double, high: Double)
    /// Normal with `mean` and `standardDeviation`, truncated below zero: draws below zero are rejected and drawn
    /// again (ziggurat normals), so the result is the normal conditioned on being at least zero.
    case truncatedNormal(mean: Double, standardDeviation: Double)

    /// The distribution of a line's multiplier: the shape between `low` and `high` with `mostLikely` as the mode; for
    /// the normal, `mostLikely` as the mean and (high − low)/3.29 as the standard deviation (low and high as the 5th
    /// and 95th percentiles), truncated at zero.
    public init(_ uncertainty: LineUncertainty) {
        let low = uncertainty.low
        let mode = uncertainty.mostLikely
        let high = uncertainty.high
        switch uncertainty.shape {
        case .triangular: self = .triangular(low: low, mode: mode, high: high)
        case .pert: self = .pert(low: low, mode: mode, high: high)
        case .uniform: self = .uniform(low: low, high: high)
        case .normal: self = .truncatedNormal(mean: mode, standardDeviation: (high - low) / 3.29)
        }
    }

    /// The exact mean: (a + m + b)/3 triangular; (a + 4m + b)/6 PERT; (a + b)/2 uniform; μ + σλ for the normal
    /// truncated at zero, where α = −μ/σ and λ = φ(α)/(1 − Φ(α)).
    public var mean: Double {
        switch self {
        case .triangular(let a, let m, let b): return (a + m + b) / 3
        case .pert(let a, let m, let b): return (a + 4 * m + b) / 6
        case .uniform(let a, let b): return (a + b) / 2
        case .truncatedNormal(let mu, let sigma):
            guard sigma > 0 else { return mu }
            let (_, lambda) = Self.truncation(mean: mu, sd: sigma)
            return mu + sigma * lambda
        }
    }

    /// The exact variance: (a² + b² + m² − am − ab − bm)/18 triangular; αβ(b − a)²/((α + β)²(α + β + 1)) PERT;
    /// (b − a)²/12 uniform; σ²(1 + αλ − λ²) for the truncated normal.
    public var variance: Double {
        switch self {
        case .triangular(let a, let m, let b): return (a * a + b * b + m * m - a * m - a * b - b * m) / 18
        case .pert(let a, let m, let b):
            guard b > a else { return 0 }
            let alpha = 1 + 4 * (m - a) / (b - a)
            let beta = 1 + 4 * (b - m) / (b - a)
            let s = alpha + beta
            return alpha * beta * (b - a) * (b - a) / (s * s * (s + 1))
        case .uniform(let a, let b): return (b - a) * (b - a) / 12
        case .truncatedNormal(let mu, let sigma):
            guard sigma > 0 else { return 0 }
            let (alpha, lambda) = Self.truncation(mean: mu, sd: sigma)
            return sigma * sigma * (1 + alpha * lambda - lambda * lambda)
        }
    }

    /// The standardised truncation point α = −μ/σ and the inverse Mills ratio λ = φ(α)/(1 − Φ(α)).
    private static func truncation(mean: Double, sd: Double) -> (alpha: Double, lambda: Double) {
        let alpha = -mean / sd
        let density = Foundation.exp(-0.5 * alpha * alpha) / (2 * Double.pi).squareRoot()
        let survival = 0.5 * Foundation.erfc(alpha / 2.0.squareRoot())
        return (alpha, density / survival)
    }

    /// Checks the parameters: finite, low ≤ mode ≤ high, low ≥ 0 (a negative multiplier would turn a cost into a
    /// saving), and for the normal a positive mean.
    /// - Throws: `invalidArgument` quoting the values and naming `what`.
    public func validate(_ what: String) throws {
        func fail(_ detail: String) -> WorkbenchError {
            WorkbenchError(
                .invalidArgument, "The uncertainty of \(what) is invalid: \(detail).",
                hint: "Give multipliers with 0 ≤ low ≤ most likely ≤ high.")
        }
        switch self {
        case .triangular(let a, let m, let b), .pert(let a, let m, let b):
            guard a.isFinite, m.isFinite, b.isFinite else { throw fail("low \(a), most likely \(m), high \(b) are not all finite") }
            guard a <= m, m <= b else { throw fail("low \(a), most likely \(m) and high \(b) are out of order") }
            guard a >= 0 else { throw fail("low \(a) is below zero") }
        case .uniform(let a, let b):
            guard a.isFinite, b.isFinite else { throw fail("low \(a) and high \(b) are not both finite") }
            guard a <= b else { throw fail("low \(a) is above high \(b)") }
            guard a >= 0 else { throw fail("low \(a) is below zero") }
        case .truncatedNormal(let mu, let sigma):
            guard mu.isFinite, sigma.isFinite, sigma >= 0 else { throw fail("mean \(mu), standard deviation \(sigma)") }
            guard mu > 0 else { throw fail("the most likely value \(mu) is not above zero") }
        }
    }

    /// One draw (for tests and one-off use; simulations fill whole blocks through the compiled sampler).
    public func sample(_ rng: inout Xoshiro256StarStar) -> Double {
        Sampler(self).sample(&rng, normal: NormalSampler.shared)
    }

    /// `triangular 0.7–1–1.35`, for notes.
    public var label: String {
        func f(_ x: Double) -> String { Rate.formatPercent(x).dropLast().description }
        switch self {
        case .triangular(let a, let m, let b): return "triangular \(f(a))–\(f(m))–\(f(b))"
        case .pert(let a, let m, let b): return "PERT \(f(a))–\(f(m))–\(f(b))"
        case .uniform(let a, let b): return "uniform \(f(a))–\(f(b))"
        case .truncatedNormal(let mu, let sigma): return "normal mean \(f(mu)) sd \(f(sigma)) truncated at 0"
        }
    }
}
