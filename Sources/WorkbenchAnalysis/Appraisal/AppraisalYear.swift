public import WorkbenchCore

/// One year of an appraisal's discounted cash-flow table.
public struct AppraisalYear: Hashable, Sendable, Codable {
    /// The appraisal year (0 is the price base year, never discounted).
    public var year: Int
    /// The financial year it falls in (`2010/11`).
    public var financialYear: FinancialYear
    /// One-off and recurring costs, after optimism bias: `oneOffCosts + recurringCosts + optimismBias`.
    public var costs: Money
    /// One-off (capital or transition) costs as scheduled, before optimism bias.
    public var oneOffCosts: Money
    /// Recurring (operating, revenue) costs as scheduled, before optimism bias.
    public var recurringCosts: Money
    /// The optimism-bias contingency: the uplift on costs [S55], included in `costs`, shown as its own line.
    public var optimismBias: Money
    /// Savings.
    public var savings: Money
    /// Savings minus costs.
    public var net: Money
    /// The discount factor.
    public var factor: Double
    /// The net flow times the factor.
    public var presentValue: Money
    /// The running total of net flows, undiscounted.
    public var cumulativeNet: Money
    /// The running total of present values.
    public var cumulativePresentValue: Money

    /// Makes a year row.
    public init(
        year: Int, financialYear: FinancialYear, costs: Money, savings: Money, net: Money, factor: Double,
        presentValue: Money, cumulativeNet: Money, cumulativePresentValue: Money, oneOffCosts: Money = .zero,
        recurringCosts: Money = .zero, optimismBias: Money = .zero
    ) {
        self.oneOffCosts = oneOffCosts
        self.recurringCosts = recurringCosts
        self.optimismBias = optimismBias
        self.year = year
        self.financialYear = financialYear
        self.costs = costs
        self.savings = savings
        self.net = net
        self.factor = factor
        self.presentValue = presentValue
        self.cumulativeNet = cumulativeNet
        self.cumulativePresentValue = cumulativePresentValue
    }
}
