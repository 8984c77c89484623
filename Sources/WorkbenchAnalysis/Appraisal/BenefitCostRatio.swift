/// The benefit-cost ratio.
///
/// Convention: the present value of savings (benefits) divided by the present value of all costs, one-off and
/// recurring, after optimism bias, each discounted by the same schedule. A ratio above 1 means the savings repay the
/// costs in present-value terms. Undefined (nil) when the costs' present value is zero or less.
public enum BenefitCostRatio {
    /// The ratio of present values, or nil when there are no costs.
    public static func of(presentValueOfSavings savings: Double, presentValueOfCosts costs: Double) -> Double? {
        guard costs > 0, savings.isFinite, costs.isFinite else { return nil }
        return savings / costs
    }

    /// The ratio for a bare stream of net flows, as the calculator commands use: the present value of the positive
    /// flows over the present value of the negative flows' magnitudes.
    public static func of(_ flows: [Double], schedule: DiscountSchedule) -> Double? {
        let values = NetPresentValue.presentValues(of: flows, schedule: schedule)
        let savings = values.filter { $0 > 0 }.reduce(0, +)
        let costs = -values.filter { $0 < 0 }.reduce(0, +)
        return of(presentValueOfSavings: savings, presentValueOfCosts: costs)
    }
}
