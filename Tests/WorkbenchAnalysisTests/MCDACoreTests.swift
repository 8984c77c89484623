import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// The decision matrix, weights and ranking shared by every method.
final class MCDACoreTests: XCTestCase {
    func testCompetitionRankingSharesTheBetterRank() {
        // Sorted: 0.9 (1st), 0.5 and 0.5 (tied 2nd), 0.1 (4th, not 3rd).
        XCTAssertEqual(Ranking.competition([0.5, 0.9, 0.5, 0.1]), [2, 1, 2, 4])
        XCTAssertEqual(Ranking.competition([1, 1, 1]), [1, 1, 1])
        // 0.1 + 0.2 and 0.3 differ in the last bit but are the same score.
        XCTAssertEqual(Ranking.competition([0.1 + 0.2, 0.3, 0.0]), [1, 1, 3])
        XCTAssertEqual(Ranking.top([0.2, 0.7, 0.7]), [1, 2])
    }

    func testWeightsAreNormalisedAndSaySo() throws {
        let criteria = ["a", "b", "c"]
        // 2 + 1 + 1 = 4, so 0.5, 0.25, 0.25.
        let weights = try Weights([2, 1, 1], criteria: criteria)
        assertClose(weights.values, [0.5, 0.25, 0.25], accuracy: 1e-15)
        XCTAssertTrue(weights.wasNormalised)
        XCTAssertFalse(try Weights([0.5, 0.3, 0.2], criteria: criteria).wasNormalised)
        XCTAssertEqual(try Weights.parse("50%,30%, 0.2"), [0.5, 0.3, 0.2])
    }

    func testBadWeightsAreErrors() {
        let criteria = ["a", "b"]
        XCTAssertThrowsError(try Weights([-1, 2], criteria: criteria)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The weight of 'a' is -1.0; weights must be zero or more.")
        }
        XCTAssertThrowsError(try Weights([0, 0], criteria: criteria)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "Every weight is zero, so no criterion counts.")
        }
        XCTAssertThrowsError(try Weights([1], criteria: criteria)) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "1 weight was given for 2 criteria.")
        }
        XCTAssertThrowsError(try Weights.parse("1,x"))
    }

    func testMatrixValidation() {
        XCTAssertThrowsError(try DecisionMatrix(options: ["A"], criteria: ["x"], values: [1])) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "A decision matrix needs at least two options; it has 1.")
        }
        XCTAssertThrowsError(try DecisionMatrix(options: ["A", "B"], criteria: [], values: []))
        XCTAssertThrowsError(try DecisionMatrix(options: ["A", "B"], criteria: ["x"], values: [1, .nan])) { error in
            XCTAssertEqual((error as? WorkbenchError)?.location?.field, "x")
        }
        XCTAssertThrowsError(try DecisionMatrix(options: ["A", "a"], criteria: ["x"], values: [1, 2])) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "Two options are named 'a'.")
        }
    }

    func testCriteriaByNameOrNumber() throws {
        let matrix = try MCDAFixtures.threeOptions()
        XCTAssertEqual(try matrix.criterionIndex("reach"), 1)
        XCTAssertEqual(try matrix.criterionIndex("3"), 2)
        XCTAssertEqual(try matrix.directions(costs: ["1"]), [.cost, .benefit, .benefit])
        XCTAssertThrowsError(try matrix.criterionIndex("4", argument: "--cost")) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.message, "No criterion is named or numbered '4'.")
            XCTAssertEqual(error?.hint, "Name a criterion or give its number (1 = the first criterion column): 1 Cost, 2 Reach, 3 Quality.")
            XCTAssertEqual(error?.location?.argument, "--cost")
        }
    }
}
