/// A number held as the unevaluated sum `hi + lo` of two doubles (about 106 bits of significand), for sums whose
/// terms cancel: PROMETHEE's band sums Σ (xᵢ − xₖ − q) over many options, read as differences of prefix sums of
/// values that can be large beside the thresholds. Built on the error-free transformations of Knuth (TwoSum) and
/// Dekker (TwoProduct, here a fused multiply-add).
struct DoubleDouble {
    /// The leading part: the double nearest the value.
    var hi: Double
    /// The rounding error of `hi`, |lo| ≤ ulp(hi)/2 after normalisation.
    var lo: Double

    /// Makes `hi + lo` as given (no normalisation).
    init(_ hi: Double, _ lo: Double = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// The nearest double.
    var value: Double { hi + lo }

    /// `a + b` exactly (Knuth's TwoSum, no branch and no ordering of the operands needed).
    static func twoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bb = s - a
        let e = (a - (s - bb)) + (b - bb)
        return DoubleDouble(s, e)
    }

    /// `a × b` exactly, with a fused multiply-add for the low part.
    static func twoProduct(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        return DoubleDouble(p, (-p).addingProduct(a, b))
    }

    /// The sum, to about 2⁻¹⁰⁴ of the operands' magnitude.
    static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let s = twoSum(a.hi, b.hi)
        let lo = s.lo + (a.lo + b.lo)
        let hi = s.hi + lo
        return DoubleDouble(hi, lo - (hi - s.hi))
    }

    /// The negation (exact).
    static prefix func - (a: DoubleDouble) -> DoubleDouble { DoubleDouble(-a.hi, -a.lo) }

    /// The difference, to about 2⁻¹⁰⁴ of the operands' magnitude.
    static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble { a + (-b) }
}
