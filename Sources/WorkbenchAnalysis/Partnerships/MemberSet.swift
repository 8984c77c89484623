/// A set of up to 256 members (indices 0…255) as four 64-bit words, for the set-partitioning search: union,
/// intersection tests and hashing in a few instructions, with no allocation.
public struct MemberSet: Hashable, Sendable {
    /// The largest number of members a set can hold.
    public static let capacity = 256

    var w0: UInt64 = 0
    var w1: UInt64 = 0
    var w2: UInt64 = 0
    var w3: UInt64 = 0

    /// The empty set.
    public init() {}

    /// The set of the given members (each below `capacity`).
    public init<S: Sequence>(_ members: S) where S.Element == Int {
        for member in members { insert(member) }
    }

    /// Adds a member.
    public mutating func insert(_ member: Int) {
        let bit = UInt64(1) << UInt64(member & 63)
        switch member >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    /// Whether a member is in the set.
    public func contains(_ member: Int) -> Bool {
        let bit = UInt64(1) << UInt64(member & 63)
        switch member >> 6 {
        case 0: return w0 & bit != 0
        case 1: return w1 & bit != 0
        case 2: return w2 & bit != 0
        default: return w3 & bit != 0
        }
    }

    /// Whether the two sets share a member.
    @inline(__always)
    public func intersects(_ other: MemberSet) -> Bool {
        (w0 & other.w0) | (w1 & other.w1) | (w2 & other.w2) | (w3 & other.w3) != 0
    }

    /// Whether every member of this set is in `other`.
    @inline(__always)
    public func isSubset(of other: MemberSet) -> Bool {
        (w0 & ~other.w0) | (w1 & ~other.w1) | (w2 & ~other.w2) | (w3 & ~other.w3) == 0
    }

    /// The union of two sets.
    @inline(__always)
    public func union(_ other: MemberSet) -> MemberSet {
        var out = self
        out.w0 |= other.w0
        out.w1 |= other.w1
        out.w2 |= other.w2
        out.w3 |= other.w3
        return out
    }

    /// The number of members.
    public var count: Int { w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount + w3.nonzeroBitCount }

    /// The lowest member not in the set (`capacity` when full).
    public var lowestAbsent: Int {
        if ~w0 != 0 { return (~w0).trailingZeroBitCount }
        if ~w1 != 0 { return 64 + (~w1).trailingZeroBitCount }
        if ~w2 != 0 { return 128 + (~w2).trailingZeroBitCount }
        if ~w3 != 0 { return 192 + (~w3).trailingZeroBitCount }
        return Self.capacity
    }

    /// The highest member (−1 when empty).
    public var highestMember: Int {
        if w3 != 0 { return 255 - w3.leadingZeroBitCount }
        if w2 != 0 { return 191 - w2.leadingZeroBitCount }
        if w1 != 0 { return 127 - w1.leadingZeroBitCount }
        if w0 != 0 { return 63 - w0.leadingZeroBitCount }
        return -1
    }

    /// The members in increasing order.
    public var members: [Int] { (0..<Self.capacity).filter(contains) }
}
