import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// Weighted sum, TOPSIS and AHP at the edges of the doubles (issue 16, item 6): scores near ±1.8e308 and near the
/// smallest normal number give finite, correct results that encode as JSON, instead of NaN or "every option is
/// identical".
@Suite struct MCDAOverflowTests {
    /// Options A, B, C: the first criterion spans −1e308…1e308 (its range overflows), the second is ordinary.
    static func huge() throws -> DecisionMatrix {
        try DecisionMatrix(
            options: ["A", "B", "C"], criteria: ["Size", "Reach"], values: [1e308, 10, -1e308, 20, 0, 30])
    }

    static func weights() throws -> Weights { try Weights([0.5, 0.5], criteria: ["Size", "Reach"]) }

    static func encodes<T: Encodable>(_ value: T) -> Bool { (try? JSONEncoder().encode(value)) != nil }

    @Test("WSM: a range of ±1e308 normalises to 0…1 as min-max should (A 1, B 0, C 0.5)")
    func weightedSumHuge() throws {
        let result = try WeightedSum.evaluate(
            Self.huge(), weights: Self.weights(), directions: [.benefit, .benefit])
        let size = [result.normalised[0], result.normalised[2], result.normalised[4]]
        #expect(size == [1, 0, 0.5])
        #expect(result.scores.allSatisfy { $0.isFinite })
        // Scores: A 0.5×1 + 0.5×0 = 0.5, B 0 + 0.5×0.5 = 0.25, C 0.25 + 0.5 = 0.75.
        #expect(result.scores == [0.5, 0.25, 0.75])
        #expect(result.ranks == [2, 3, 1])
        #expect(Self.encodes(result), "the result must encode as JSON (it failed with -nan before)")
        // As a cost the order reverses: A 0, B 1.
        let cost = try WeightedSum.evaluate(Self.huge(), weights: Self.weights(), directions: [.cost, .benefit])
        #expect([cost.normalised[0], cost.normalised[2], cost.normalised[4]] == [0, 1, 0.5])
    }

    @Test("WSM: the largest finite magnitudes (±Double.greatestFiniteMagnitude) also normalise")
    func weightedSumExtreme() throws {
        let big = Double.greatestFiniteMagnitude
        let matrix = try DecisionMatrix(options: ["A", "B"], criteria: ["Size"], values: [big, -big])
        let result = try WeightedSum.evaluate(matrix, weights: Weights([1], criteria: ["Size"]), directions: [.benefit])
        #expect(result.normalised == [1, 0])
        #expect(Self.encodes(result))
    }

    @Test("WSM on ordinary scores is unchanged: the hand-computed example still gives 0.625, 0.25, 0.25")
    func weightedSumOrdinary() throws {
        let matrix = try DecisionMatrix(
            options: ["A", "B", "C"], criteria: ["Cost", "Reach", "Quality"], values: [100, 50, 3, 200, 80, 3, 150, 20, 3])
        let result = try WeightedSum.evaluate(
            matrix, weights: Weights([2, 1, 1], criteria: matrix.criteria), directions: [.cost, .benefit, .benefit])
        #expect(result.scores == [0.625, 0.25, 0.25])
    }

    @Test("TOPSIS: ±1e308 is vector-normalised to ±1/√2, not taken for 'every option identical'")
    func topsisHuge() throws {
        let result = try TOPSIS.evaluate(Self.huge(), weights: Self.weights(), directions: [.benefit, .benefit])
        let size = [result.normalised[0], result.normalised[2], result.normalised[4]]
        let r = 1 / 2.0.squareRoot()
        #expect(Swift.abs(size[0] - r) < 1e-15 && Swift.abs(size[1] + r) < 1e-15 && size[2] == 0)
        #expect(!result.notes.contains { $0.contains("identical") }, "\(result.notes)")
        #expect(result.scores.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
        #expect(Set(result.scores).count == 3, "three different options, three different closenesses: \(result.scores)")
        #expect(Self.encodes(result))
    }

    @Test("TOPSIS: scores near 1e-200 (whose squares underflow) normalise like 1, 2, 3")
    func topsisTiny() throws {
        let tiny = try DecisionMatrix(options: ["A", "B", "C"], criteria: ["Size"], values: [1e-200, 2e-200, 3e-200])
        let plain = try DecisionMatrix(options: ["A", "B", "C"], criteria: ["Size"], values: [1, 2, 3])
        let w = try Weights([1], criteria: ["Size"])
        let small = try TOPSIS.evaluate(tiny, weights: w, directions: [.benefit])
        let ordinary = try TOPSIS.evaluate(plain, weights: w, directions: [.benefit])
        for (a, b) in zip(small.normalised, ordinary.normalised) { #expect(Swift.abs(a - b) < 1e-15) }
        for (a, b) in zip(small.scores, ordinary.scores) { #expect(Swift.abs(a - b) < 1e-12) }
        #expect(!small.notes.contains { $0.contains("identical") })
    }

    @Test("TOPSIS on ordinary scores takes the plain arithmetic, bit for bit")
    func topsisOrdinaryUnchanged() throws {
        let matrix = try DecisionMatrix(
            options: ["A1", "A2"], criteria: ["Speed", "Cost"], values: [2.0, 5.5, 2.5, 6.5])
        let w = try Weights([0.5, 0.5], criteria: matrix.criteria)
        let run = TOPSIS.compute(matrix, weights: w.values, directions: [.benefit, .cost])
        // Plain arithmetic, bit for bit: r = x / √Σx².
        #expect(run.normalised[0] == 2.0 * (1 / (2.0 * 2.0 + 2.5 * 2.5).squareRoot()))
    }

    @Test("AHP: a consistent matrix with ratios up to 1e300 gives priorities ∝ 1, 1e-200, 1e-300 and CR 0")
    func ahpHugeConsistent() throws {
        let matrix = try PairwiseMatrix(
            labels: ["a", "b", "c"], values: [1, 1e200, 1e300, 1e-200, 1, 1e100, 1e-300, 1e-100, 1])
        let result = try AHP.evaluate(matrix)
        #expect(Swift.abs(result.scores[0] - 1) < 1e-12)
        #expect(Swift.abs(result.scores[1] / 1e-200 - 1) < 1e-9)
        #expect(Swift.abs(result.lambdaMax - 3) < 1e-9)
        #expect(result.consistencyRatio == 0)
        #expect(result.normalised.allSatisfy { $0.isFinite })
        #expect(Self.encodes(result))
    }

    @Test("AHP: an inconsistent matrix near 1e308 gives finite figures or a clear error, never NaN")
    func ahpHugeInconsistent() throws {
        let matrix = try PairwiseMatrix(
            labels: ["a", "b", "c"], values: [1, 1e308, 1e-308, 1e-308, 1, 1e308, 1e308, 1e-308, 1])
        do {
            let result = try AHP.evaluate(matrix)
            #expect(result.scores.allSatisfy { $0.isFinite })
            #expect(result.lambdaMax.isFinite)
            #expect(result.normalised.allSatisfy { $0.isFinite })
            #expect(Self.encodes(result))
        } catch let error as WorkbenchError {
            #expect(error.message.contains("too large to weigh"), "\(error.message)")
        }
    }
}
