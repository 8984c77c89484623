import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// The Monte Carlo engine: exact means of the linear NPV, reproducibility across runs and thread counts, optimism
/// bias, correlated and shared inputs, payback, cancellation and progress.
final class SimulationEngineTests: XCTestCase {
    static let test = Provenance.estimate(method: "test figure")

    /// £100,000 one-off in year 0 (PERT 0.9–1–1.6) and £30,000 a year saved in years 1–10 (triangular 0.7–1–1.35,
    /// drawn each year unless `correlated`).
    static func project(correlated: Bool = false, category: OptimismBiasCategory? = nil) -> CashFlowSchedule {
        CashFlowSchedule(
            title: "Project", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 10,
            lines: [
                CashFlowLine(
                    "Capital", kind: .oneOffCost, amounts: [100_000],
                    uncertainty: LineUncertainty(input: "capital", low: 0.9, high: 1.6, shape: .pert), provenance: test),
                CashFlowLine(
                    "Saving", kind: .saving, amounts: [0] + Array(repeating: 30_000, count: 10),
                    uncertainty: LineUncertainty(
                        input: "saving", low: 0.7, high: 1.35, shape: .triangular, independentByYear: !correlated),
                    provenance: test),
            ],
            optimismBias: category)
    }

    func engine(iterations: Int = 20_000, seed: UInt64 = 2010, threads: Int = 2, policy: OptimismBiasPolicy = .upperBound)
        -> MonteCarloEngine
    {
        MonteCarloEngine(
            iterations: iterations, seed: seed, discount: .greenBook, optimismBias: policy, threads: threads)
    }

    func testNPVBinsCoverEveryIterationBetweenTheExtremes() throws {
        let summary = try engine(iterations: 5_000).run([SimulationOption(Self.project())])[0]
        XCTAssertEqual(summary.npvBins.count, SimulationSummary.binCount)
        XCTAssertEqual(summary.npvBins.reduce(0) { $0 + $1.count }, 5_000)
        for (a, b) in zip(summary.npvBins, summary.npvBins.dropFirst()) { XCTAssertEqual(a.upper, b.lower, accuracy: 1e-6) }
        let first = try XCTUnwrap(summary.npvBins.first)
        let last = try XCTUnwrap(summary.npvBins.last)
        XCTAssertLessThanOrEqual(first.lower, summary.npv.p5.pounds)
        XCTAssertGreaterThanOrEqual(last.upper, summary.npv.p95.pounds)
    }

    func testSimulatedMeanMatchesTheExactMeanOfTheLinearModel() throws {
        // Exact mean: −100,000 × 1.083333 + 30,000 × 1.016667 × 8.316605 (the 10-year annuity factor at 3.5%)
        // = −108,333.33 + 253,656.45 = £145,323.1.
        let annuity = DiscountSchedule.greenBook.annuityFactor(years: 10)
        let exact = -100_000 * (6.5 / 6) + 30_000 * (3.05 / 3) * annuity
        XCTAssertEqual(exact, 145_323.1, accuracy: 0.5)
        let summary = try engine().run([SimulationOption(Self.project())])[0]
        XCTAssertEqual(summary.exactMeanNPV.pounds, exact, accuracy: 1e-6)
        // Five standard errors of the mean.
        let se = summary.npv.standardDeviation.pounds / Double(summary.iterations).squareRoot()
        XCTAssertEqual(summary.npv.mean.pounds, exact, accuracy: 5 * se)
        // Base NPV (multipliers 1): −100,000 + 30,000 × 8.316605 = £149,498.2.
        XCTAssertEqual(summary.baseNPV.pounds, -100_000 + 30_000 * annuity, accuracy: 1e-6)
        // The standard deviation: √(100,000² × 0.0135317 + 30,000² × 0.0176389 × Σ D(t)²), within 3%.
        let factors = DiscountSchedule.greenBook.factors(through: 10)
        let sumSquares = factors.dropFirst().reduce(0) { $0 + $1 * $1 }
        let alpha = 1 + 4 * 0.1 / 0.7, beta = 1 + 4 * 0.6 / 0.7
        let pertVariance = alpha * beta * 0.49 / 252
        let sd = (1e10 * pertVariance + 9e8 * (0.3175 / 18) * sumSquares).squareRoot()
        XCTAssertEqual(summary.npv.standardDeviation.pounds, sd, accuracy: 0.03 * sd)
        XCTAssert(summary.npv.p5 < summary.npv.p50 && summary.npv.p50 < summary.npv.p95)
        XCTAssertEqual(summary.npv.probabilityBelowZero, 0)
    }

