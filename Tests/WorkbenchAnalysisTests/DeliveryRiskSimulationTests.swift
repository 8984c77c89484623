import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// Simulation with delivery risk: a tiny option whose NPV is worked out by hand for every delay, so the chance of
/// loss and the mean can be checked against the hand computation; failure; ramp-up stretch; reproducibility.
@Suite struct DeliveryRiskSimulationTests {
    /// Years 0–2 undiscounted: a one-off cost of 100 in year 0 and a saving of 80 in years 1 and 2, no other
    /// uncertainty. The saving, read as a function of time, is 0 up to year 0, 80·x between years 0 and 1, and 80
    /// after. Delayed by D (0 ≤ D ≤ 2): NPV(D) = −100 + A(1 − D) + A(2 − D) = 60 − 80·D on the whole range
    /// (D ≤ 1: −100 + 80(1 − D) + 80; D ≥ 1: −100 + 0 + 80(2 − D)).
    static func schedule() -> CashFlowSchedule {
        let p = Provenance.estimate(method: "test")
        return CashFlowSchedule(
            title: "Handover", origin: "handover", baseYear: FinancialYear(startYear: 2010), horizon: 2,
            lines: [
                CashFlowLine("Grant", kind: .oneOffCost, amounts: [100, 0, 0], provenance: p),
                CashFlowLine("Running cost saved", kind: .saving, amounts: [0, 80, 80], provenance: p),
            ],
            optimismBias: nil)
    }

    static func risk(delay: ClosedRange<Double>, mode: Double? = nil, uniform: Bool = false, stretch: ClosedRange<Double> = 1...1,
                     failure: Double = 0) -> DeliveryRisk {
        var risk = DeliveryRisk(
            kind: "test handover", delayYears: delay.lowerBound, mostLikely: mode ?? delay.lowerBound, high: delay.upperBound,
            rampUpStretch: stretch, rampUpMostLikely: stretch.lowerBound, failure: failure, provenance: .estimate(method: "test"))
        if uniform { risk.delay.shape = .uniform }
        return risk
    }

    static func engine(iterations: Int = 20_000, threads: Int = 1) -> MonteCarloEngine {
        MonteCarloEngine(
            iterations: iterations, seed: 11, discount: DiscountSchedule(rate: Rate(fraction: 0), declining: false),
            optimismBias: .none, threads: threads)
    }

    static func run(_ risk: DeliveryRisk?, iterations: Int = 20_000, threads: Int = 1) throws -> SimulationSummary {
        try engine(iterations: iterations, threads: threads).run([SimulationOption(schedule(), delivery: risk)])[0]
    }

    @Test func withoutDeliveryRiskEveryIterationIsTheScheduledNPV() throws {
        let s = try Self.run(nil, iterations: 100)
        #expect(s.npv.p5.pounds == 60 && s.npv.p95.pounds == 60)
        #expect(s.npv.probabilityBelowZero == 0)
        #expect(s.meanIsExact)
    }

    @Test(arguments: [(0.5, 20.0), (1.0, -20.0), (1.5, -60.0), (0.25, 40.0)])
    func aFixedDelayGivesTheHandComputedNPV(delay: Double, npv: Double) throws {
        let s = try Self.run(Self.risk(delay: delay...delay), iterations: 100)
        #expect(abs(s.npv.p5.pounds - npv) < 1e-9)
        #expect(abs(s.npv.p95.pounds - npv) < 1e-9)
        #expect(s.npv.probabilityBelowZero == (npv < 0 ? 1 : 0))
        #expect(abs(s.exactMeanNPV.pounds - npv) < 1e-9)
        #expect(abs(s.baseNPV.pounds - 60) < 1e-9)
    }

    @Test func aLikelyDelayGivesTheHandComputedChanceOfLoss() throws {
        // D uniform on 0–2: NPV = 60 − 80D < 0 when D > 0.75, so P(loss) = 1.25 ÷ 2 = 0.625; mean 60 − 80 = −20;
        // P5 = 60 − 80 × 1.9 = −92, median 60 − 80 = −20.
        let s = try Self.run(Self.risk(delay: 0...2, uniform: true))
        let se = (0.625 * 0.375 / 20_000).squareRoot()
        #expect(abs(s.npv.probabilityBelowZero - 0.625) < 5 * se)
        #expect(abs(s.exactMeanNPV.pounds - -20) < 1e-9)
        #expect(!s.meanIsExact)
        #expect(abs(s.npv.mean.pounds - -20) < 5 * s.npv.standardDeviation.pounds / 20_000.0.squareRoot())
        #expect(abs(s.npv.p5.pounds - -92) < 2)
        #expect(abs(s.npv.p50.pounds - -20) < 2)
        #expect(s.delivery.count == 1 && s.delivery[0].contains("test handover"))
    }

    @Test func aTriangularDelayMatchesTheHandComputedChanceOfLoss() throws {
        // Triangular 0–0–1 (the community handover's delay): NPV = 60 − 80D ≥ −20 and < 0 when D > 0.75:
        // P(D > 0.75) = (1 − 0.75)² = 0.0625; mean 60 − 80 × ⅓ = 33.33.
        let s = try Self.run(Self.risk(delay: 0...1))
        let se = (0.0625 * 0.9375 / 20_000).squareRoot()
        #expect(abs(s.npv.probabilityBelowZero - 0.0625) < 5 * se)
        #expect(abs(s.exactMeanNPV.pounds - (60 - 80.0 / 3)) < 0.05)
    }

    @Test func aChangeNotDeliveredLosesItsOneOffCost() throws {
        // On time but not delivered one time in four: NPV 60 or −100; P(loss) 0.25, mean 0.75 × 60 − 0.25 × 100 = 20.
        let s = try Self.run(Self.risk(delay: 0...0, failure: 0.25))
        let se = (0.25 * 0.75 / 20_000).squareRoot()
        #expect(abs(s.npv.probabilityBelowZero - 0.25) < 5 * se)
        #expect(abs(s.exactMeanNPV.pounds - 20) < 1e-9)
        #expect(s.npv.p5.pounds == -100)
    }

    @Test func aStretchedRampUpHalvesTheFirstYear() throws {
        // Ramp-up twice as long from year 0: year 1 reads the saving at time 0.5 (40), year 2 at time 1 (80): NPV 20.
        let s = try Self.run(Self.risk(delay: 0...0, stretch: 2...2), iterations: 100)
        #expect(abs(s.npv.p50.pounds - 20) < 1e-9)
    }

    @Test func oneThreadAndTwoGiveTheSameFigures() throws {
        let risk = Self.risk(delay: 0...1, mode: 0.3, stretch: 1...2, failure: 0.1)
        let one = try Self.run(risk, iterations: 5_000, threads: 1)
        let two = try Self.run(risk, iterations: 5_000, threads: 2)
        #expect(one == two)
    }

    @Test func anInvalidRiskIsRefused() {
        #expect(throws: WorkbenchError.self) { try Self.run(Self.risk(delay: 0...1, stretch: 0.5...1)) }
        #expect(throws: WorkbenchError.self) { try Self.run(Self.risk(delay: 0...1, failure: 1.5)) }
    }
}
