/// Sorts one criterion's values ascending and remembers each sorted value's row, for the sorted PROMETHEE method.
/// Large columns use a least-significant-digit radix sort on 64-bit keys that order as the doubles do (six passes of
/// 11 bits, skipping digits every key shares), several times faster than a comparison sort at a million values;
/// small ones use the standard library's sort.
struct ValueOrder {
    /// Columns shorter than this use the comparison sort.
    static let radixThreshold = 256

    /// The values in ascending order.
    private(set) var sorted: [Double] = []
    /// The row of each value in `sorted`.
    private(set) var rows: [Int32] = []
    /// Radix keys, and the buffers each pass writes into (kept from one criterion to the next).
    private var keys: [UInt64] = []
    private var spareKeys: [UInt64] = []
    private var spareRows: [Int32] = []

    /// An unsigned key whose order is the order of the doubles (finite values; −0 sorts just before +0, which is
    /// equal to it and so harmless): the sign bit flipped for positives, every bit flipped for negatives.
    static func key(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    /// The double a key was made from.
    static func value(ofKey key: UInt64) -> Double {
        Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key)
    }

    /// Sorts `values` (finite), replacing the previous column.
    /// - Complexity: O(n) for the radix sort, O(n log n) below the threshold; O(n) memory, reused.
    mutating func sort(_ values: [Double]) {
        let n = values.count
        guard n >= Self.radixThreshold else {
            let order = values.indices.sorted { values[$0] < values[$1] }
            rows = order.map { Int32($0) }
            sorted = order.map { values[$0] }
            return
        }
        keys = values.map(Self.key)
        rows = (0..<n).map { Int32($0) }
        if spareKeys.count != n {
            spareKeys = [UInt64](repeating: 0, count: n)
            spareRows = [Int32](repeating: 0, count: n)
        }
        let digits = 6
        let buckets = 2048
        var counts = [Int](repeating: 0, count: digits * buckets)
        counts.withUnsafeMutableBufferPointer { counts in
            keys.withUnsafeBufferPointer { keys in
                for key in keys {
                    for digit in 0..<digits { counts[digit * buckets + Int((key >> UInt64(11 * digit)) & 2047)] += 1 }
                }
            }
            for digit in 0..<digits {
                let base = digit * buckets
                let shift = UInt64(11 * digit)
                // Every key has the same digit here: the pass would change nothing.
                if counts[base + Int((keys[0] >> shift) & 2047)] == n { continue }
                var offset = 0
                for bucket in 0..<buckets {
                    let count = counts[base + bucket]
                    counts[base + bucket] = offset
                    offset += count
                }
                keys.withUnsafeBufferPointer { keys in
                    rows.withUnsafeBufferPointer { rows in
                        spareKeys.withUnsafeMutableBufferPointer { toKeys in
                            spareRows.withUnsafeMutableBufferPointer { toRows in
                                for i in 0..<n {
                                    let key = keys[i]
                                    let slot = base + Int((key >> shift) & 2047)
                                    let destination = counts[slot]
                                    counts[slot] = destination + 1
                                    toKeys[destination] = key
                                    toRows[destination] = rows[i]
                                }
                            }
                        }
                    }
                }
                swap(&keys, &spareKeys)
                swap(&rows, &spareRows)
            }
        }
        sorted = keys.map(Self.value(ofKey:))
    }
}