    func testTheSameSeedGivesTheSameFiguresTwiceAndWithOneOrTwoThreads() throws {
        let options = [SimulationOption(Self.project()), SimulationOption(Self.project(correlated: true))]
        let once = try engine(iterations: 10_001, threads: 2).run(options)
        let twice = try engine(iterations: 10_001, threads: 2).run(options)
        let single = try engine(iterations: 10_001, threads: 1).run(options)
        let many = try engine(iterations: 10_001, threads: 5).run(options)
        XCTAssertEqual(once, twice)
        XCTAssertEqual(once, single)
        XCTAssertEqual(once, many)
        let other = try engine(iterations: 10_001, seed: 2011, threads: 2).run(options)
        XCTAssertNotEqual(once[0].npv.mean, other[0].npv.mean)
    }

    func testTheBenchmarkIsReproducibleAcrossThreadCounts() throws {
        let small = MonteCarloBenchmark.Workload(options: 3, iterations: 5_000, years: 10, seed: 9, threads: 1)
        var two = small
        two.threads = 2
        let a = try MonteCarloBenchmark.run(small)
        let b = try MonteCarloBenchmark.run(two)
        XCTAssertEqual(a.means, b.means)
        XCTAssertEqual(a.percentiles.map(\.p50), b.percentiles.map(\.p50))
        XCTAssertEqual(a.percentiles.map(\.p5), b.percentiles.map(\.p5))
        // Option 1: m = 20,000, c = 50,000. Exact mean −50,000 × 1.083333 + 20,000 × 1.016667 × 8.316605 =
        // −54,166.67 + 169,104.3 = £114,937.6; 5,000 iterations put the mean within ±£700 (5 SE, sd ≈ £7k).
        XCTAssertEqual(a.means[0].pounds, 114_937.6, accuracy: 700)
    }

    func testTheBenchmarkFastPathAgreesWithTheGeneralEngineInDistribution() throws {
        // The benchmark's options as schedules: m a year in years 1–3 (triangular 0.7–1–1.35 each year), c at year 0
        // (PERT 0.9–1–1.6). They agree in distribution (the means within 5 standard errors of their difference, the
        // percentiles within 5 standard errors of a sample quantile; sd ≈ £7k–£9k at 20,000 each) and, since
        // `simulate` draws with the benchmark's four-lane streams and samplers, to the rounding of the arithmetic.
        let workload = MonteCarloBenchmark.Workload(options: 2, iterations: 20_000, years: 3, seed: 9, threads: 2)
        let fast = try MonteCarloBenchmark.run(workload)
        let options = (1...2).map { i -> SimulationOption in
            let m = MonteCarloBenchmark.Workload.saving(option: i)
            let c = MonteCarloBenchmark.Workload.cost(option: i)
            return SimulationOption(CashFlowSchedule(
                title: "Option \(i)", origin: "bench", baseYear: FinancialYear(startYear: 2010), horizon: 3,
                lines: [
                    CashFlowLine(
                        "Cost", kind: .oneOffCost, amounts: [c],
                        uncertainty: LineUncertainty(input: "cost", low: 0.9, high: 1.6, shape: .pert), provenance: Self.test),
                    CashFlowLine(
                        "Saving", kind: .saving, amounts: [0, m, m, m],
                        uncertainty: LineUncertainty(input: "saving", low: 0.7, high: 1.35), provenance: Self.test),
                ],
                optimismBias: nil))
        }
        let general = try MonteCarloEngine(
            iterations: 20_000, seed: 9, discount: DiscountSchedule(rate: .greenBookStandard, declining: false),
            optimismBias: .none, threads: 1
        ).run(options)
        for i in 0..<2 {
            let sd = general[i].npv.standardDeviation.pounds
            let meanTolerance = 5 * sd * (2.0 / 20_000).squareRoot()
            // A quantile's SE is √(p(1 − p)/n)/f(q); for a near-normal NPV, at most about 2.1 sd/√n at P5 and P95.
            let quantileTolerance = 5 * 2.1 * sd / (20_000.0).squareRoot() * 2.0.squareRoot()
            XCTAssertEqual(general[i].npv.mean.pounds, fast.means[i].pounds, accuracy: meanTolerance)
            XCTAssertEqual(general[i].npv.p5.pounds, fast.percentiles[i].p5.pounds, accuracy: quantileTolerance)
            XCTAssertEqual(general[i].npv.p50.pounds, fast.percentiles[i].p50.pounds, accuracy: quantileTolerance)
            XCTAssertEqual(general[i].npv.p95.pounds, fast.percentiles[i].p95.pounds, accuracy: quantileTolerance)
            // Since `simulate` runs on the benchmark's streams and samplers, the two draw the same values and differ
            // only in the rounding of their arithmetic (the engine adds weighted rows, the benchmark folds the weight
            // into the triangular's constants): equal to about 1e-12 of the values.
            let scale = abs(fast.percentiles[i].p50.pounds)
            XCTAssertEqual(general[i].npv.mean.pounds, fast.means[i].pounds, accuracy: 1e-9 * scale)
            XCTAssertEqual(general[i].npv.p5.pounds, fast.percentiles[i].p5.pounds, accuracy: 1e-9 * scale)
            XCTAssertEqual(general[i].npv.p50.pounds, fast.percentiles[i].p50.pounds, accuracy: 1e-9 * scale)
            XCTAssertEqual(general[i].npv.p95.pounds, fast.percentiles[i].p95.pounds, accuracy: 1e-9 * scale)
        }
    }

