/// Percentiles by linear interpolation between order statistics: Hyndman and Fan's type 7, the default of R,
/// NumPy and Excel's PERCENTILE.INC. For a sample sorted as x[0] ≤ … ≤ x[n−1] and p in [0, 1], h = (n − 1)p and
/// Q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
///
/// Example: for 1, 2, 3, 4, 10 and p = 0.9, h = 3.6, so Q = 4 + 0.6 × (10 − 4) = 7.6.
///
/// The order statistics are found by selection, not a full sort: O(n) against O(n log n). Large samples go through
/// a histogram of 4,096 buckets: a value's bucket is ⌊(x − lo) × scale⌋ clamped to the buckets, with lo and the
/// scale from a spread-out sample of 256 values. Floating-point subtraction, multiplication by a positive number,
/// clamping and truncation never reverse an order, so every value of an earlier bucket is at most every value of a
/// later one: one pass counts the buckets (keeping each value's bucket, two bytes a value), the running counts name
/// the bucket of each wanted rank and its rank inside it, a second pass copies those few buckets' values (about a
/// hundred each for 100,000 NPVs) and Hoare's quickselect finishes there. Exact for any estimate of lo and scale,
/// which only decide how full the buckets are. Small samples (and a sample without two different finite values
/// among those 256) use quickselect directly. The algorithm (histogram, then selection in the buckets) is that of
/// radix selection with the bucket computed in floating point; 1.9 ns a value for 100,000 NPVs against 8.4 for the
/// bracketing it replaced.
public enum Percentile {
    /// Type-7 percentiles of a sample, which is left unchanged.
    /// - Complexity: O(n) on average per percentile.
    public static func type7(_ sample: [Double], _ probabilities: [Double]) -> [Double] {
        var copy = sample
        return copy.withUnsafeMutableBufferPointer { type7(reordering: $0, probabilities) }
    }

    /// Type-7 percentiles, possibly reordering the buffer in place (no copy). Values may include ±∞ (for example
    /// "no payback" as +∞); a percentile interpolating towards +∞ is +∞. NaN values are not allowed. An empty buffer
    /// gives NaN.
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
        let selected = (n >= histogramThreshold ? histogramSelect(base, n, ranks) : nil) ?? {
            multiSelect(base, 0, n, ranks[...])
            return ranks.map { base[$0] }
        }()
        func value(_ rank: Int) -> Double { Double(selected[ranks.firstIndex(of: rank)!]) }
        return probabilities.map { p in
            let h = Double(n - 1) * min(max(p, 0), 1)
            let j = Int(h)
            let g = h - Double(j)
            let lower = value(j)
            guard g > 0, j + 1 < n else { return lower }
            let upper = value(j + 1)
            if upper == .infinity || lower == .infinity { return .infinity }
            return lower + g * (upper - lower)
        }
    }

    /// Samples at least this large go through the histogram.
    static let histogramThreshold = 4_096
    /// Buckets of the histogram (16 KB of counts, in the first-level cache).
    static let bucketCount = 4_096

    /// The values of the given ranks (sorted, distinct, within 0..<n) by bucketing, reading the buffer without
    /// reordering it; nil when the sample of 256 values has no two different finite values to set a scale from.
    static func histogramSelect<T: BinaryFloatingPoint>(_ a: UnsafeMutablePointer<T>, _ n: Int, _ ranks: [Int]) -> [T]? {
        // The scale: from the smallest and largest finite values of 256 evenly spread ones.
        var lo = Double.infinity
        var hi = -Double.infinity
        for s in 0..<256 {
            let x = Double(a[Int((Double(s) + 0.5) * Double(n) / 256)])
            if x.isFinite {
                lo = min(lo, x)
                hi = max(hi, x)
            }
        }
        let top = Double(bucketCount - 1)
        let scale = Double(bucketCount) / (hi - lo)
        guard lo < hi, scale.isFinite, scale > 0 else { return nil }
        // ⌊clamp((x − lo) × scale, 0, top)⌋: ±∞ land in the end buckets, as the largest and smallest values must
        // (and a NaN, which is not allowed, in the first rather than trapping).
        @inline(__always) func bucket(_ x: T) -> Int {
            let d = (Double(x) - lo) * scale
            return Int(d >= 0 ? Swift.min(d, top) : 0)
        }
        let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: bucketCount)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0, count: bucketCount)
        // Each value's bucket is kept (two bytes a value), so the second pass does not compute it again.
        let index = UnsafeMutablePointer<UInt16>.allocate(capacity: n)
        defer { index.deallocate() }
        for k in 0..<n {
            let i = bucket(a[k])
            index[k] = UInt16(truncatingIfNeeded: i)
            counts[i] &+= 1
        }
        // Each rank's bucket (its index among the wanted buckets) and the values in earlier buckets.
        var wanted: [(bucket: Int, before: Int)] = []
        var rankSlot: [Int] = []
        var before = 0
        var b = 0
        for rank in ranks {
            while before + Int(counts[b]) <= rank {
                before += Int(counts[b])
                b += 1
            }
            if wanted.last?.bucket != b { wanted.append((b, before)) }
            rankSlot.append(wanted.count - 1)
        }
        // Copy the wanted buckets' values, bucket after bucket, into one scratch buffer; `slot` marks a wanted bucket
        // with its index + 1 (a byte per bucket, so the test per value is one load and one rarely taken branch).
        var offsets: [Int] = []
        var total = 0
        let slot = UnsafeMutablePointer<UInt8>.allocate(capacity: bucketCount)
        defer { slot.deallocate() }
        slot.initialize(repeating: 0, count: bucketCount)
        for (w, item) in wanted.enumerated() {
            offsets.append(total)
            total += Int(counts[item.bucket])
            slot[item.bucket] = UInt8(w + 1)
        }
        let scratch = UnsafeMutablePointer<T>.allocate(capacity: total)
        defer { scratch.deallocate() }
        var fill = offsets
        for k in 0..<n {
            let x = a[k]
            let s = Int(slot[Int(index[k])])
            if s != 0 {
                scratch[fill[s - 1]] = x
                fill[s - 1] &+= 1
            }
        }
        // Select each rank within its bucket.
        var results: [T] = []
        for (rank, w) in zip(ranks, rankSlot) {
            let start = offsets[w]
            let local = start + rank - wanted[w].before
            select(scratch, start, start + Int(counts[wanted[w].bucket]), local)
            results.append(scratch[local])
        }
        return results
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
