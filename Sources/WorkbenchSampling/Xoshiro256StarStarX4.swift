/// Four independent xoshiro256** streams side by side, one per lane of `SIMD4<UInt64>` state vectors, so that one
/// step advances all four with vector instructions (two 128-bit registers per word on baseline x86-64).
///
/// Lane l of the streams for block b of option i is exactly the scalar `Xoshiro256StarStar(seed:option:block:)` of
/// block 4b + l: each lane is an ordinary xoshiro256** stream, and a lane can be taken out, advanced by scalar code
/// and put back (`lane(_:)`, `setLane(_:_:)`), which the samplers do for their rare slow paths.
public struct Xoshiro256StarStarX4: Sendable {
    @usableFromInline var s0: SIMD4<UInt64>
    @usableFromInline var s1: SIMD4<UInt64>
    @usableFromInline var s2: SIMD4<UInt64>
    @usableFromInline var s3: SIMD4<UInt64>
    // The rotation amounts 7, 57, 45 and 19, held as values rather than literals: with literal amounts the optimiser
    // recognises the rotations and, baseline x86-64 having no vector rotate, takes every lane out to a scalar `rol`.
    @usableFromInline let r7: UInt64
    @usableFromInline let r57: UInt64
    @usableFromInline let r45: UInt64
    @usableFromInline let r19: UInt64

    /// Four streams side by side, lane l being `lanes[l]` (exactly four).
    public init(lanes: [Xoshiro256StarStar]) {
        precondition(lanes.count == 4, "Xoshiro256StarStarX4 needs four lanes")
        let states = lanes.map(\.state)
        s0 = SIMD4(states.map(\.0))
        s1 = SIMD4(states.map(\.1))
        s2 = SIMD4(states.map(\.2))
        s3 = SIMD4(states.map(\.3))
        (r7, r57, r45, r19) = Self.rotations()
    }

    /// Four streams side by side, lane l being the l-th generator.
    public init(_ l0: Xoshiro256StarStar, _ l1: Xoshiro256StarStar, _ l2: Xoshiro256StarStar, _ l3: Xoshiro256StarStar) {
        let (a, b, c, d) = (l0.state, l1.state, l2.state, l3.state)
        s0 = SIMD4(a.0, b.0, c.0, d.0)
        s1 = SIMD4(a.1, b.1, c.1, d.1)
        s2 = SIMD4(a.2, b.2, c.2, d.2)
        s3 = SIMD4(a.3, b.3, c.3, d.3)
        (r7, r57, r45, r19) = Self.rotations()
    }

    /// The four lanes as scalar generators, at the same points of their streams.
    public var lanes: (Xoshiro256StarStar, Xoshiro256StarStar, Xoshiro256StarStar, Xoshiro256StarStar) {
        (lane(0), lane(1), lane(2), lane(3))
    }

    /// The streams of block `block` of option `option`: lane l is `Xoshiro256StarStar(seed:option:block:)` of block
    /// 4 × block + l.
    public init(seed: UInt64, option: Int, block: Int) {
        self.init(lanes: (0..<4).map { Xoshiro256StarStar(seed: seed, option: option, block: 4 &* block &+ $0) })
    }

    @inline(never)
    private static func rotations() -> (UInt64, UInt64, UInt64, UInt64) { (7, 57, 45, 19) }

    /// The next 64 bits of each lane.
    @inlinable @inline(__always)
    public mutating func next() -> SIMD4<UInt64> {
        let t5 = s1 &+ (s1 &<< 2)
        let rotated = (t5 &<< r7) | (t5 &>> r57)
        let result = rotated &+ (rotated &<< 3)
        let t = s1 &<< 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 &<< r45) | (s3 &>> r19)
        return result
    }

    /// Lane `j` as a scalar generator, at the same point of its stream.
    public func lane(_ j: Int) -> Xoshiro256StarStar {
        Xoshiro256StarStar(state: (s0[j], s1[j], s2[j], s3[j]))
    }

    /// Replaces lane `j` by a scalar generator's state (normally the lane itself, advanced by scalar code).
    public mutating func setLane(_ j: Int, _ generator: Xoshiro256StarStar) {
        let state = generator.state
        s0[j] = state.0
        s1[j] = state.1
        s2[j] = state.2
        s3[j] = state.3
    }
}
