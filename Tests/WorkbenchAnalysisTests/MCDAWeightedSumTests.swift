import WorkbenchAnalysis
import XCTest

/// The weighted sum model on min-max normalised scores.
final class MCDAWeightedSumTests: XCTestCase {
    func testCostConstantTiesAndNormalisedWeights() throws {
        let matrix = try MCDAFixtures.threeOptions()
        let weights = try Weights([2, 1, 1], criteria: matrix.criteria)
        let result = try WeightedSum.evaluate(matrix, weights: weights, directions: [.cost, .benefit, .benefit])
        // Weights 2, 1, 1 → 0.5, 0.25, 0.25.
        // Cost (a cost, min 100, max 200): (200 − x)/100 → A 1, B 0, C 0.5.
        // Reach (min 20, max 80): (x − 20)/60 → A 0.5, B 1, C 0.
        // Quality is 3 for all: contributes 0.
        assertClose(result.normalised, [1, 0.5, 0, 0, 1, 0, 0.5, 0, 0], accuracy: 1e-15)
        // A = 0.5×1 + 0.25×0.5 = 0.625; B = 0.25×1 = 0.25; C = 0.5×0.5 = 0.25.
        assertClose(result.scores, [0.625, 0.25, 0.25], accuracy: 1e-15)
        // B and C tie for second: competition ranks 1, 2, 2.
        XCTAssertEqual(result.ranks, [1, 2, 2])
        XCTAssertEqual(result.constantCriteria, ["Quality"])
        XCTAssertEqual(result.notes, [
            "Weights 2, 1, 1 sum to 4, not 1: normalised to 0.5, 0.25, 0.25.",
            "Every option scores 3 on 'Quality', so it cannot separate them and contributes nothing (its weight 0.25 is not shared out).",
        ])
    }

    func testSwingWeights() throws {
        let matrix = try MCDAFixtures.threeOptions()
        // Swings worth 100 (Cost, 200 → 100) and 50 (Reach, 20 → 80): weights 2/3 and 1/3.
        let weights = try Weights([100, 50, 0], criteria: matrix.criteria)
        let result = try WeightedSum.evaluate(matrix, weights: weights, directions: [.cost, .benefit, .benefit], weighting: .swing)
        // A = 2/3×1 + 1/3×0.5 = 0.8333; B = 1/3; C = 2/3×0.5 = 1/3.
        assertClose(result.scores, [5.0 / 6, 1.0 / 3, 1.0 / 3], accuracy: 1e-15)
        XCTAssertEqual(result.swings[0].worst, 200)
        XCTAssertEqual(result.swings[0].best, 100)
        XCTAssertTrue(result.notes.contains("Swing: moving 'Cost' from 200 (worst) to 100 (best) is worth 100, weight 0.6667."))
    }

    func testReversingTheDirectionReversesTheScale() throws {
        let matrix = try DecisionMatrix(options: ["A", "B", "C"], criteria: ["x"], values: [0, 5, 10])
        let weights = try Weights([1], criteria: matrix.criteria)
        // Benefit: 0, 0.5, 1. Cost: 1, 0.5, 0.
        XCTAssertEqual(try WeightedSum.evaluate(matrix, weights: weights, directions: [.benefit]).scores, [0, 0.5, 1])
        XCTAssertEqual(try WeightedSum.evaluate(matrix, weights: weights, directions: [.cost]).scores, [1, 0.5, 0])
    }
}
