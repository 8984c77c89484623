import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// The IRR against numpy-financial's own test cases (numpy/numpy-financial, tests/test_financial.py, `TestIrr`) and
/// the edges of issues 15 and 16: every real root in (−100%, ∞), including roots within 1e-9 of −100%, exactly one
/// root whenever the flows change sign once, and flows of any finite size.
///
/// numpy-financial returns one rate; where the flows have several, it returns the root closest to its guess, 0.1.
/// The workbench returns all of them, so each case checks that numpy's rate is the one of ours closest to 0.1 and
/// that every rate found really makes the NPV zero.
@Suite struct IRRNumpyFinancialTests {
    /// NPV / Σ|flow| x^t at x = 1/(1+r), written here apart from the solver: Horner in x for x ≤ 1 and in 1/x
    /// (from the last flow) for x > 1, so that nothing overflows.
    static func relativeNPV(_ flows: [Double], x: Double) -> Double {
        var value = 0.0
        var magnitude = 0.0
        let ordered = x <= 1 ? Array(flows.reversed()) : flows
        let step = x <= 1 ? x : 1 / x
        for flow in ordered {
            value = value * step + flow
            magnitude = magnitude * step + Swift.abs(flow)
        }
        return value / magnitude
    }

    static func relativeNPV(_ flows: [Double], _ rate: Double) -> Double { relativeNPV(flows, x: 1 / (1 + rate)) }

    /// Whether the NPV changes sign (or vanishes) within a relative 1e-5 of x = 1/(1+r) on either side: a check that
    /// a rate is a root which does not suffer from r's rounding near −100%.
    static func bracketsRoot(_ flows: [Double], _ rate: Double) -> Bool {
        let x = 1 / (1 + rate)
        let below = relativeNPV(flows, x: x * (1 - 1e-5))
        let above = relativeNPV(flows, x: x * (1 + 1e-5))
        return below == 0 || above == 0 || (below < 0) != (above < 0)
    }

    /// `test_basic_values` (numpy checks two decimals) and `test_trailing_zeros`, `test_gh_39` and `test_gh_44`.
    static let cases: [(flows: [Double], numpy: Double, tolerance: Double)] = [
        ([-150_000, 15_000, 25_000, 35_000, 45_000, 60_000], 0.0524, 0.005),
        ([-100, 0, 0, 74], -0.0955, 0.005),
        ([-100, 39, 59, 55, 20], 0.28095, 0.005),
        ([-100, 100, 0, -7], -0.0833, 0.005),
        ([-100, 100, 0, 7], 0.06206, 0.005),
        ([-5, 10.5, 1, -8, 1], 0.0886, 0.005),
        ([-5, 10.5, 1, -8, 1, 0, 0, 0], 0.0886, 0.005),
        (
            [
                -217500.0, -217500.0, 108466.80462450592, 101129.96439328062, 93793.12416205535, 86456.28393083003,
                79119.44369960476, 71782.60346837944, 64445.76323715414, 57108.92300592884, 49772.08277470355,
                42435.24254347826, 35098.40231225296, 27761.56208102766, 20424.721849802358, 13087.88161857707,
                5751.041387351768, -1585.7988438735192, -8922.639075098821, -16259.479306324123, -23596.31953754941,
                -30933.159768774713, -38270.0, -45606.8402312253, -52943.680462450604, -60280.520693675906,
                -67617.36092490121,
            ], 0.12, 1.5e-7
        ),
        ([-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1], 1.00426, 1.5e-4),
    ]

