import Foundation

extension ChartSpec {
    /// A histogram of raw values in equal-width bins from the smallest value to the largest.
    /// - Parameters:
    ///   - title: the chart's title.
    ///   - xLabel: the measured quantity with its unit (`NPV (£)`).
    ///   - values: the values (non-finite ones are left out).
    ///   - bins: how many bins (at least 1).
    ///   - references: vertical lines at values of the quantity (percentiles, zero).
    /// - Returns: a `histogram` chart whose points are the bins (`x` to `x2`, `y` the count).
    /// - Complexity: O(n) in the number of values.
    public static func histogram(
        title: String, xLabel: String, values: [Double], bins: Int = 30, references: [Reference] = []
    ) -> ChartSpec {
        let finite = values.filter(\.isFinite)
        let count = Swift.max(1, bins)
        var points: [Point] = []
        if let low = finite.min(), let high = finite.max() {
            let width = high > low ? (high - low) / Double(count) : 1
            var counts = Array(repeating: 0, count: count)
            for value in finite {
                let index = high > low ? Int(((value - low) / width).rounded(.down)) : 0
                counts[Swift.min(count - 1, Swift.max(0, index))] += 1
            }
            points = counts.indices.map { index in
                Point(x: low + Double(index) * width, y: Double(counts[index]), x2: low + Double(index + 1) * width)
            }
        }
        return ChartSpec(
            kind: .histogram, title: title, xLabel: xLabel, yLabel: "Runs (count)",
            series: [Series(name: "Runs", points: points)], references: references)
    }
}
