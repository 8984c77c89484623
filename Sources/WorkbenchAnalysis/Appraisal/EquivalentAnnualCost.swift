/// The equivalent annual cost: the level annual amount, paid at the end of each of years 1…n, whose present value
/// equals the net present cost.
///
/// Convention: EAC = NPC / A(n), where A(n) = Σ D(t) for t = 1…n is the annuity factor of the discount schedule.
/// At a constant rate r this is NPC × r / (1 − (1 + r)^−n); for example £100,000 over 10 years at 3.5% is
/// 100,000 / 8.3166 = £12,024 a year. Under the declining schedule the same sum of chained factors is used.
public enum EquivalentAnnualCost {
    /// The equivalent annual cost of a net present cost over `years` years, or nil when `years` is less than 1.
    public static func of(netPresentCost: Double, years: Int, schedule: DiscountSchedule) -> Double? {
        guard years > 0 else { return nil }
        let annuity = schedule.annuityFactor(years: years)
        guard annuity > 0, annuity.isFinite else { return nil }
        return netPresentCost / annuity
    }
}
