/// xoshiro256** 1.0 (Blackman and Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4), 2021;
/// reference `xoshiro256starstar.c`): 256 bits of state, period 2^256 − 1, all 64 output bits of good quality.
///
/// Each simulation stream is its own generator, seeded through SplitMix64 from (seed, option, block), so results do
/// not depend on how the blocks are spread over threads. The generator uses only integer arithmetic and the
/// conversions to `Double` below are exact, so the same seed gives the same bits on every machine.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Seeds the four state words with consecutive SplitMix64 outputs, as the authors recommend (never all zero).
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    /// The stream for one block of iterations of one option: the seed, option index and block index are mixed with
    /// the SplitMix64 finaliser into one 64-bit key, which seeds the generator. Different (option, block) pairs give
    /// unrelated streams (two keys coincide with probability about 2^-64).
    public init(seed: UInt64, option: Int, block: Int) {
        var key = SplitMix64.mix(seed)
        key = SplitMix64.mix(key ^ (UInt64(truncatingIfNeeded: option) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019))
        key = SplitMix64.mix(key ^ (UInt64(truncatingIfNeeded: block) &* 0xD1B5_4A32_D192_ED03 &+ 0x8CB9_2BA7_2F3D_8DD7))
        self.init(seed: key)
    }

    /// Starts from an explicit state (not all zero), as the reference implementation's tests do.
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    /// The four state words (for the four-lane generator, which keeps one stream per lane).
    public var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

    /// The next 64 bits.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let t5 = s1 &* 5
        let result = ((t5 &<< 7) | (t5 &>> 57)) &* 9
        let t = s1 &<< 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 &<< 45) | (s3 &>> 19)
        return result
    }

    /// A uniform value in [0, 1): the top 53 bits scaled by 2^-53 (exact). Converted as a signed integer, which
    /// is one instruction on x86-64 where an unsigned conversion is several.
    @inline(__always)
    public mutating func unit() -> Double { Double(Int64(bitPattern: next() &>> 11)) * 0x1p-53 }

    /// A uniform value in (0, 1), never 0, for logarithms: (top 53 bits + ½) × 2^-53.
    @inline(__always)
    public mutating func openUnit() -> Double { (Double(Int64(bitPattern: next() &>> 11)) + 0.5) * 0x1p-53 }
}
