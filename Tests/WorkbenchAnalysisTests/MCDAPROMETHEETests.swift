import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// PROMETHEE II flows and the six preference functions.
final class MCDAPROMETHEETests: XCTestCase {
    func testPublishedUsualExample() throws {
        // Zhao, Peng & Li (2013), "Revised PROMETHEE II for improving efficiency in emergency response", Procedia
        // Computer Science 17, 181–188, as used in the pymcdm test suite: net flows 0.1, −0.3, 0.2.
        // By hand, π(A1,A2) = 0.5 + 0.3 = 0.8, π(A2,A1) = 0.2; π(A1,A3) = 0.3, π(A3,A1) = 0.7; π(A2,A3) = 0.5,
        // π(A3,A2) = 0.5. φ⁺ = (0.8+0.3)/2, (0.2+0.5)/2, (0.7+0.5)/2 = 0.55, 0.35, 0.6;
        // φ⁻ = (0.2+0.7)/2, (0.8+0.5)/2, (0.3+0.5)/2 = 0.45, 0.65, 0.4.
        let matrix = try DecisionMatrix(options: ["A1", "A2", "A3"], criteria: ["c1", "c2", "c3"], values: [4, 3, 2, 3, 2, 4, 5, 1, 3])
        let result = try PROMETHEE.evaluate(
            matrix, weights: try Weights([0.5, 0.3, 0.2], criteria: matrix.criteria), directions: [.benefit, .benefit, .benefit],
            preferences: [.usual, .usual, .usual])
        assertClose(result.positiveFlows, [0.55, 0.35, 0.6], accuracy: 1e-15)
        assertClose(result.negativeFlows, [0.45, 0.65, 0.4], accuracy: 1e-15)
        assertClose(result.scores, [0.1, -0.3, 0.2], accuracy: 1e-15)
        XCTAssertEqual(result.ranks, [2, 3, 1])
        // The single-criterion flows weight up to the net flow.
        for i in 0..<3 {
            let sum = (0..<3).map { result.weights.values[$0] * result.normalised[i * 3 + $0] }.reduce(0, +)
            XCTAssertEqual(sum, result.scores[i], accuracy: 1e-15)
        }
    }

    /// One benefit criterion with A 0, B 20, C 40: differences of 20 (B over A, C over B) and 40 (C over A).
    private func flows(_ function: PreferenceFunction, direction: CriterionDirection = .benefit) throws -> [Double] {
        let matrix = try DecisionMatrix(options: ["A", "B", "C"], criteria: ["x"], values: [0, 20, 40])
        return try PROMETHEE.evaluate(
            matrix, weights: try Weights([1], criteria: ["x"]), directions: [direction], preferences: [function]).scores
    }

    func testEachPreferenceFunctionByHand() throws {
        // Net flow of C = (P(20) + P(40))/2, of A = −(P(20) + P(40))/2, of B = (P(20) − P(20))/2 = 0.
        // usual: P(20) = P(40) = 1 → C 1.
        assertClose(try flows(.usual), [-1, 0, 1], accuracy: 1e-15)
        // u-shape q=25: P(20) = 0, P(40) = 1 → C 0.5.
        assertClose(try flows(.uShape(q: 25)), [-0.5, 0, 0.5], accuracy: 1e-15)
        // v-shape p=40: P(20) = 0.5, P(40) = 1 → C 0.75.
        assertClose(try flows(.vShape(p: 40)), [-0.75, 0, 0.75], accuracy: 1e-15)
        // level q=10 p=30: P(20) = ½, P(40) = 1 → C 0.75; level q=20 p=30: P(20) = 0 (d ≤ q) → C 0.5.
        assertClose(try flows(.level(q: 10, p: 30)), [-0.75, 0, 0.75], accuracy: 1e-15)
        assertClose(try flows(.level(q: 20, p: 30)), [-0.5, 0, 0.5], accuracy: 1e-15)
        // linear q=10 p=30: P(20) = (20 − 10)/20 = 0.5, P(40) = 1 → C 0.75; q=15 p=35: P(20) = 0.25 → C 0.625.
        assertClose(try flows(.linear(q: 10, p: 30)), [-0.75, 0, 0.75], accuracy: 1e-15)
        assertClose(try flows(.linear(q: 15, p: 35)), [-0.625, 0, 0.625], accuracy: 1e-15)
        // gaussian s=20: P(20) = 1 − e^(−400/800) = 0.393469, P(40) = 1 − e^(−2) = 0.864665 → C 0.629067.
        let c = ((1 - exp(-0.5)) + (1 - exp(-2.0))) / 2
        XCTAssertEqual(c, 0.629067, accuracy: 5e-7)
        assertClose(try flows(.gaussian(s: 20)), [-c, 0, c], accuracy: 1e-15)
    }

    func testCostCriterionReversesTheFlows() throws {
        assertClose(try flows(.linear(q: 10, p: 30), direction: .cost), [0.75, 0, -0.75], accuracy: 1e-15)
    }

    func testConstantCriterionAndTies() throws {
        // x separates nothing (all 5); y: A and B tie on 1, C 0. Usual: π(A,C) = π(B,C) = ½, others 0.
        // φ⁺ = ¼, ¼, 0; φ⁻ = 0, 0, ½; net ¼, ¼, −½. A and B tie for first.
        let matrix = try DecisionMatrix(options: ["A", "B", "C"], criteria: ["x", "y"], values: [5, 1, 5, 1, 5, 0])
        let result = try PROMETHEE.evaluate(
            matrix, weights: try Weights([1, 1], criteria: matrix.criteria), directions: [.benefit, .benefit], preferences: [.usual, .usual])
        assertClose(result.scores, [0.25, 0.25, -0.5], accuracy: 1e-15)
        XCTAssertEqual(result.ranks, [1, 1, 3])
        XCTAssertEqual(result.constantCriteria, ["x"])
        XCTAssertEqual(result.normalised[0], 0)
        XCTAssertTrue(result.notes.contains("Every option scores 5 on 'x', so no option is preferred on it and it contributes nothing."))
    }

    func testPreferenceFunctionValidation() throws {
        XCTAssertEqual(try PreferenceFunction(name: "linear", q: 1, p: 3, s: nil), .linear(q: 1, p: 3))
        XCTAssertThrowsError(try PreferenceFunction(name: "linear", q: 3, p: 3, s: nil)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The 'linear' function needs p > q ≥ 0; it has q=3 and p=3.")
        }
        XCTAssertThrowsError(try PreferenceFunction(name: "linear", q: nil, p: 3, s: nil)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The 'linear' preference function needs a 'q' threshold.")
        }
        XCTAssertThrowsError(try PreferenceFunction(name: "usual", q: 1, p: nil, s: nil)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The 'usual' preference function takes no 'q' threshold.")
        }
        XCTAssertThrowsError(try PreferenceFunction(name: "gaussian", q: nil, p: nil, s: 0))
        XCTAssertThrowsError(try PreferenceFunction(name: "v-shape", q: nil, p: -1, s: nil))
        XCTAssertThrowsError(try PreferenceFunction(name: "triangle", q: nil, p: nil, s: nil)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.hint, "Use one of usual, u-shape, v-shape, level, linear, gaussian.")
        }
    }
}
