import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchSampling
import XCTest

/// The generators and samplers against exact moments. Every test uses a fixed seed, so it is deterministic; the
/// tolerances are five to six standard errors of the estimate, so a correct sampler passes with any seed but a biased
/// one (a wrong mode, a wrong λ, a missing tail) fails.
final class SimulationSamplerTests: XCTestCase {
    /// Mean and variance (divisor n − 1) of `n` draws.
    private func moments(_ n: Int, seed: UInt64 = 2010, _ draw: (inout Xoshiro256StarStar) -> Double) -> (Double, Double) {
        var rng = Xoshiro256StarStar(seed: seed)
        var values = [Double](repeating: 0, count: n)
        for k in 0..<n { values[k] = draw(&rng) }
        let mean = values.reduce(0, +) / Double(n)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        return (mean, variance)
    }

    /// Checks the sample mean within 5 standard errors (σ/√n) and the sample variance within 6 (σ²√(2/n), the
    /// normal-theory error, generous for these light-tailed shapes).
    private func check(
        _ distribution: SamplingDistribution, mean: Double, variance: Double, n: Int = 200_000, exactTo: Double = 1e-9,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(distribution.mean, mean, accuracy: exactTo, "exact mean", file: file, line: line)
        XCTAssertEqual(distribution.variance, variance, accuracy: exactTo, "exact variance", file: file, line: line)
        let (m, v) = moments(n) { distribution.sample(&$0) }
        XCTAssertEqual(m, mean, accuracy: 5 * (variance / Double(n)).squareRoot(), "sample mean", file: file, line: line)
        XCTAssertEqual(v, variance, accuracy: 6 * variance * (2 / Double(n)).squareRoot(), "sample variance", file: file, line: line)
    }

    func testTriangularMatchesExactMoments() {
        // a = 0.7, m = 1, b = 1.35: mean (0.7 + 1 + 1.35)/3 = 1.016667;
        // variance (0.49 + 1.8225 + 1 − 0.7 − 0.945 − 1.35)/18 = 0.3175/18 = 0.0176389.
        check(.triangular(low: 0.7, mode: 1, high: 1.35), mean: 3.05 / 3, variance: 0.3175 / 18)
        // Mode at an end: a = m = 0, b = 1: mean 1/3, variance (0 + 1 + 0 − 0 − 0 − 0)/18 = 1/18.
        check(.triangular(low: 0, mode: 0, high: 1), mean: 1.0 / 3, variance: 1.0 / 18)
    }

    func testPERTMatchesExactMoments() {
        // a = 0.9, m = 1, b = 1.6: mean (0.9 + 4 + 1.6)/6 = 1.083333; α = 1 + 4(0.1/0.7) = 1.571429,
        // β = 1 + 4(0.6/0.7) = 4.428571, α + β = 6, variance αβ(0.7)²/(6² × 7) = 6.959184 × 0.49/252 = 0.0135317.
        let alpha = 1 + 4 * 0.1 / 0.7
        let beta = 1 + 4 * 0.6 / 0.7
        check(.pert(low: 0.9, mode: 1, high: 1.6), mean: 6.5 / 6, variance: alpha * beta * 0.49 / 252)
        // Symmetric: a = 0, m = 0.5, b = 1: α = β = 3, mean 0.5, variance 9/(36 × 7) = 1/28.
        check(.pert(low: 0, mode: 0.5, high: 1), mean: 0.5, variance: 1.0 / 28)
    }

    func testUniformMatchesExactMoments() {
        // a = 0.8, b = 1.3: mean 1.05, variance 0.25/12 = 0.0208333.
        check(.uniform(low: 0.8, high: 1.3), mean: 1.05, variance: 0.25 / 12)
    }

