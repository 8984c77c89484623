import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// Internal rates of return: every real root, and saying so when there is more than one or none.
final class AppraisalIRRTests: XCTestCase {
    func testUniqueRoot() {
        // −100 + 110/(1+r) = 0 ⇒ r = 10%.
        let irr = InternalRateOfReturn.solve([-100, 110])
        guard case .unique(let rate) = irr.outcome else { return XCTFail("expected one root, got \(irr.outcome)") }
        XCTAssertEqual(rate.fraction, 0.10, accuracy: 1e-10)
        XCTAssertEqual(irr.explanation, "One rate makes the NPV zero: 10%.")
    }

    func testKnownAnnuityRoot() {
        // −180,000 + 36,000 × (1 − (1+r)^−10)/r = 0: annuity factor 5 at r = 15.0984% (by bisection by hand).
        let flows = [-180_000.0] + Array(repeating: 36_000.0, count: 10)
        let roots = InternalRateOfReturn.solve(flows).roots
        XCTAssertEqual(roots.count, 1)
        XCTAssertEqual(roots.first?.fraction ?? 0, 0.150984, accuracy: 0.000001)
        XCTAssertEqual(NetPresentValue.of(flows, rate: roots.first?.fraction ?? 0), 0, accuracy: 1e-6)
    }

    func testTwoRoots() {
        // −100 + 230x − 132x² = 0 with x = 1/(1+r): x = (230 ± 10)/264 = 0.90909 or 0.83333, so r = 10% and 20%.
        let irr = InternalRateOfReturn.solve([-100, 230, -132])
        guard case .multiple(let rates) = irr.outcome else { return XCTFail("expected two roots, got \(irr.outcome)") }
        XCTAssertEqual(rates.count, 2)
        XCTAssertEqual(rates[0].fraction, 0.10, accuracy: 1e-10)
        XCTAssertEqual(rates[1].fraction, 0.20, accuracy: 1e-10)
        XCTAssertEqual(irr.signChanges, 2)
        XCTAssertTrue(irr.explanation.contains("2 rates make the NPV zero: 10% and 20%"), irr.explanation)
        XCTAssertTrue(irr.explanation.contains("no guide to the decision"), irr.explanation)
    }

    func testNoRootWhenFlowsNeverChangeSign() {
        let irr = InternalRateOfReturn.solve([100, 100])
        XCTAssertEqual(irr.outcome, .none)
        XCTAssertTrue(irr.explanation.contains("never change sign"), irr.explanation)
    }

    func testNoRootDespiteSignChanges() {
        // 100 − 300x + 300x²: discriminant 90,000 − 120,000 < 0, so no real root though the signs change twice.
        let irr = InternalRateOfReturn.solve([100, -300, 300])
        XCTAssertEqual(irr.outcome, .none)
        XCTAssertEqual(irr.signChanges, 2)
        XCTAssertTrue(irr.explanation.contains("no rate above -100% makes the NPV zero"), irr.explanation)
    }

    func testRepeatedRootIsFoundOnce() {
        // −100 + 200x − 100x² = −100(1 − x)²: a double root at x = 1, r = 0%, where the NPV touches zero.
        let roots = InternalRateOfReturn.solve([-100, 200, -100]).roots
        XCTAssertEqual(roots.count, 1)
        XCTAssertEqual(roots.first?.fraction ?? 1, 0, accuracy: 1e-6)
    }

    func testExtremeRoots() {
        // −1 + 1000x = 0 ⇒ x = 0.001, r = 999 (99,900%); 1000 − x = 0 ⇒ x = 1000, r = −99.9%.
        XCTAssertEqual(InternalRateOfReturn.solve([-1, 1000]).roots.first?.fraction ?? 0, 999, accuracy: 1e-6)
        XCTAssertEqual(InternalRateOfReturn.solve([1000, -1]).roots.first?.fraction ?? 0, -0.999, accuracy: 1e-12)
        // Leading and trailing zeros do not matter: 0, −100, 110, 0 has the same root as −100, 110.
        XCTAssertEqual(InternalRateOfReturn.solve([0, -100, 110, 0]).roots.first?.fraction ?? 0, 0.10, accuracy: 1e-10)
    }

    /// Flows whose NPV polynomial in x = 1/(1+r) is 100 × Π (x − x_i), so the IRRs are exactly the given rates.
    private func flows(withRoots rates: [Double]) -> [Double] {
        var coefficients = [100.0]
        for rate in rates {
            let root = 1 / (1 + rate)
            var next = [Double](repeating: 0, count: coefficients.count + 1)
            for (k, c) in coefficients.enumerated() {
                next[k + 1] += c
                next[k] -= c * root
            }
            coefficients = next
        }
        return coefficients
    }

    func testThreeRoots() {
        // 100 (x − 1/1.05)(x − 1/1.07)(x − 1/1.30): roots at 5%, 7% and 30%.
        let irr = InternalRateOfReturn.solve(flows(withRoots: [0.05, 0.07, 0.30]))
        XCTAssertEqual(irr.roots.count, 3)
        for (found, expected) in zip(irr.roots, [0.05, 0.07, 0.30]) { XCTAssertEqual(found.fraction, expected, accuracy: 1e-9) }
        XCTAssertEqual(irr.signChanges, 3)
    }

    func testTwoRootsCloserThanTheGrid() {
        // 10% and 10.1% are 0.0009 apart in ln x, less than the scan's step of 0.002: found by the dip search.
        let roots = InternalRateOfReturn.solve(flows(withRoots: [0.10, 0.101])).roots
        XCTAssertEqual(roots.count, 2)
        XCTAssertEqual(roots.first?.fraction ?? 0, 0.10, accuracy: 1e-8)
        XCTAssertEqual(roots.last?.fraction ?? 0, 0.101, accuracy: 1e-8)
    }

    func testAllZeroFlows() {
        let irr = InternalRateOfReturn.solve([0, 0, 0])
        XCTAssertEqual(irr.outcome, .none)
        XCTAssertTrue(irr.explanation.contains("Every flow is zero"))
    }

    func testLongStreamFindsItsRoot() {
        // −1,000 then 50 a year for 300 years: NPV(r) = −1000 + 50 × (1 − (1+r)^−300)/r ⇒ r just under 5%
        // (a perpetuity of 50 at 5% is worth exactly 1,000; the finite tail makes the root 4.99999…%).
        let flows = [-1_000.0] + Array(repeating: 50.0, count: 300)
        let roots = InternalRateOfReturn.solve(flows).roots
        XCTAssertEqual(roots.count, 1)
        XCTAssertEqual(roots.first?.fraction ?? 0, 0.05, accuracy: 1e-6)
        XCTAssertEqual(NetPresentValue.of(flows, rate: roots.first?.fraction ?? 0), 0, accuracy: 1e-6)
    }
}
