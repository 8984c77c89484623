/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the constants
/// of Vigna's reference `splitmix64.c`): a 64-bit counter advanced by the golden-ratio increment and passed through a
/// bijective mixing function. Used only to seed `Xoshiro256StarStar` and to derive independent streams, as its
/// authors recommend.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The counter.
    public private(set) var state: UInt64

    /// Starts at a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 bits: the mixed value of the advanced counter.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser, a bijection of 64-bit words in which every input bit affects every output bit.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }
}