    func testTruncatedNormalMatchesExactMoments() {
        // μ = 0.5, σ = 0.5, truncated below 0: α = −1, φ(1) = 0.2419707, 1 − Φ(−1) = 0.8413447,
        // λ = 0.2875999; mean 0.5 + 0.5 × 0.2876 = 0.6438000; variance 0.25 × (1 − 0.2876 − 0.0827137) = 0.1574216.
        check(.truncatedNormal(mean: 0.5, standardDeviation: 0.5), mean: 0.6438000, variance: 0.1574216, exactTo: 1e-7)
        // Hardly truncated (α = −5): the plain normal's moments to six places.
        let wide = SamplingDistribution.truncatedNormal(mean: 1, standardDeviation: 0.2)
        XCTAssertEqual(wide.mean, 1, accuracy: 1e-6)
        XCTAssertEqual(wide.variance, 0.04, accuracy: 1e-6)
        // A line's normal: most likely 1, sd (1.35 − 0.7)/3.29.
        let line = SamplingDistribution(LineUncertainty(input: "x", low: 0.7, high: 1.35, shape: .normal))
        guard case .truncatedNormal(let mean, let sd) = line else { return XCTFail("\(line)") }
        XCTAssertEqual(mean, 1)
        XCTAssertEqual(sd, 0.65 / 3.29, accuracy: 1e-15)
    }

    func testTruncatedNormalNeverDrawsBelowZero() {
        var rng = Xoshiro256StarStar(seed: 7)
        let distribution = SamplingDistribution.truncatedNormal(mean: 0.2, standardDeviation: 0.5)
        for _ in 0..<50_000 { XCTAssertGreaterThanOrEqual(distribution.sample(&rng), 0) }
    }

    func testZigguratNormalHasUnitMomentsAndTails() {
        let normal = NormalSampler.shared
        let n = 400_000
        var rng = Xoshiro256StarStar(seed: 99)
        var sum = 0.0, squares = 0.0, fourth = 0.0
        var beyondR = 0, belowMinus196 = 0
        for _ in 0..<n {
            let z = normal.next(&rng)
            sum += z
            squares += z * z
            fourth += z * z * z * z
            if Swift.abs(z) > 3.442619855899 { beyondR += 1 }
            if z < -1.959964 { belowMinus196 += 1 }
        }
        let mean = sum / Double(n)
        XCTAssertEqual(mean, 0, accuracy: 5 / Double(n).squareRoot())
        XCTAssertEqual(squares / Double(n), 1, accuracy: 6 * 2.0.squareRoot() / Double(n).squareRoot())
        // E z⁴ = 3, Var z⁴ = 105 − 9 = 96.
        XCTAssertEqual(fourth / Double(n), 3, accuracy: 6 * 96.0.squareRoot() / Double(n).squareRoot())
        // P(z < −1.96) = 0.025; P(|z| > R) = 2(1 − Φ(3.4426)) = 0.000576: the tail method is exercised.
        let p = Double(belowMinus196) / Double(n)
        XCTAssertEqual(p, 0.025, accuracy: 5 * (0.025 * 0.975 / Double(n)).squareRoot())
        let tail = Double(beyondR) / Double(n)
        XCTAssertEqual(tail, 0.000576, accuracy: 5 * (0.000576 / Double(n)).squareRoot())
    }

    func testGammaHasMeanAndVarianceEqualToShape() {
        // Gamma(k, 1): mean k, variance k.
        for shape in [1.0, 1.5714286, 4.4285714] {
            let gamma = GammaSampler(shape: shape)
            let (m, v) = moments(200_000, seed: 11) { gamma.next(&$0, normal: .shared) }
            XCTAssertEqual(m, shape, accuracy: 5 * (shape / 200_000).squareRoot(), "shape \(shape)")
            // Var of the sample variance of a gamma: σ⁴(2/(n−1) + κ/n) with excess kurtosis κ = 6/k.
            XCTAssertEqual(v, shape, accuracy: 6 * shape * ((2 + 6 / shape) / 200_000).squareRoot(), "shape \(shape)")
        }
    }