    func testOptimismBiasIsAppliedAsInTheAppraisal() throws {
        // Equipment and development: +200% on one-off costs at the upper bound [S55], so the capital mean
        // becomes 300,000 × 1.083333 = 325,000: exact mean −325,000 + 253,656.45 = −£71,343.5.
        let summary = try engine().run([SimulationOption(Self.project(category: .equipmentDevelopment))])[0]
        let annuity = DiscountSchedule.greenBook.annuityFactor(years: 10)
        let exact = -300_000 * (6.5 / 6) + 30_000 * (3.05 / 3) * annuity
        XCTAssertEqual(summary.exactMeanNPV.pounds, exact, accuracy: 1e-6)
        let se = summary.npv.standardDeviation.pounds / Double(summary.iterations).squareRoot()
        XCTAssertEqual(summary.npv.mean.pounds, exact, accuracy: 5 * se)
        XCTAssertGreaterThan(summary.npv.probabilityBelowZero, 0.9)
        // With no optimism bias the mean is the unadjusted one.
        let plain = try engine(policy: .none).run([SimulationOption(Self.project(category: .equipmentDevelopment))])[0]
        XCTAssertEqual(plain.exactMeanNPV.pounds, -100_000 * (6.5 / 6) + 30_000 * (3.05 / 3) * annuity, accuracy: 1e-6)
    }

    func testCorrelatedSavingsSpreadWiderThanIndependentOnes() throws {
        // One draw for all ten years: sd of the savings' PV = 30,000 × 0.132811 × 8.316605 = £33,136, against
        // 30,000 × 0.132811 × √ΣD² = £10,556 when each year is drawn. With no capital uncertainty to blur it.
        var correlated = Self.project(correlated: true)
        correlated.lines[0].uncertainty = nil
        var independent = Self.project()
        independent.lines[0].uncertainty = nil
        let result = try engine().run([SimulationOption(correlated), SimulationOption(independent)])
        let annuity = DiscountSchedule.greenBook.annuityFactor(years: 10)
        let factors = DiscountSchedule.greenBook.factors(through: 10)
        let multiplierSD = (0.3175 / 18).squareRoot()
        XCTAssertEqual(result[0].npv.standardDeviation.pounds, 30_000 * multiplierSD * annuity, accuracy: 0.03 * 33_136)
        let rootSum = factors.dropFirst().reduce(0) { $0 + $1 * $1 }.squareRoot()
        XCTAssertEqual(result[1].npv.standardDeviation.pounds, 30_000 * multiplierSD * rootSum, accuracy: 0.03 * 10_556)
    }

    func testLinesSharingAnInputShareOneDraw() throws {
        // A cost of £50,000 and a saving of £80,000 in year 1, both scaled by the same uniform 0.5–1.5 multiplier:
        // NPV = 30,000 × D(1) × m exactly, so the sd is 30,000 × 0.966184 × √(1/12) = £8,367.4 and no iteration is
        // negative. Independent draws would give a sd of √(50² + 80²)/30 times larger and negative NPVs.
        let shared = LineUncertainty(input: "demand", low: 0.5, high: 1.5, shape: .uniform, independentByYear: false)
        let schedule = CashFlowSchedule(
            title: "Shared", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 1,
            lines: [
                CashFlowLine("Cost", kind: .recurringCost, amounts: [0, 50_000], uncertainty: shared, provenance: Self.test),
                CashFlowLine("Saving", kind: .saving, amounts: [0, 80_000], uncertainty: shared, provenance: Self.test),
            ],
            optimismBias: nil)
        let summary = try engine().run([SimulationOption(schedule)])[0]
        let d1 = 1 / 1.035
        XCTAssertEqual(summary.npv.standardDeviation.pounds, 30_000 * d1 * (1.0 / 12).squareRoot(), accuracy: 0.03 * 8_367)
        XCTAssertEqual(summary.npv.probabilityBelowZero, 0)
        XCTAssertGreaterThanOrEqual(summary.npv.p5.pounds, 30_000 * d1 * 0.5)
    }

