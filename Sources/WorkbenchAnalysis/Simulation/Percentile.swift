/// Percentiles by linear interpolation between order statistics: Hyndman and Fan's type 7, the default of R,
/// NumPy and Excel's PERCENTILE.INC. For a sample sorted as x[0] ≤ … ≤ x[n−1] and p in [0, 1], h = (n − 1)p and
/// Q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
///
/// Example: for 1, 2, 3, 4, 10 and p = 0.9, h = 3.6, so Q = 4 + 0.6 × (10 − 4) = 7.6.
///
/// The order statistics are found by selection, not a full sort: O(n) on average against O(n log n). Large samples
/// bracket the wanted ranks from a sample of 4,096 values and select within the brackets; small ones (and any
/// rank a bracket misses) use Hoare's quickselect with a median-of-three pivot.
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
        var values: [Int: T] = [:]
        if n >= 16_384 {
            values = bracketSelect(base, n, ranks)
        }
        let missing = ranks.filter { values[$0] == nil }
        if !missing.isEmpty {
            multiSelect(base, 0, n, missing[...])
            for rank in missing { values[rank] = base[rank] }
        }
        return probabilities.map { p in
            let h = Double(n - 1) * min(max(p, 0), 1)
            let j = Int(h)
            let g = h - Double(j)
            let lower = Double(values[j]!)
            guard g > 0, j + 1 < n else { return lower }
            let upper = Double(values[j + 1]!)
            if upper == .infinity || lower == .infinity { return .infinity }
            return lower + g * (upper - lower)
        }
    }

    /// Order statistics by bracketing (the idea of Floyd and Rivest's SELECT, CACM 18(3), 1975): from an evenly
    /// spaced sample of 4,096 values, take for each wanted rank the sample values a little below and above its
    /// expected place, count in one pass the values below each bracket and copy those inside it, then select within
    /// the small bracket. A rank that falls outside its bracket (rare) is left for quickselect. Exact either way.
    /// Reads the buffer without reordering it.
    private static func bracketSelect<T: BinaryFloatingPoint>(
        _ a: UnsafeMutablePointer<T>, _ n: Int, _ ranks: [Int]
    ) -> [Int: T] {
        let sampleSize = 4_096
        let margin = 96
        var sample = (0..<sampleSize).map { a[Int((Double($0) + 0.5) * Double(n) / Double(sampleSize))] }
        // Brackets: [low, high] in sample positions, merged where they overlap.
        var brackets: [(low: Int, high: Int, ranks: [Int])] = []
        for rank in ranks {
            let position = Int(Double(rank) / Double(n) * Double(sampleSize))
            let low = max(0, position - margin)
            let high = min(sampleSize - 1, position + margin)
            if var last = brackets.last, low <= last.high {
                last.high = max(last.high, high)
                last.ranks.append(rank)
                brackets[brackets.count - 1] = last
            } else {
                brackets.append((low, high, [rank]))
            }
        }
        // Only the sample's order statistics at the bracket ends are needed: select them rather than sort.
        let ends = Array(Set(brackets.flatMap { [$0.low, $0.high] })).sorted()
        sample.withUnsafeMutableBufferPointer { multiSelect($0.baseAddress!, 0, sampleSize, ends[...]) }
        // A bracket at an end of the sample is open on that side.
        let lows = brackets.map { $0.low == 0 ? -T.infinity : sample[$0.low] }
        let highs = brackets.map { $0.high == sampleSize - 1 ? T.infinity : sample[$0.high] }
        let capacity = max(n / 8, 1_024)
        var results: [Int: T] = [:]
        let buckets = UnsafeMutablePointer<T>.allocate(capacity: capacity * brackets.count)
        defer { buckets.deallocate() }
        var below = [Int](repeating: 0, count: brackets.count)
        var filled = [Int](repeating: 0, count: brackets.count)
        for b in brackets.indices {
            // Compared as ordered integer keys: one branch-free comparison to count, one unsigned range check to
            // copy (low ≤ x ≤ high ⇔ key(x) − key(low) ≤ key(high) − key(low) unsigned), so that the processor
            // does not mispredict on values near the median.
            let low = orderKey(Double(lows[b]))
            let width = UInt64(bitPattern: orderKey(Double(highs[b])) &- low)
            let bucket = buckets + b * capacity
            var count = 0
            var inside = 0
            for k in 0..<n {
                let x = a[k]
                let key = orderKey(Double(x))
                count &+= key < low ? 1 : 0
                if UInt64(bitPattern: key &- low) <= width {
                    if inside < capacity { bucket[inside] = x }
                    inside &+= 1
                }
            }
            below[b] = count
            filled[b] = inside
        }
        for b in brackets.indices where filled[b] <= capacity {
            let bucket = buckets + b * capacity
            var inBucket: [Int] = []
            for rank in brackets[b].ranks where rank >= below[b] && rank < below[b] + filled[b] {
                inBucket.append(rank - below[b])
            }
            guard !inBucket.isEmpty else { continue }
            multiSelect(bucket, 0, filled[b], inBucket[...])
            for local in inBucket { results[local + below[b]] = bucket[local] }
        }
        return results
    }

    /// A signed integer whose order is the order of the doubles (NaN aside; −0 sorts just below +0).
    @inline(__always)
    private static func orderKey(_ x: Double) -> Int64 {
        let bits = Int64(bitPattern: x.bitPattern)
        return bits ^ ((bits &>> 63) & Int64.max)
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
