import Testing
import WorkbenchAnalysis
import WorkbenchSampling

/// The histogram selection behind `Percentile.type7` against the definition applied to a full sort, bit for bit:
/// random samples with ties, skew, infinities, signed zeros and every small size, on both sides of the size at
/// which the histogram takes over (4,096).
@Suite struct SimulationSelectionTests {
    /// Type 7 on a sorted copy: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), +∞ when either is +∞.
    private func bySorting<T: BinaryFloatingPoint>(_ values: [T], _ p: [Double]) -> [Double] {
        let sorted = values.sorted()
        return p.map { p in
            let h = Double(sorted.count - 1) * p
            let j = Int(h)
            let g = h - Double(j)
            let lower = Double(sorted[j])
            guard g > 0, j + 1 < sorted.count else { return lower }
            let upper = Double(sorted[j + 1])
            if upper == .infinity || lower == .infinity { return .infinity }
            return lower + g * (upper - lower)
        }
    }

    private func selected<T: BinaryFloatingPoint>(_ values: [T], _ p: [Double]) -> [Double] {
        var copy = values
        return copy.withUnsafeMutableBufferPointer { Percentile.type7(reordering: $0, p) }
    }

    private let probabilities = [0.05, 0.5, 0.95, 0, 1, 0.01, 0.99, 0.333, 0.5000001]

    @Test func everySmallSizeEqualsTheSort() {
        var rng = Xoshiro256StarStar(seed: 1)
        for n in 1...80 {
            for ties in [1_000_000.0, 3] {
                let values = (0..<n).map { _ in (rng.unit() * ties).rounded() - ties / 2 }
                #expect(selected(values, probabilities) == bySorting(values, probabilities), "n = \(n)")
            }
        }
    }

    @Test(arguments: [4_095, 4_096, 4_097, 10_000, 100_000])
    func randomSamplesEqualTheSort(n: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(n))
        var samples: [[Double]] = []
        samples.append((0..<n).map { _ in rng.unit() * 2e5 - 5e4 })  // continuous
        samples.append((0..<n).map { _ in (rng.unit() * 9).rounded(.down) })  // nine values: heavy ties
        samples.append((0..<n).map { _ in (rng.unit() * 2_000).rounded(.down) })  // ties within buckets
        samples.append((0..<n).map { _ in let u = rng.openUnit(); return 1 / (u * u * u) })  // heavy tail
        samples.append((0..<n).map { _ in rng.unit() < 0.3 ? .infinity : rng.unit() })  // no payback as +∞
        samples.append((0..<n).map { _ in rng.unit() < 0.1 ? -.infinity : rng.unit() * 10 })
        samples.append((0..<n).map { _ in rng.unit() < 0.5 ? -0.0 : 0.0 })  // signed zeros only
        samples.append((0..<n).map { $0 % 256 == 0 ? 5 : Double($0) })  // the spread-out sample sees one value
        samples.append((0..<n).map(Double.init))  // sorted
        samples.append((0..<n).reversed().map(Double.init))  // reversed
        samples.append((0..<n).map { _ in rng.unit() < 0.999 ? 7 : rng.unit() })  // almost all one value
        for (index, sample) in samples.enumerated() {
            // Equal as bits, a zero aside (the sort may order −0 and +0 either way). Interpolating between two −∞
            // gives NaN in both (the definition special-cases only +∞), hence NaN matches NaN.
            let got = selected(sample, probabilities)
            let expected = bySorting(sample, probabilities)
            #expect(
                zip(got, expected).allSatisfy { ($0.isNaN && $1.isNaN) || ($0 == $1 && ($0 == 0 || $0.bitPattern == $1.bitPattern)) },
                "sample \(index), n = \(n): \(got) against \(expected)")
        }
    }

    @Test func floatSamplesEqualTheSort() {
        var rng = Xoshiro256StarStar(seed: 3)
        let values: [Float] = (0..<50_000).map { _ in rng.unit() < 0.2 ? .infinity : Float((rng.unit() * 40).rounded() / 4) }
        #expect(selected(values, probabilities) == bySorting(values, probabilities))
    }

    @Test func theBufferKeepsItsValues() {
        // Selection may reorder the buffer but never loses or changes a value.
        var rng = Xoshiro256StarStar(seed: 4)
        let values = (0..<20_000).map { _ in rng.unit() }
        var copy = values
        _ = copy.withUnsafeMutableBufferPointer { Percentile.type7(reordering: $0, [0.05, 0.5, 0.95]) }
        #expect(copy.sorted() == values.sorted())
    }
}