    func testPaybackOfACertainScheduleIsTheAppraisalsPayback() throws {
        // −100, 30, 30, 60 (£k) cumulate to −100, −70, −40, +20: payback 2 + 40/60 = 2.667 years in every iteration.
        let schedule = CashFlowSchedule(
            title: "Certain", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 3,
            lines: [
                CashFlowLine("Works", kind: .oneOffCost, amounts: [100_000], provenance: Self.test),
                CashFlowLine("Saving", kind: .saving, amounts: [0, 30_000, 30_000, 60_000], provenance: Self.test),
            ],
            optimismBias: nil)
        let summary = try engine(iterations: 100).run([SimulationOption(schedule)])[0]
        let expected = Payback.simple([-100_000, 30_000, 30_000, 60_000])!
        XCTAssertEqual(expected, 2 + 40.0 / 60, accuracy: 1e-12)
        XCTAssertEqual(summary.payback.p50!, expected, accuracy: 1e-6)
        XCTAssertEqual(summary.payback.mean!, expected, accuracy: 1e-6)
        XCTAssertEqual(summary.payback.standardDeviation!, 0, accuracy: 1e-9)
        XCTAssertEqual(summary.payback.shareWithoutPayback, 0)
        XCTAssertEqual(summary.npv.standardDeviation.pounds, 0, accuracy: 1e-6)
        XCTAssertEqual(summary.npv.p5, summary.npv.p95)
    }

    func testPaybackFollowsTheAppraisalWhenTheCostComesInYearOne() throws {
        // 0, −100, 60, 60 (£k) cumulate to 0, −100, −40, +20: the leading empty year does not count as paid back, so
        // payback is 2 + 40/60 = 2.67 years, as `Payback.simple` says.
        let schedule = CashFlowSchedule(
            title: "Late start", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 3,
            lines: [
                CashFlowLine("Works", kind: .oneOffCost, amounts: [0, 100_000], provenance: Self.test),
                CashFlowLine("Saving", kind: .saving, amounts: [0, 0, 60_000, 60_000], provenance: Self.test),
            ],
            optimismBias: nil)
        let summary = try engine(iterations: 50).run([SimulationOption(schedule)])[0]
        let expected = try XCTUnwrap(Payback.simple([0, -100_000, 60_000, 60_000]))
        XCTAssertEqual(expected, 2 + 40.0 / 60, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(summary.payback.p50), expected, accuracy: 1e-6)
    }

    func testIterationsThatNeverPayBackAreCounted() throws {
        // Saving uniform 0–2 × £10,000 a year for 5 years against £30,000: pays back within 5 years only when the
        // multiplier is at least 0.6, so 70% pay back and 30% never do; the 5th percentile year is then finite and
        // the 95th none.
        let schedule = CashFlowSchedule(
            title: "Risky", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 5,
            lines: [
                CashFlowLine("Works", kind: .oneOffCost, amounts: [30_000], provenance: Self.test),
                CashFlowLine(
                    "Saving", kind: .saving, amounts: [0] + Array(repeating: 10_000, count: 5),
                    uncertainty: LineUncertainty(input: "s", low: 0, high: 2, shape: .uniform, independentByYear: false),
                    provenance: Self.test),
            ],
            optimismBias: nil)
        let summary = try engine().run([SimulationOption(schedule)])[0]
        XCTAssertEqual(summary.payback.shareWithoutPayback, 0.3, accuracy: 5 * (0.21 / 20_000).squareRoot())
        XCTAssertNil(summary.payback.p95)
        XCTAssertNotNil(summary.payback.p5)
    }

    func testCancellationStopsTheRunAndProgressReachesOne() throws {
        XCTAssertThrowsError(
            try engine(iterations: 100_000).run(
                [SimulationOption(Self.project())], control: SimulationControl(isCancelled: { true }))
        ) { XCTAssertEqual(($0 as? WorkbenchError)?.code, .cancelled) }
        let seen = ProgressRecorder()
        _ = try engine(iterations: 50_000).run(
            [SimulationOption(Self.project())], control: SimulationControl(progress: { seen.record($0) }))
        XCTAssertEqual(seen.last, 1)
        XCTAssertGreaterThan(seen.count, 1)
    }

    func testIterationsOutOfRangeAreRejected() {
        XCTAssertThrowsError(try engine(iterations: 5).run([SimulationOption(Self.project())])) {
            let error = $0 as? WorkbenchError
            XCTAssertEqual(error?.code, .invalidArgument)
            XCTAssertEqual(error?.location?.argument, "--iterations")
        }
    }
}

/// Collects progress reports from worker threads.
final class ProgressRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Double] = []

    func record(_ value: Double) {
        lock.lock()
        values.append(value)
        lock.unlock()
    }

    var last: Double? {
        lock.lock()
        defer { lock.unlock() }
        return values.max()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}
