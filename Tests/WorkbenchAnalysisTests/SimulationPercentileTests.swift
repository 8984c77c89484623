import WorkbenchAnalysis
import WorkbenchSampling
import XCTest

/// Type-7 percentiles (h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])) against hand computations and a full sort.
final class SimulationPercentileTests: XCTestCase {
    func testSmallSampleByHand() {
        // Sorted 1, 2, 3, 4, 10 (given unsorted). p = 0.9: h = 3.6, 4 + 0.6 × 6 = 7.6. p = 0.5: h = 2, x[2] = 3.
        // p = 0.05: h = 0.2, 1 + 0.2 × 1 = 1.2. p = 0: 1. p = 1: 10. p = 0.95: h = 3.8, 4 + 0.8 × 6 = 8.8.
        let q = Percentile.type7([10, 3, 1, 4, 2], [0.9, 0.5, 0.05, 0, 1, 0.95])
        XCTAssertEqual(q[0], 7.6, accuracy: 1e-12)
        XCTAssertEqual(q[1], 3)
        XCTAssertEqual(q[2], 1.2, accuracy: 1e-12)
        XCTAssertEqual(q[3], 1)
        XCTAssertEqual(q[4], 10)
        XCTAssertEqual(q[5], 8.8, accuracy: 1e-12)
        // 15, 20, 35, 40, 50 at p = 0.4: h = 1.6, 20 + 0.6 × 15 = 29 (NumPy's default gives the same).
        XCTAssertEqual(Percentile.type7([50, 40, 35, 20, 15], [0.4])[0], 29, accuracy: 1e-12)
        // One value: every percentile is it. Two values 0 and 10 at p = 0.25: h = 0.25, 2.5.
        XCTAssertEqual(Percentile.type7([42], [0.05, 0.95]), [42, 42])
        XCTAssertEqual(Percentile.type7([10, 0], [0.25])[0], 2.5, accuracy: 1e-12)
        XCTAssert(Percentile.type7([], [0.5])[0].isNaN)
    }

    /// The definition applied to a sorted copy.
    private func bySorting(_ values: [Double], _ p: [Double]) -> [Double] {
        let sorted = values.sorted()
        return p.map { p in
            let h = Double(sorted.count - 1) * p
            let j = Int(h)
            let g = h - Double(j)
            return j + 1 < sorted.count ? sorted[j] + g * (sorted[j + 1] - sorted[j]) : sorted[j]
        }
    }

    func testSelectionMatchesSortingOnLargeSamples() {
        // Large samples take the bracketing path; small ones quickselect. Both must equal the sorted definition
        // exactly, with duplicates, skew and sorted or reversed input.
        var rng = Xoshiro256StarStar(seed: 12)
        let p = [0.05, 0.5, 0.95, 0.01, 0.99, 0.333]
        var samples: [[Double]] = []
        samples.append((0..<100_000).map { _ in rng.unit() * 1000 - 300 })
        samples.append((0..<50_001).map { _ in Double(Int(rng.unit() * 7)) })  // heavy ties
        samples.append((0..<30_000).map { _ in let u = rng.openUnit(); return 1 / (u * u) })  // heavy tail
        samples.append((0..<20_000).map(Double.init))  // sorted
        samples.append((0..<20_000).reversed().map(Double.init))  // reversed
        samples.append((0..<777).map { _ in rng.unit() })  // small
        for sample in samples {
            XCTAssertEqual(Percentile.type7(sample, p), bySorting(sample, p), "n = \(sample.count)")
        }
    }

    func testInfinityStandsForNoPayback() {
        // 0.5, 1, 2, ∞, ∞ as Float: p = 0.5 → x[2] = 2; p = 0.6: h = 2.4, between 2 and ∞ → ∞; p = 0.1 → 0.7.
        var values: [Float] = [.infinity, 2, 0.5, .infinity, 1]
        let q = values.withUnsafeMutableBufferPointer { Percentile.type7(reordering: $0, [0.5, 0.6, 0.1]) }
        XCTAssertEqual(q[0], 2)
        XCTAssertEqual(q[1], .infinity)
        XCTAssertEqual(q[2], 0.7, accuracy: 1e-6)
        // A large sample with a quarter never paying back: the 95th is ∞, the median finite and exact.
        var rng = Xoshiro256StarStar(seed: 4)
        let big: [Double] = (0..<40_000).map { _ in rng.unit() < 0.25 ? .infinity : (rng.unit() * 10).rounded() }
        var floats = big.map(Float.init)
        let fq = floats.withUnsafeMutableBufferPointer { Percentile.type7(reordering: $0, [0.05, 0.5, 0.95]) }
        let sorted = big.sorted()
        XCTAssertEqual(fq[0], sorted[Int(0.05 * 39_999)])
        XCTAssertEqual(fq[1], sorted[Int(0.5 * 39_999)] + 0.5 * (sorted[Int(0.5 * 39_999) + 1] - sorted[Int(0.5 * 39_999)]))
        XCTAssertEqual(fq[2], .infinity)
    }
}