    @Test("numpy-financial's basic values, trailing zeros, gh-39 and gh-44", arguments: cases.indices)
    func numpyCase(index: Int) {
        let (flows, expected, tolerance) = Self.cases[index]
        let irr = InternalRateOfReturn.solve(flows)
        let rates = irr.roots.map(\.fraction)
        #expect(!rates.isEmpty, "flows \(flows)")
        let closest = rates.min { Swift.abs($0 - 0.1) < Swift.abs($1 - 0.1) } ?? .nan
        #expect(Swift.abs(closest - expected) <= tolerance, "numpy gives \(expected); roots \(rates)")
        for rate in rates { #expect(Swift.abs(Self.relativeNPV(flows, rate)) < 1e-9, "rate \(rate) of \(flows)") }
        #expect(rates.count <= irr.signChanges, "Descartes: no more roots than sign changes")
    }

    @Test("numpy-financial's NPV–IRR congruence: NPV(IRR) = 0 to 1e-10")
    func congruence() {
        let flows: [Double] = [-40_000, 5_000, 8_000, 12_000, 30_000]
        let irr = InternalRateOfReturn.solve(flows)
        #expect(irr.roots.count == 1)
        let rate = irr.roots.first?.fraction ?? .nan
        #expect(Swift.abs(NetPresentValue.of(flows, rate: rate)) < 1e-10 * 40_000)
    }

    @Test(
        "numpy-financial's cases with no solution (numpy returns nan)",
        arguments: [[1.0, 2, 3], [-1.0, -2, -3], [40_000.0, 5_000, 8_000, 12_000, 30_000]])
    func noSolution(flows: [Double]) {
        let irr = InternalRateOfReturn.solve(flows)
        #expect(irr.outcome == .none)
        #expect(irr.explanation.contains("never change sign"))
    }

    /// numpy-financial's gh-15: 31 flows, one sign change, root −0.9999999990596069 (numpy checks rtol 1e-9).
    static let gh15: [Double] = [
        -3000.0, 2.3926932267015667e-07, 4.1672087103345505e-16, 5.3965110036378706e-25, 5.1962551071806174e-34,
        3.7202955645436402e-43, 1.9804961711632469e-52, 7.8393517651814181e-62, 2.3072565113911438e-71,
        5.0491839233308912e-81, 8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
        5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141, 3.0252876563518021e-152,
        6.1854121948207909e-163, 9.4032980015353301e-174, 1.0629218520017728e-184, 8.9337141847171845e-196,
        5.5830607698467935e-207, 2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
        4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277, 5.1811095266842017e-289,
        3.0250999925830644e-301, Double("1.3133070599585015e-313")!,  // a subnormal: parsed at run time, as numpy does
    ]

    @Test("numpy-financial's gh-15: the one root within 1e-9 of −100% is found")
    func gh15RootNearMinusOneHundredPercent() {
        let irr = InternalRateOfReturn.solve(Self.gh15)
        #expect(irr.signChanges == 1)
        guard case .unique(let rate) = irr.outcome else {
            Issue.record("expected one root, got \(irr.outcome): \(irr.explanation)")
            return
        }
        let desired = -0.9999999990596069
        #expect(Swift.abs(rate.fraction - desired) <= 1e-9 * Swift.abs(desired))
        #expect(rate.fraction > -1)
        #expect(Self.bracketsRoot(Self.gh15, rate.fraction))
        // Finer than numpy's check: 1 + r itself to 1e-6 relative.
        #expect(Swift.abs((1 + rate.fraction) / (1 + desired) - 1) < 1e-6)
    }

    @Test("issue 16: irr -1e308 1e308 is the single root 0%, whatever the scale", arguments: [1e308, Double.greatestFiniteMagnitude, 1e-300, Double.leastNonzeroMagnitude, 1])
    func hugeAndTinyFlows(size: Double) {
        let irr = InternalRateOfReturn.solve([-size, size])
        #expect(irr.roots.count == 1, "\(irr.explanation)")
        #expect(Swift.abs(irr.roots.first?.fraction ?? .nan) < 1e-12)
    }

    @Test("Flows spanning 600 orders of magnitude keep every term: 1e-300, −1, 1e300 has no real root")
    func wideDynamicRange() {
        // 1e-300 − x + 1e300 x²: discriminant 1 − 4 < 0, so no real root, though the signs change twice (dropping the
        // tiny first flow would wrongly leave the root x = 1e-300).
        let none = InternalRateOfReturn.solve([1e-300, -1, 1e300])
        #expect(none.outcome == .none, "\(none.explanation)")
        #expect(none.signChanges == 2)
        // −M + M x − M x² + M x³ = M (x − 1)(x² + 1) at the largest double M: the single real root 0%.
        let m = Double.greatestFiniteMagnitude
        let one = InternalRateOfReturn.solve([-m, m, -m, m])
        #expect(one.roots.map(\.fraction) == [0] || (one.roots.count == 1 && Swift.abs(one.roots[0].fraction) < 1e-12))
    }

    @Test("A root 1e-12 above −100% is found; one beyond double precision is named, not missed silently")
    func rootsAtTheEdge() {
        // −1 + 1e-12·x: x = 1e12, r = 1e-12 − 1.
        let near = InternalRateOfReturn.solve([-1, 1e-12]).roots
        #expect(near.count == 1)
        #expect(Swift.abs((near.first?.fraction ?? 0) + 1 - 1e-12) < 1e-24 + 1e-16)
        #expect((near.first?.fraction ?? -1) > -1)
        // −1 + 1e-20·x: x = 1e20, 1 + r = 1e-20, closer to −1 than a double can tell apart.
        let beyond = InternalRateOfReturn.solve([-1, 1e-20])
        #expect(beyond.roots.isEmpty)
        #expect(beyond.explanation.contains("within 2.2e-16 of -100%"), "\(beyond.explanation)")
        // A very large rate: −1 + 1e10 x, r = 1e10 − 1.
        let huge = InternalRateOfReturn.solve([-1, 1e10]).roots
        #expect(huge.count == 1)
        #expect(Swift.abs((huge.first?.fraction ?? 0) / (1e10 - 1) - 1) < 1e-12)
    }

    /// Random flows with one sign change, built so the root is known: any such stream has exactly one root, and it
    /// must be found. Deterministic (a fixed linear congruential sequence), so the test cannot flake.
    @Test("One sign change: exactly one root, always found (500 generated streams, magnitudes 1e-200 to 1e200)")
    func oneSignChangeAlwaysFound() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for trial in 0..<500 {
            let count = 2 + Int(next() * 40)
            let split = 1 + Int(next() * Double(count - 1))
            let scale = pow(10, (next() - 0.5) * 400)
            var flows: [Double] = []
            for k in 0..<count {
                let size = scale * pow(10, (next() - 0.5) * 8)
                flows.append(k < split ? -size : size)
            }
            let irr = InternalRateOfReturn.solve(flows)
            #expect(irr.signChanges == 1)
            if irr.roots.count != 1 {
                // Only acceptable when the root lies beyond double precision, and then the reply must say so.
                #expect(irr.explanation.contains("double-precision"), "trial \(trial): \(flows) → \(irr.explanation)")
                continue
            }
            let rate = irr.roots[0].fraction
            #expect(rate > -1 && rate.isFinite)
            #expect(Self.bracketsRoot(flows, rate), "trial \(trial): \(flows) → \(rate)")
        }
    }
}
