/// A price index by financial year, to state money from one year's prices in another's: HM Treasury's GDP deflator at
/// market prices [S82] is the one the Green Book uses for general inflation.
///
/// Conversion: an amount in year A's prices is `amount × index(B) ÷ index(A)` in year B's prices. A series holds only
/// the values a source gives; a conversion that needs a year the series lacks is refused (nil), never guessed, and the
/// reply says which year is missing.
public struct PriceDeflator: Hashable, Sendable {
    /// What the series is (`HM Treasury GDP deflator at market prices`).
    public var name: String
    /// The index by financial year, as the source gives it (any base year: only ratios are used).
    public var index: [FinancialYear: Double]
    /// Where the series comes from.
    public var provenance: Provenance

    /// Makes a series.
    public init(name: String, index: [FinancialYear: Double], provenance: Provenance) {
        self.name = name
        self.index = index
        self.provenance = provenance
    }

    /// The source tag of HM Treasury's GDP deflator series in the programme's sources list.
    public static let gdpDeflatorTag: SourceTag = "S82"

    /// HM Treasury's GDP deflator at market prices [S82], financial years 2000-01 to 2024-25 (outturn only, no
    /// forecasts), from the March 2026 release (Quarterly National Accounts, 31 March 2026; ONS series L8GG), where
    /// 2024-25 = 100. The values are the release's to four decimal places, as a public machine-readable copy of it
    /// gives them (`ncl-icb-analytics/dbt-ncl-analytics`, `seeds/uk_cost_indices.csv`); a second, independent
    /// quotation of the same release gives 2020-21 as 85.10. Years outside the table are refused, never guessed.
    public static let hmTreasuryGDP = PriceDeflator(
        name: "HM Treasury GDP deflator at market prices", index: Dictionary(uniqueKeysWithValues: hmTreasuryMarch2026.map { (FinancialYear(startYear: $0.0), $0.1) }),
        provenance: Provenance(
            .published, [gdpDeflatorTag], period: "March 2026 release, 2024-25 = 100",
            method: "financial-year index, ONS series L8GG, outturn 2000-01 to 2024-25"))

    /// The March 2026 release's financial-year index (start year, value), 2024-25 = 100 [S82].
    static let hmTreasuryMarch2026: [(Int, Double)] = [
        (2000, 54.3697), (2001, 55.4597), (2002, 56.6000), (2003, 57.9885), (2004, 59.7172),
        (2005, 61.3576), (2006, 63.2017), (2007, 64.4380), (2008, 66.8397), (2009, 67.7042),
        (2010, 68.8561), (2011, 70.3261), (2012, 71.5454), (2013, 73.0337), (2014, 74.0662),
        (2015, 74.5804), (2016, 76.0754), (2017, 77.0388), (2018, 78.7948), (2019, 80.8738),
        (2020, 85.1002), (2021, 85.3036), (2022, 91.2996), (2023, 96.1117), (2024, 100.0000),
    ]

    /// One conversion, with the arithmetic to state beside it.
    public struct Conversion: Hashable, Sendable {
        /// The amount in the target year's prices.
        public var amount: Money
        /// index(to) ÷ index(from).
        public var factor: Double
        /// The year of the original prices.
        public var from: FinancialYear
        /// The year of the new prices.
        public var to: FinancialYear
        /// `£71,250 in 2024/25 prices × 68.8561 ÷ 100.0000 (HM Treasury GDP deflator at market prices [S82]) = £49,060 in 2010/11 prices`.
        public var method: String
    }

    /// The years of `years` the series lacks, in order, without repeats.
    public func missing(_ years: [FinancialYear]) -> [FinancialYear] {
        var out: [FinancialYear] = []
        for year in years where index[year] == nil && !out.contains(year) { out.append(year) }
        return out
    }

    /// `amount` in `from`'s prices restated in `to`'s prices; nil when the series lacks either year or an index is
    /// not a positive finite number.
    public func convert(_ amount: Money, from: FinancialYear, to: FinancialYear) -> Conversion? {
        guard let a = index[from], let b = index[to], a > 0, b > 0, a.isFinite, b.isFinite else { return nil }
        let factor = b / a
        let result = Money(pounds: amount.pounds * factor)
        let tags = provenance.sources.map(\.description).joined()
        return Conversion(
            amount: result, factor: factor, from: from, to: to,
            method: "£\(MoneyFormat.grouped(amount.pounds)) in \(from) prices × \(MoneyFormat.fixed(b, decimals: 4)) ÷ "
                + "\(MoneyFormat.fixed(a, decimals: 4)) (\(name) \(tags)) = £\(MoneyFormat.grouped(result.pounds)) in \(to) prices")
    }

    /// The sentence a reply gives when it could not convert: which years the series lacks.
    public func notConverted(from: FinancialYear, to: FinancialYear) -> String {
        let lacking = missing([from, to]).map(\.description)
        let tags = provenance.sources.map(\.description).joined()
        return "not converted from \(from) to \(to) prices: the \(name) \(tags) has no value for "
            + lacking.joined(separator: " or ") + " in the workbench's sources"
    }
}
