import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchSampling

/// The four-lane generator and samplers of the Monte Carlo benchmark: lanes equal to the scalar streams, the vector
/// draws equal to the scalar ones lane for lane, moments against exact values (tolerances of five standard errors,
/// fixed seeds), and the benchmark's figures equal to a scalar re-implementation here and to the independent Python
/// implementation in `Tests/Benchmarks/montecarlo_reference.py`.
@Suite struct SimulationVectorTests {
    /// A generator's four state words, for comparisons.
    private func words(_ generator: Xoshiro256StarStar) -> [UInt64] {
        let state = generator.state
        return [state.0, state.1, state.2, state.3]
    }

    /// Mean and variance (divisor n − 1).
    private func moments(_ values: [Double]) -> (mean: Double, variance: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, squares / Double(values.count - 1))
    }

    @Test func lanesAreTheScalarStreamsOfBlocks4bToFourBPlus3() {
        var lanes = Xoshiro256StarStarX4(seed: 77, option: 3, block: 5)
        var scalars = (0..<4).map { Xoshiro256StarStar(seed: 77, option: 3, block: 20 + $0) }
        for _ in 0..<1_000 {
            let bits = lanes.next()
            for j in 0..<4 { #expect(bits[j] == scalars[j].next()) }
        }
        let (l0, l1, l2, l3) = lanes.lanes
        #expect([l0, l1, l2, l3].map(words) == scalars.map(words))
        var rebuilt = Xoshiro256StarStarX4(l0, l1, l2, l3)
        #expect(rebuilt.next() == lanes.next())
    }

    @Test(arguments: [(11.0 / 7, 31.0 / 7), (1.0, 1.0), (2.0, 5.0), (5.0, 1.0), (1.0, 3.0)])
    func betaStripsFourLanesEqualTheScalarSamplerLaneForLane(alpha: Double, beta: Double) {
        let sampler = BetaStripSampler(alpha: alpha, beta: beta)
        var lanes = Xoshiro256StarStarX4(seed: 5, option: 1, block: 2)
        var scalars = (0..<4).map { Xoshiro256StarStar(seed: 5, option: 1, block: 8 + $0) }
        var mismatches = 0
        for _ in 0..<20_000 {
            let values = sampler.next4(&lanes)
            for j in 0..<4 {
                let scalar = sampler.next(&scalars[j])
                if scalar != values[j] { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
        let (l0, l1, l2, l3) = lanes.lanes
        #expect([l0, l1, l2, l3].map(words) == scalars.map(words))
    }

    @Test(arguments: [(11.0 / 7, 31.0 / 7), (1.0, 1.0), (2.0, 5.0), (5.0, 1.0)])
    func betaStripsHaveTheExactMeanAndVariance(alpha: Double, beta: Double) {
        let sampler = BetaStripSampler(alpha: alpha, beta: beta)
        var rng = Xoshiro256StarStar(seed: 2010)
        let n = 400_000
        let draws = (0..<n).map { _ in sampler.next(&rng) }
        let (mean, variance) = moments(draws)
        let s = alpha + beta
        let exactMean = alpha / s
        let exactVariance = alpha * beta / (s * s * (s + 1))
        // SE of the mean √(σ²/n); of the variance about σ²√(2/n) (a bound for these light-tailed shapes).
        #expect(abs(mean - exactMean) < 5 * (exactVariance / Double(n)).squareRoot())
        #expect(abs(variance - exactVariance) < 5 * exactVariance * (2 / Double(n)).squareRoot())
        #expect(draws.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test func pertFromStripsHasThePertMoments() {
        // PERT(0.9, 1, 1.6): mean (0.9 + 4 + 1.6)/6 = 1.083333; variance αβ(b − a)²/((α + β)²(α + β + 1)).
        let pert = PertLanes(low: 0.9, mode: 1, high: 1.6)
        var rng = Xoshiro256StarStar(seed: 12)
        let n = 400_000
        let draws = (0..<n).map { _ in pert.scaled(&rng, scale: 1) }
        let exact = SamplingDistribution.pert(low: 0.9, mode: 1, high: 1.6)
        let (mean, variance) = moments(draws)
        #expect(abs(mean - exact.mean) < 5 * (exact.variance / Double(n)).squareRoot())
        #expect(abs(variance - exact.variance) < 5 * exact.variance * (2 / Double(n)).squareRoot())
    }

    @Test func triangularMinMaxEqualsItsScalarFormAndHasTheExactMoments() {
        let triangular = TriangularMinMax(low: 0.7, mode: 1, high: 1.35)
        let n = 400_000
        let values = UnsafeMutablePointer<Double>.allocate(capacity: n)
        defer { values.deallocate() }
        values.initialize(repeating: 0, count: n)
        var lanes = Xoshiro256StarStarX4(seed: 3, option: 0, block: 0)
        triangular.accumulate(into: values, count: n, weight: 1, &lanes)
        var scalars = (0..<4).map { Xoshiro256StarStar(seed: 3, option: 0, block: $0) }
        var mismatches = 0
        for k in 0..<n {
            let scalar = 0 + triangular.weighted(scalars[k % 4].next(), weight: 1)
            if scalar != values[k] { mismatches += 1 }
        }
        #expect(mismatches == 0)
        let draws = Array(UnsafeBufferPointer(start: values, count: n))
        let exact = SamplingDistribution.triangular(low: 0.7, mode: 1, high: 1.35)
        let (mean, variance) = moments(draws)
        #expect(abs(mean - exact.mean) < 5 * (exact.variance / Double(n)).squareRoot())
        #expect(abs(variance - exact.variance) < 5 * exact.variance * (2 / Double(n)).squareRoot())
        #expect(draws.allSatisfy { $0 >= 0.7 && $0 < 1.35 })
        // The mode's side: P(X < mode) = (mode − low)/(high − low) = 0.3/0.65.
        let below = Double(draws.filter { $0 < 1 }.count) / Double(n)
        let p = 0.3 / 0.65
        #expect(abs(below - p) < 5 * (p * (1 - p) / Double(n)).squareRoot())
    }

    /// The benchmark's definition written out with scalar generators, one lane at a time.
    private func scalarBenchmark(_ w: MonteCarloBenchmark.Workload) -> (means: [Double], percentiles: [[Double]]) {
        let pert = PertLanes(low: 0.9, mode: 1, high: 1.6)
        let triangular = TriangularMinMax(low: 0.7, mode: 1, high: 1.35)
        let factors = DiscountSchedule(rate: .greenBookStandard, declining: false).factors(through: w.years)
        let blockSize = MonteCarloEngine.blockSize
        var means: [Double] = []
        var percentiles: [[Double]] = []
        for option in 0..<w.options {
            let m = MonteCarloBenchmark.Workload.saving(option: option + 1)
            let c = MonteCarloBenchmark.Workload.cost(option: option + 1)
            var npv: [Double] = []
            for block in 0..<((w.iterations + blockSize - 1) / blockSize) {
                let count = min(blockSize, w.iterations - block * blockSize)
                let padded = (count + 3) & ~3
                var values = [Double](repeating: 0, count: padded)
                for lane in 0..<4 {
                    var rng = Xoshiro256StarStar(seed: w.seed, option: option, block: 4 * block + lane)
                    for k in stride(from: lane, to: padded, by: 4) { values[k] = pert.scaled(&rng, scale: -c) }
                    for year in 1...w.years {
                        for k in stride(from: lane, to: padded, by: 4) {
                            values[k] += triangular.weighted(rng.next(), weight: m * factors[year])
                        }
                    }
                }
                npv += values[0..<count]
            }
            // The mean: value k to partial sum k mod 8, combined pairwise.
            var partial = [Double](repeating: 0, count: 8)
            for (k, value) in npv.enumerated() { partial[k % 8] += value }
            let sum = ((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]))
            means.append(sum / Double(w.iterations))
            percentiles.append(Percentile.type7(npv, [0.05, 0.5, 0.95]))
        }
        return (means, percentiles)
    }

    @Test(arguments: [1, 2])
    func theBenchmarkEqualsItsScalarDefinitionOnAnyThreadCount(threads: Int) throws {
        // 4,099 iterations: two full blocks and a short one whose 3 iterations are padded to a group of four.
        let workload = MonteCarloBenchmark.Workload(options: 2, iterations: 4_099, years: 3, seed: 9, threads: threads)
        let fast = try MonteCarloBenchmark.run(workload)
        let scalar = scalarBenchmark(workload)
        #expect(fast.means.map(\.pounds) == scalar.means)
        #expect(fast.percentiles.map { [$0.p5.pounds, $0.p50.pounds, $0.p95.pounds] } == scalar.percentiles)
    }

    @Test func theBenchmarkMatchesTheIndependentPythonImplementation() throws {
        // `python3 Tests/Benchmarks/montecarlo_reference.py` (3 options × 5,001 iterations × 10 years, seed 9): mean,
        // P5, P50, P95 by option, printed with Python's shortest round-trip digits (17 significant at most): equal to
        // the bit, the mean added in the same order (eight partial sums).
        let reference: [[Double]] = [
            [115029.81196615488, 99743.12273307284, 115394.33976337977, 129440.9916013462],
            [134621.34087703974, 105533.0004119256, 135793.7352054777, 160014.83316372643],
            [154096.95486021638, 109725.54532721506, 156212.02331732144, 190725.09931609558],
        ]
        for threads in [1, 2] {
            let outcome = try MonteCarloBenchmark.run(.init(options: 3, iterations: 5_001, years: 10, seed: 9, threads: threads))
            for (i, expected) in reference.enumerated() {
                let q = outcome.percentiles[i]
                let got = [outcome.means[i].pounds, q.p5.pounds, q.p50.pounds, q.p95.pounds]
                #expect(got == expected, "option \(i + 1): \(got) against \(expected)")
            }
        }
    }
}
