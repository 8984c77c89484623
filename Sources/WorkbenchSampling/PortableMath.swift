/// Natural logarithm and exponential written in plain IEEE arithmetic (no platform `libm`), so that the samplers that
/// need them (the normal tail and wedges, the gamma acceptance test) take the same decisions on every machine and a
/// seed reproduces the same figures everywhere. Ports of fdlibm's `e_log.c` and `e_exp.c` (Sun Microsystems, 1993,
/// freely redistributable), accurate to within one unit in the last place; the tests compare them with the platform.
public enum PortableMath {
    private static let ln2Hi = 6.93147180369123816490e-01
    private static let ln2Lo = 1.90821492927058770002e-10

    /// The natural logarithm: NaN below 0 (and for NaN), −∞ at 0, +∞ at +∞.
    public static func log(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? -.infinity : .nan }
        guard x.isFinite else { return x }
        // x = 2^k × m with √½ < m ≤ √2; f = m − 1 is exact. For normal x, k and m are read from the bits (the values
        // of `exponent` and `significand`, without their calls).
        let bits = x.bitPattern
        let biased = Int((bits >> 52) & 0x7FF)
        var k = biased != 0 ? biased - 1023 : Int(x.exponent)
        var m = biased != 0 ? Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000) : x.significand
        if m > 1.4142135623730951 {
            m *= 0.5
            k += 1
        }
        let f = m - 1
        let hfsq = 0.5 * f * f
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01))
        let t2 = z * (6.666666666666735130e-01
            + w * (2.857142874366239149e-01 + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)))
        let r = t2 + t1
        let dk = Double(k)
        return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
    }

    /// The exponential: +∞ above about 709.78, 0 below about −745.13.
    public static func exp(_ x: Double) -> Double {
        guard !x.isNaN else { return x }
        if x > 7.09782712893383973096e+02 { return .infinity }
        if x < -7.45133219101941108420e+02 { return 0 }
        let magnitude = x < 0 ? -x : x
        if magnitude < 0x1p-28 { return 1 + x }
        var k = 0
        var hi = x
        var lo = 0.0
        var r = x
        if magnitude > 0.5 * 0.6931471805599453 {
            let t = (x * 1.44269504088896338700e+00).rounded()
            k = Int(t)
            hi = x - t * ln2Hi
            lo = t * ln2Lo
            r = hi - lo
        }
        let t = r * r
        let c = r - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03
            + t * (6.61375632143793436117e-05 + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08))))
        if k == 0 { return 1 - ((r * c) / (c - 2) - r) }
        let y = 1 - ((lo - (r * c) / (2 - c)) - hi)
        if k < -1021 {
            // Scale in two steps so that a subnormal result is rounded once.
            return Double(sign: .plus, exponent: k + 1000, significand: y) * 0x1p-1000
        }
        return Double(sign: .plus, exponent: k, significand: y)
    }
}
