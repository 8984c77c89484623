import WorkbenchAnalysis
import XCTest

/// TOPSIS with vector normalisation.
final class MCDATOPSISTests: XCTestCase {
    func testPublishedFighterAircraftExample() throws {
        // Hwang & Yoon (1981), p. 133, as reproduced with the book's figures in ldss-hse/ldss-benchmark
        // (tests of benchmark/methods/topsis): D⁺ = .0545, .1197, .0580, .1009; D⁻ = .0983, .0439, .0920, .0458;
        // C* = .643, .268, .613, .312. The book rounds its normalised matrix to four places (and has small slips
        // there), so we agree to within 0.0005 on distances and 0.002 on closeness.
        let matrix = try MCDAFixtures.fighterAircraft()
        let weights = try Weights([0.2, 0.1, 0.1, 0.1, 0.2, 0.3], criteria: matrix.criteria)
        let result = try TOPSIS.evaluate(matrix, weights: weights, directions: [.benefit, .benefit, .benefit, .cost, .benefit, .benefit])
        assertClose(result.distanceToIdeal, [0.0545, 0.1197, 0.0580, 0.1009], accuracy: 0.0005)
        assertClose(result.distanceToAntiIdeal, [0.0983, 0.0439, 0.0920, 0.0458], accuracy: 0.0005)
        assertClose(result.scores, [0.643, 0.268, 0.613, 0.312], accuracy: 0.002)
        XCTAssertEqual(result.ranks, [1, 4, 2, 3])
        // The ideal is the best weighted value per column: speed 0.2 × 2.5/√(4 + 6.25 + 3.24 + 4.84) = 0.2 × 2.5/√18.33,
        // cost (lowest) 0.1 × 4.5/√(30.25 + 42.25 + 20.25 + 25) = 0.1 × 4.5/√117.75.
        XCTAssertEqual(result.ideal[0], 0.2 * 2.5 / (18.33).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(result.ideal[3], 0.1 * 4.5 / (117.75).squareRoot(), accuracy: 1e-12)
    }

    func testCostCriterionByHand() throws {
        // Price (cost) 1, 2, 2 and Quality 2, 2, 1, weights ½, ½. Both columns have norm √9 = 3.
        // Weighted: A (1/6, 1/3), B (1/3, 1/3), C (1/3, 1/6). Ideal (1/6, 1/3), anti-ideal (1/3, 1/6).
        // A: D⁺ 0, D⁻ √2/6 → C 1.  B: D⁺ 1/6, D⁻ 1/6 → 0.5.  C: D⁺ √2/6, D⁻ 0 → 0.
        let matrix = try DecisionMatrix(options: ["A", "B", "C"], criteria: ["Price", "Quality"], values: [1, 2, 2, 2, 2, 1])
        let result = try TOPSIS.evaluate(matrix, weights: try Weights([0.5, 0.5], criteria: matrix.criteria), directions: [.cost, .benefit])
        assertClose(result.normalised, [1.0 / 3, 2.0 / 3, 2.0 / 3, 2.0 / 3, 2.0 / 3, 1.0 / 3], accuracy: 1e-15)
        assertClose(result.ideal, [1.0 / 6, 1.0 / 3], accuracy: 1e-15)
        assertClose(result.antiIdeal, [1.0 / 3, 1.0 / 6], accuracy: 1e-15)
        assertClose(result.distanceToIdeal, [0, 1.0 / 6, 2.0.squareRoot() / 6], accuracy: 1e-15)
        assertClose(result.scores, [1, 0.5, 0], accuracy: 1e-15)
        XCTAssertEqual(result.ranks, [1, 2, 3])
    }

    func testTiesAndConstantCriterion() throws {
        // A (3, 4, 7), B (4, 3, 7), weights ⅓ each. Columns 1 and 2 have norm 5: A (0.6, 0.8), B (0.8, 0.6); the
        // third is constant. Each option is 0.1/3 from the ideal and anti-ideal on one column: C = 0.5 for both.
        let matrix = try DecisionMatrix(options: ["A", "B"], criteria: ["x", "y", "z"], values: [3, 4, 7, 4, 3, 7])
        let result = try TOPSIS.evaluate(matrix, weights: try Weights([1, 1, 1], criteria: matrix.criteria), directions: [.benefit, .benefit, .benefit])
        assertClose(result.scores, [0.5, 0.5], accuracy: 1e-15)
        XCTAssertEqual(result.ranks, [1, 1])
        XCTAssertEqual(result.constantCriteria, ["z"])
        XCTAssertEqual(result.notes.last, "Every option scores 7 on 'z', so its ideal and anti-ideal coincide and it contributes nothing.")
    }

    func testLargeMatrixMatchesTheFormula() throws {
        // 1,000 options × 8 criteria from a fixed sequence, checked against a direct evaluation of the formula.
        let n = 1_000, m = 8
        let values = (0..<(n * m)).map { Double(($0 * 7919) % 1000) + 1 }
        let matrix = try DecisionMatrix(options: (0..<n).map { "o\($0)" }, criteria: (0..<m).map { "c\($0)" }, values: values)
        let directions: [CriterionDirection] = (0..<m).map { $0 % 3 == 0 ? .cost : .benefit }
        let w = [Double](repeating: 1.0 / Double(m), count: m)
        let fast = TOPSIS.scores(matrix, weights: w, directions: directions)
        let norms = (0..<m).map { j in matrix.column(j).map { $0 * $0 }.reduce(0, +).squareRoot() }
        let v = (0..<n).map { i in (0..<m).map { j in w[j] * matrix[i, j] / norms[j] } }
        let best = (0..<m).map { j in directions[j] == .benefit ? v.map { $0[j] }.max()! : v.map { $0[j] }.min()! }
        let worst = (0..<m).map { j in directions[j] == .benefit ? v.map { $0[j] }.min()! : v.map { $0[j] }.max()! }
        for i in stride(from: 0, to: n, by: 97) {
            let plus = (0..<m).map { (v[i][$0] - best[$0]) * (v[i][$0] - best[$0]) }.reduce(0, +).squareRoot()
            let minus = (0..<m).map { (v[i][$0] - worst[$0]) * (v[i][$0] - worst[$0]) }.reduce(0, +).squareRoot()
            XCTAssertEqual(fast[i], minus / (plus + minus), accuracy: 1e-12)
        }
    }
}