    func testXoshiroMatchesTheReferenceOutput() {
        // Reference xoshiro256** from the state s = {1, 2, 3, 4}: the first outputs are 11520, 0, 1509978240,
        // 1215971899390074240 (worked through the reference algorithm; the first is rotl(2 × 5, 7) × 9 = 1280 × 9).
        var rng = Xoshiro256StarStar(state: (1, 2, 3, 4))
        XCTAssertEqual(rng.next(), 11520)
        XCTAssertEqual(rng.next(), 0)
        XCTAssertEqual(rng.next(), 1_509_978_240)
        XCTAssertEqual(rng.next(), 1_215_971_899_390_074_240)
    }

    func testSplitMix64MatchesTheReferenceOutput() {
        // Vigna's splitmix64.c from seed 0: first output 0xE220A8397B1DCDAF.
        var rng = SplitMix64(seed: 0)
        XCTAssertEqual(rng.next(), 0xE220_A839_7B1D_CDAF)
    }

    func testStreamsDependOnSeedOptionAndBlock() {
        let base = Xoshiro256StarStar(seed: 1, option: 0, block: 0)
        var a = base
        var b = Xoshiro256StarStar(seed: 1, option: 0, block: 0)
        XCTAssertEqual((0..<10).map { _ in a.next() }, (0..<10).map { _ in b.next() })
        var others = [Xoshiro256StarStar(seed: 2, option: 0, block: 0), Xoshiro256StarStar(seed: 1, option: 1, block: 0),
            Xoshiro256StarStar(seed: 1, option: 0, block: 1)]
        var first = base
        let reference = first.next()
        for i in others.indices { XCTAssertNotEqual(others[i].next(), reference) }
    }

    func testUnitDrawsStayInTheirIntervals() {
        var rng = Xoshiro256StarStar(seed: 5)
        for _ in 0..<100_000 {
            let u = rng.unit()
            XCTAssert(u >= 0 && u < 1)
            let o = rng.openUnit()
            XCTAssert(o > 0 && o < 1)
        }
    }

    func testPortableLogAndExpAgreeWithThePlatformToAnUlpOrTwo() {
        var rng = Xoshiro256StarStar(seed: 3)
        for _ in 0..<20_000 {
            let x = rng.openUnit() * 1000
            let log = PortableMath.log(x)
            XCTAssertEqual(log, Foundation.log(x), accuracy: 2 * Swift.abs(Foundation.log(x)).ulp + 1e-300)
            let y = (rng.unit() - 0.5) * 1400
            let exp = PortableMath.exp(y)
            XCTAssertEqual(exp, Foundation.exp(y), accuracy: 2 * Foundation.exp(y).ulp)
        }
        XCTAssertEqual(PortableMath.log(1), 0)
        XCTAssertEqual(PortableMath.exp(0), 1)
        XCTAssertEqual(PortableMath.log(0), -.infinity)
        XCTAssert(PortableMath.log(-1).isNaN)
        XCTAssertEqual(PortableMath.exp(800), .infinity)
        XCTAssertEqual(PortableMath.exp(-800), 0)
        XCTAssertEqual(PortableMath.exp(-740), Foundation.exp(-740), accuracy: Foundation.exp(-740).ulp * 2)
    }

    func testInvalidUncertaintiesAreRejected() {
        XCTAssertThrowsError(try SamplingDistribution.triangular(low: 1.2, mode: 1, high: 1.5).validate("line 'x'")) {
            let error = $0 as? WorkbenchError
            XCTAssertEqual(error?.code, .invalidArgument)
            XCTAssert(error?.message.contains("1.2") ?? false)
        }
        XCTAssertThrowsError(try SamplingDistribution.uniform(low: -0.1, high: 1).validate("line 'x'"))
        XCTAssertThrowsError(try SamplingDistribution.truncatedNormal(mean: 0, standardDeviation: 1).validate("line 'x'"))
        XCTAssertNoThrow(try SamplingDistribution.pert(low: 1, mode: 1, high: 1).validate("line 'x'"))
    }
}
