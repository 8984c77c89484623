import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// AHP priorities, λmax, CI and CR.
final class MCDAAHPTests: XCTestCase {
    /// Saaty (2008), "Decision making with the analytic hierarchy process", Int. J. Services Sciences 1(1), 83–98:
    /// "which drink is consumed more in the US?", as encoded in the AHPy test suite (PhilipGriffith/AHPy).
    static func drinks() throws -> PairwiseMatrix {
        let labels = ["coffee", "wine", "tea", "beer", "soda", "milk", "water"]
        let upper: [[Double]] = [
            // wine, tea, beer, soda, milk, water (from coffee)
            [9, 5, 2, 1, 1, 1.0 / 2],
            // tea, beer, soda, milk, water (from wine)
            [1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9],
            // beer, soda, milk, water (from tea)
            [1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9],
            // soda, milk, water (from beer)
            [1.0 / 2, 1, 1.0 / 3],
            // milk, water (from soda)
            [2, 1.0 / 2],
            // water (from milk)
            [1.0 / 3],
        ]
        var values = [Double](repeating: 1, count: 49)
        for i in 0..<6 {
            for (k, value) in upper[i].enumerated() {
                let j = i + 1 + k
                values[i * 7 + j] = value
                values[j * 7 + i] = 1 / value
            }
        }
        return try PairwiseMatrix(labels: labels, values: values)
    }

    func testPublishedDrinksExample() throws {
        // Published priorities (three places): coffee .177, wine .019, tea .042, beer .116, soda .190, milk .129,
        // water .327, CR 0.022 with Saaty's 2005 table (RI(7) = 1.35); AHPy gives CR 0.0235 with Donegan & Dodd.
        let result = try AHP.evaluate(try Self.drinks(), table: .saaty2005)
        assertClose(result.scores, [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327], accuracy: 0.0006)
        XCTAssertEqual(try XCTUnwrap(result.consistencyRatio), 0.022, accuracy: 0.0005)
        XCTAssertEqual(result.randomIndex, 1.35)
        XCTAssertFalse(result.inconsistent)
        XCTAssertEqual(result.ranks, [3, 7, 6, 5, 2, 4, 1])
        let dd = try AHP.evaluate(try Self.drinks(), table: .doneganDodd)
        XCTAssertEqual(try XCTUnwrap(dd.consistencyRatio), 0.0235, accuracy: 0.00005)
        // The principal eigenvector: A w = λmax w.
        let a = try Self.drinks()
        for i in 0..<7 {
            let row = (0..<7).map { a[i, $0] * result.scores[$0] }.reduce(0, +)
            XCTAssertEqual(row, result.lambdaMax * result.scores[i], accuracy: 1e-10)
        }
    }

    func testConsistentMatrixByHand() throws {
        // aᵢⱼ = wᵢ/wⱼ with w = 4/7, 2/7, 1/7: λmax = 3, CI = 0, CR = 0.
        let matrix = try PairwiseMatrix(labels: ["a", "b", "c"], values: [1, 2, 4, 0.5, 1, 2, 0.25, 0.5, 1])
        let result = try AHP.evaluate(matrix)
        assertClose(result.scores, [4.0 / 7, 2.0 / 7, 1.0 / 7], accuracy: 1e-12)
        XCTAssertEqual(result.lambdaMax, 3, accuracy: 1e-12)
        XCTAssertEqual(result.consistencyIndex, 0)
        XCTAssertEqual(result.consistencyRatio, 0)
        // Column sums 1.75, 3.5, 7: every normalised column is 4/7, 2/7, 1/7.
        assertClose(Array(result.normalised[0..<3]), [1 / 1.75, 2 / 3.5, 4 / 7.0], accuracy: 1e-15)
        XCTAssertTrue(result.notes.isEmpty)
    }

    func testInconsistentMatrixWarns() throws {
        // A cycle: a beats b 2:1, b beats c 2:1, c beats a 2:1. By symmetry w = ⅓ each; every row sums to
        // 1 + 2 + ½ = 3.5, so λmax = 3.5, CI = (3.5 − 3)/2 = 0.25 and CR = 0.25/0.58 = 0.4310 (Saaty 1980).
        let matrix = try PairwiseMatrix(labels: ["a", "b", "c"], values: [1, 2, 0.5, 0.5, 1, 2, 2, 0.5, 1])
        let result = try AHP.evaluate(matrix)
        assertClose(result.scores, [1.0 / 3, 1.0 / 3, 1.0 / 3], accuracy: 1e-12)
        XCTAssertEqual(result.ranks, [1, 1, 1])
        XCTAssertEqual(result.lambdaMax, 3.5, accuracy: 1e-12)
        XCTAssertEqual(result.consistencyIndex, 0.25, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(result.consistencyRatio), 0.25 / 0.58, accuracy: 1e-12)
        XCTAssertTrue(result.inconsistent)
        XCTAssertEqual(result.notes.first?.hasPrefix("Warning: the consistency ratio is 0.431, at or above Saaty's limit of 0.10"), true)
        // With Saaty's 2005 table, RI(3) = 0.52: CR = 0.4808.
        XCTAssertEqual(try XCTUnwrap(try AHP.evaluate(matrix, table: .saaty2005).consistencyRatio), 0.25 / 0.52, accuracy: 1e-12)
    }

    func testRandomIndexTables() {
        XCTAssertEqual(RandomIndexTable.saaty1980.values, [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49])
        XCTAssertNil(RandomIndexTable.saaty1980.randomIndex(order: 11))
        XCTAssertEqual(RandomIndexTable.saaty2005.randomIndex(order: 15), 1.59)
        XCTAssertEqual(RandomIndexTable.doneganDodd.randomIndex(order: 3), 0.4914)
        XCTAssertEqual(RandomIndexTable.alonsoLamata.randomIndex(order: 4), 0.8815)
    }

    func testTwoItemsAreAlwaysConsistent() throws {
        let result = try AHP.evaluate(try PairwiseMatrix(labels: ["a", "b"], values: [1, 3, 1.0 / 3, 1]))
        assertClose(result.scores, [0.75, 0.25], accuracy: 1e-12)
        XCTAssertNil(result.consistencyRatio)
        XCTAssertEqual(result.notes, ["A matrix of 2 items is always consistent, so there is no consistency ratio."])
    }

    func testNonReciprocalAndNonPositiveErrors() {
        XCTAssertThrowsError(try PairwiseMatrix(labels: ["a", "b"], values: [1, 3, 0.5, 1])) { error in
            XCTAssertEqual(
                (error as? WorkbenchError)?.message,
                "The comparison of 'b' with 'a' is 1/2, but 'a' with 'b' is 3; the matrix must be reciprocal, so it should be 1/3 (0.3333).")
        }
        // 0.333 is close enough to 1/3; 0.33 is not.
        XCTAssertNoThrow(try PairwiseMatrix(labels: ["a", "b"], values: [1, 3, 0.333, 1]))
        XCTAssertThrowsError(try PairwiseMatrix(labels: ["a", "b"], values: [1, 3, 0.33, 1]))
        XCTAssertThrowsError(try PairwiseMatrix(labels: ["a", "b"], values: [1, 0, 2, 1])) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The comparison of 'a' with 'b' is 0; comparisons must be positive numbers.")
        }
        XCTAssertThrowsError(try PairwiseMatrix(labels: ["a", "b"], values: [2, 1, 1, 1])) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The comparison of 'a' with itself is 2; it must be 1.")
        }
    }
}
