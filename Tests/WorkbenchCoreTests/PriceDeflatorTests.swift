import Testing
import WorkbenchCore

/// Prices from other years restated at the workspace's price base with a stated deflator (issue 21), checked against
/// a hand computation. The index values here are test values, not HM Treasury's: the sources give none of the series'
/// values, so the workbench's own series is empty and refuses every conversion.
@Suite("Price deflator")
struct PriceDeflatorTests {
    /// A test series (any base year works: only ratios are used).
    static let series = PriceDeflator(
        name: "test deflator",
        index: [FinancialYear(startYear: 2010): 80, FinancialYear(startYear: 2024): 128],
        provenance: Provenance(.estimate, ["S82"], method: "test values"))

    @Test("£71,250 in 2024/25 prices is £44,531.25 in 2010/11 prices when the index goes 128 → 80 (hand: 71,250 × 80 ÷ 128)")
    func handComputation() throws {
        let converted = try #require(
            Self.series.convert(Money(pounds: 71_250), from: FinancialYear(startYear: 2024), to: FinancialYear(startYear: 2010)))
        #expect(converted.amount.pounds == 44_531.25)
        #expect(converted.factor == 0.625)
        #expect(converted.method.contains("£71,250 in 2024/25 prices × 80.000 ÷ 128.000 (test deflator [S82])"), "\(converted.method)")
        // And back again.
        let back = try #require(Self.series.convert(converted.amount, from: FinancialYear(startYear: 2010), to: FinancialYear(startYear: 2024)))
        #expect(abs(back.amount.pounds - 71_250) < 1e-9)
    }

    @Test("a year the series lacks is refused and named, never guessed; the workbench's HM Treasury series has no values")
    func missingYears() {
        #expect(Self.series.convert(Money(pounds: 1), from: FinancialYear(startYear: 2019), to: FinancialYear(startYear: 2010)) == nil)
        #expect(Self.series.missing([FinancialYear(startYear: 2019), FinancialYear(startYear: 2010)]) == [FinancialYear(startYear: 2019)])
        let treasury = PriceDeflator.hmTreasuryGDP
        #expect(treasury.index.isEmpty)
        #expect(treasury.provenance.sources == ["S82"])
        #expect(treasury.convert(Money(pounds: 1), from: FinancialYear(startYear: 2024), to: FinancialYear(startYear: 2010)) == nil)
        #expect(
            treasury.notConverted(from: FinancialYear(startYear: 2024), to: FinancialYear(startYear: 2010))
                == "not converted from 2024/25 to 2010/11 prices: the HM Treasury GDP deflator at market prices [S82] has no value for 2024/25 or 2010/11 in the workbench's sources")
    }
}
