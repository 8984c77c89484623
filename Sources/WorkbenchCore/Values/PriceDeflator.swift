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

    /// HM Treasury's GDP deflator as the workbench's sources give it. The domain reference names the series but
    /// gives none of its values, so the series is empty: every conversion through it reports the years it lacks.
    public static let hmTreasuryGDP = PriceDeflator(
        name: "HM Treasury GDP deflator at market prices", index: [:],
        provenance: Provenance(.published, [gdpDeflatorTag], method: "financial-year index (ONS series L8GG)"))

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
        /// `£71,250 in 2024/25 prices × 60.0 ÷ 120.0 (GDP deflator [S82]) = £35,625 in 2010/11 prices`.
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
            method: "£\(MoneyFormat.grouped(amount.pounds)) in \(from) prices × \(MoneyFormat.fixed(b, decimals: 3)) ÷ "
                + "\(MoneyFormat.fixed(a, decimals: 3)) (\(name) \(tags)) = £\(MoneyFormat.grouped(result.pounds)) in \(to) prices")
    }

    /// The sentence a reply gives when it could not convert: which years the series lacks.
    public func notConverted(from: FinancialYear, to: FinancialYear) -> String {
        let lacking = missing([from, to]).map(\.description)
        let tags = provenance.sources.map(\.description).joined()
        return "not converted from \(from) to \(to) prices: the \(name) \(tags) has no value for "
            + lacking.joined(separator: " or ") + " in the workbench's sources"
    }
}
