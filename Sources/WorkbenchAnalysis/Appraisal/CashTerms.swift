public import WorkbenchCore

/// An appraisal's flows in cash terms: the real-terms figures (prices of the price base year) uplifted by an
/// inflation assumption, year t by (1 + inflation)^t, year 0 being the price base year. The NPV stays in real terms,
/// as the Green Book requires [S54]; cash figures are what a budget uses, year by year.
public struct CashTerms: Hashable, Sendable, Codable {
    /// One year of the cash view, beside the real figures it comes from.
    public struct Year: Hashable, Sendable, Codable {
        /// The appraisal year.
        public var year: Int
        /// Its financial year.
        public var financialYear: FinancialYear
        /// The price index against year 0: (1 + inflation)^year.
        public var index: Double
        /// One-off (capital) costs before optimism bias, cash.
        public var oneOffCosts: Money
        /// Recurring (revenue) costs before optimism bias, cash.
        public var recurringCosts: Money
        /// The optimism-bias contingency, cash.
        public var optimismBias: Money
        /// Savings, cash.
        public var savings: Money
        /// Net flow, cash: savings − one-off − recurring − optimism bias.
        public var net: Money
        /// Net flow in real terms (the appraisal's own figure).
        public var realNet: Money
    }

    /// The inflation assumed, a year.
    public var inflation: Rate
    /// Where the assumption comes from, or how it was estimated.
    public var basis: String
    /// The price base year of the real figures.
    public var baseYear: FinancialYear
    /// Years 0…n.
    public var rows: [Year]

    /// The default inflation assumption: 2% a year.
    public static let defaultInflation = Rate(fraction: 0.02)
    /// Why 2%: stated as an estimate with its method, since the domain reference holds no price index.
    public static let defaultBasis =
        "estimate: 2% a year, the Bank of England's CPI inflation target, applied from the price base year as (1 + 2%)^t; "
        + "the workbench's reference holds no CPI, GDP deflator or OBR forecast, so give the council's own figure with --inflation"

    /// Converts an appraisal's yearly rows to cash at an inflation rate.
    public init(_ result: AppraisalResult, inflation: Rate, basis: String) {
        self.inflation = inflation
        self.basis = basis
        self.baseYear = result.baseYear
        rows = result.rows.map { row in
            let index = CashTerms.index(year: row.year, inflation: inflation)
            return Year(
                year: row.year, financialYear: row.financialYear, index: index,
                oneOffCosts: Money(pounds: row.oneOffCosts.pounds * index), recurringCosts: Money(pounds: row.recurringCosts.pounds * index),
                optimismBias: Money(pounds: row.optimismBias.pounds * index), savings: Money(pounds: row.savings.pounds * index),
                net: Money(pounds: row.net.pounds * index), realNet: row.net)
        }
    }

    /// (1 + inflation)^year.
    public static func index(year: Int, inflation: Rate) -> Double {
        var value = 1.0
        for _ in 0..<max(0, year) { value *= 1 + inflation.fraction }
        return value
    }

    /// The undiscounted net flow over every year, cash.
    public var totalNet: Money { Money(pounds: rows.reduce(0) { $0 + $1.net.pounds }) }
    /// The undiscounted net flow over every year, real.
    public var totalRealNet: Money { Money(pounds: rows.reduce(0) { $0 + $1.realNet.pounds }) }
}
