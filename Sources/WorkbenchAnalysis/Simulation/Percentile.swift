/// Percentiles by linear interpolation between order statistics: Hyndman and Fan's type 7, the default of R,
/// NumPy and Excel's PERCENTILE.INC. For a sample sorted as x[0] ≤ … ≤ x[n−1] and p in [0, 1], h = (n − 1)p and
/// Q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
///
/// Example: for 1, 2, 3, 4, 10 and p = 0.9, h = 3.6, so Q = 4 + 0.6 × (10 − 4) = 7.6.
///
/// The order statistics are found by selection (Hoare's quickselect with a median-of-three pivot, falling back to a
/// sort of a small range), not a full sort: O(n) on average against O(n log n).
public enum Percentile {
    /// Type-7 percentiles of a sample, which is left unchanged.
    /// - Complexity: O(n) on average per percentile.
    public static func type7(_ sample: [Double], _ probabilities: [Double]) -> [Double] {
        var copy = sample
        return copy.withUnsafeMutableBufferPointer { type7(reordering: $0, probabilities) }
    }

    /// Type-7 percentiles, reordering the buffer in place (no copy). Values may include +∞ (for example "no payback");
    /// a percentile interpolating towards +∞ is +∞. NaN values are not allowed. An empty buffer gives NaN.
    public static func type7<T: BinaryFloatingPoint>(
        reordering buffer: UnsafeMutableBufferPointer<T>, _ probabilities: [Double]
    ) -> [Double] {
        let n = buffer.count
        guard n > 0, let base = buffer.baseAddress else { return probabilities.map { _ in .nan } }
        // The order statistics needed: ⌊h⌋ and ⌊h⌋ + 1 for each p.
        var ranks: [Int] = []
        for p in probabilities {
            let h = Double(n - 1) * min(max(p, 0), 1)
            let j = Int(h)
            ranks.append(j)
            if j + 1 < n { ranks.append(j + 1) }
        }
        ranks = Array(Set(ranks)).sorted()
        multiSelect(base, 0, n, ranks[...])
        return probabilities.map { p in
            let h = Double(n - 1) * min(max(p, 0), 1)
            let j = Int(h)
            let g = h - Double(j)
            let lower = Double(base[j])
            guard g > 0, j + 1 < n else { return lower }
            let upper = Double(base[j + 1])
            if upper == .infinity || lower == .infinity { return .infinity }
            return lower + g * (upper - lower)
        }
    }

    /// Puts the element of each rank (sorted, within lo..<hi) at its place, with smaller or equal values before it
    /// and larger or equal after: selects the middle rank, then recurses on each side with the ranks there.
    private static func multiSelect<T: BinaryFloatingPoint>(
        _ a: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int, _ ranks: ArraySlice<Int>
    ) {
        guard !ranks.isEmpty else { return }
        let middle = ranks.startIndex + ranks.count / 2
        let rank = ranks[middle]
        select(a, lo, hi, rank)
        multiSelect(a, lo, rank, ranks[ranks.startIndex..<middle])
        multiSelect(a, rank + 1, hi, ranks[(middle + 1)...])
    }

    /// Quickselect: afterwards a[k] holds the value of rank k within lo..<hi, smaller-or-equal values before it and
    /// larger-or-equal after.
    private static func select<T: BinaryFloatingPoint>(_ a: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int, _ k: Int) {
        var lo = lo
        var hi = hi - 1
        while hi - lo > 16 {
            // Median of three to a[lo]; a[lo+1] ≤ pivot ≤ a[hi] act as sentinels.
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { swap(a, mid, lo) }
            if a[hi] < a[lo] { swap(a, hi, lo) }
            if a[hi] < a[mid] { swap(a, hi, mid) }
            swap(a, mid, lo + 1)
            // Now a[lo] ≤ a[lo+1] (pivot) ≤ a[hi].
            let pivot = a[lo + 1]
            var i = lo + 1
            var j = hi
            while true {
                repeat { i += 1 } while a[i] < pivot
                repeat { j -= 1 } while pivot < a[j]
                if i >= j { break }
                swap(a, i, j)
            }
            swap(a, lo + 1, j)
            // a[lo..<j] ≤ pivot = a[j] ≤ a[j+1...hi].
            if k == j { return }
            if k < j { hi = j - 1 } else { lo = j + 1 }
        }
        // Insertion sort of the small range.
        if hi > lo {
            for i in (lo + 1)...hi {
                let value = a[i]
                var j = i - 1
                while j >= lo, value < a[j] {
                    a[j + 1] = a[j]
                    j -= 1
                }
                a[j + 1] = value
            }
        }
    }

    @inline(__always)
    private static func swap<T>(_ a: UnsafeMutablePointer<T>, _ i: Int, _ j: Int) {
        let t = a[i]
        a[i] = a[j]
        a[j] = t
    }
}
