/// Net present value of a stream of flows: NPV = Σ flow(t) × D(t) for t = 0…n, where D(0) = 1 (year 0 is never
/// discounted) and D(t) comes from a `DiscountSchedule` [S80].
///
/// Example: −£180,000 in year 0 and £36,000 a year in years 1–10 at 3.5% give
/// −180,000 + 36,000 × 8.3166 = £119,397.
public enum NetPresentValue {
    /// The present value of each flow, year by year.
    /// - Complexity: O(n).
    public static func presentValues(of flows: [Double], schedule: DiscountSchedule) -> [Double] {
        guard !flows.isEmpty else { return [] }
        let factors = schedule.factors(through: flows.count - 1)
        return zip(flows, factors).map { $0 * $1 }
    }

    /// The net present value of flows under a schedule.
    public static func of(_ flows: [Double], schedule: DiscountSchedule) -> Double {
        presentValues(of: flows, schedule: schedule).reduce(0, +)
    }

    /// The net present value at one constant rate in every year (a fraction, above -1), as the IRR uses.
    public static func of(_ flows: [Double], rate: Double) -> Double {
        let x = 1 / (1 + rate)
        var total = 0.0
        for flow in flows.reversed() { total = total * x + flow }
        return total
    }

    /// Running totals of present values: the cumulative discounted net flow by year.
    public static func cumulative(_ values: [Double]) -> [Double] {
        var running = 0.0
        return values.map { running += $0; return running }
    }
}
