import WorkbenchAnalysis
import XCTest

/// How far each weight can move before the top option changes.
final class MCDASensitivityTests: XCTestCase {
    func testTwoCriteriaCrossAtOneHalf() throws {
        // A is best on x, B on y; weights 0.6, 0.4. Min-max scores: A = w_x, B = w_y = 1 − w_x. A stays top
        // while w_x > 0.5: x can fall by 0.1 (to 0.5) and rise without limit; y can rise by 0.1 and fall freely.
        let matrix = try DecisionMatrix(options: ["A", "B"], criteria: ["x", "y"], values: [1, 0, 0, 1])
        let weights = try Weights([0.6, 0.4], criteria: matrix.criteria)
        let result = WeightSensitivity.analyse(matrix, weights: weights, method: .weightedSum(directions: [.benefit, .benefit]))
        XCTAssertEqual(result.top, ["A"])
        let x = result.entries[0], y = result.entries[1]
        XCTAssertEqual(try XCTUnwrap(x.decrease).weight, 0.5, accuracy: 1e-8)
        XCTAssertEqual(try XCTUnwrap(x.decrease).change, -0.1, accuracy: 1e-8)
        XCTAssertEqual(x.decrease?.newTop, ["B"])
        XCTAssertNil(x.increase)
        XCTAssertEqual(try XCTUnwrap(y.increase).weight, 0.5, accuracy: 1e-8)
        XCTAssertNil(y.decrease)
    }

    func testThreeCriteriaRescaleTheOthersProportionally() throws {
        // Scores (min-max) A (1, 0, 1), B (0, 1, 0); weights 0.2, 0.5, 0.3: A 0.5, B 0.5 — a tie. Use 0.25, 0.45, 0.3:
        // A = 0.55, B = 0.45. Moving y to t rescales x and z by (1 − t)/0.55: A = (1 − t)(0.55/0.55) = 1 − t, B = t,
        // so y can rise to 0.5 (by 0.05). Moving x to t: others scale by (1 − t)/0.75; A = t + 0.3(1 − t)/0.75,
        // B = 0.45(1 − t)/0.75; equal when t + 0.4(1 − t) = 0.6(1 − t) → t = 0.2/1.2 = 1/6.
        let matrix = try DecisionMatrix(options: ["A", "B"], criteria: ["x", "y", "z"], values: [1, 0, 1, 0, 1, 0])
        let weights = try Weights([0.25, 0.45, 0.3], criteria: matrix.criteria)
        for method in [MCDAMethod.weightedSum(directions: [.benefit, .benefit, .benefit]),
                       .promethee(directions: [.benefit, .benefit, .benefit], preferences: [.usual, .usual, .usual])] {
            // PROMETHEE with two options and usual functions gives net flows 2×(WSM score) − 1: same crossings.
            let result = WeightSensitivity.analyse(matrix, weights: weights, method: method)
            XCTAssertEqual(try XCTUnwrap(result.entries[1].increase).weight, 0.5, accuracy: 1e-8, method.name)
            XCTAssertEqual(try XCTUnwrap(result.entries[0].decrease).weight, 1.0 / 6, accuracy: 1e-8, method.name)
            XCTAssertNil(result.entries[0].increase, method.name)
        }
    }

    func testTOPSISScorerMatchesTOPSIS() throws {
        let matrix = try MCDAFixtures.fighterAircraft()
        let directions: [CriterionDirection] = [.benefit, .benefit, .benefit, .cost, .benefit, .benefit]
        let w = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]
        let scorer = MCDAMethod.topsis(directions: directions).scorer(for: matrix)
        assertClose(scorer(w), TOPSIS.scores(matrix, weights: w, directions: directions), accuracy: 1e-14)
        let result = WeightSensitivity.analyse(matrix, weights: try Weights(w, criteria: matrix.criteria), method: .topsis(directions: directions))
        XCTAssertEqual(result.top, ["A1"])
        // A1 leads on manoeuvrability (9 against 7 for A3), so cutting that weight far enough hands the top to A3.
        XCTAssertEqual(result.entries[5].decrease?.newTop, ["A3"])
    }
}
