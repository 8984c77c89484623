import Testing
import WorkbenchCore

/// Prices from other years restated at the workspace's price base with a stated deflator (issue 21): the conversion
/// against hand computations, HM Treasury's series against the release's own figures, and the restating rule (which
/// figures convert, how the conversion is recorded, and that restating twice changes nothing).
@Suite("Price deflator")
struct PriceDeflatorTests {
    /// A test series (any base year works: only ratios are used).
    static let series = PriceDeflator(
        name: "test deflator",
        index: [FinancialYear(startYear: 2010): 80, FinancialYear(startYear: 2024): 128],
        provenance: Provenance(.estimate, ["S82"], method: "test values"))

    static let y2010 = FinancialYear(startYear: 2010)
    static let y2024 = FinancialYear(startYear: 2024)

    @Test("£71,250 in 2024/25 prices is £44,531.25 in 2010/11 prices when the index goes 128 → 80 (hand: 71,250 × 80 ÷ 128)")
    func handComputation() throws {
        let converted = try #require(Self.series.convert(Money(pounds: 71_250), from: Self.y2024, to: Self.y2010))
        #expect(converted.amount.pounds == 44_531.25)
        #expect(converted.factor == 0.625)
        #expect(converted.method.contains("£71,250 in 2024/25 prices × 80.0000 ÷ 128.0000 (test deflator [S82])"), "\(converted.method)")
        // And back again.
        let back = try #require(Self.series.convert(converted.amount, from: Self.y2010, to: Self.y2024))
        #expect(abs(back.amount.pounds - 71_250) < 1e-9)
    }

    @Test("a year the series lacks is refused and named, never guessed")
    func missingYears() {
        #expect(Self.series.convert(Money(pounds: 1), from: FinancialYear(startYear: 2019), to: Self.y2010) == nil)
        #expect(Self.series.missing([FinancialYear(startYear: 2019), Self.y2010]) == [FinancialYear(startYear: 2019)])
        #expect(
            Self.series.notConverted(from: FinancialYear(startYear: 2019), to: Self.y2010)
                == "not converted from 2019/20 to 2010/11 prices: the test deflator [S82] has no value for 2019/20 in the workbench's sources")
        // HM Treasury's series holds outturn only: the first forecast year is refused.
        #expect(PriceDeflator.hmTreasuryGDP.convert(Money(pounds: 1), from: FinancialYear(startYear: 2025), to: Self.y2010) == nil)
    }

    @Test("HM Treasury's March 2026 series: 2024-25 = 100, the release's values, 2000-01 to 2024-25, rising every year")
    func treasurySeries() throws {
        let treasury = PriceDeflator.hmTreasuryGDP
        #expect(treasury.provenance.sources == ["S82"])
        #expect(treasury.provenance.kind == .published)
        #expect(treasury.index.count == 25)
        #expect(treasury.index[Self.y2024] == 100)
        #expect(treasury.index[Self.y2010] == 68.8561)
        #expect(treasury.index[FinancialYear(startYear: 2011)] == 70.3261)
        // A second, independent quotation of the release gives 2020-21 as 85.10.
        let y2020 = try #require(treasury.index[FinancialYear(startYear: 2020)])
        #expect(abs(y2020 - 85.10) < 0.005)
        // The price base can be any year the series has, and no other, so every dated amount it has can be restated.
        #expect(Assumptions.priceBaseYearRange == 2000...2024)
        let years = treasury.index.keys.sorted()
        #expect(years.first == FinancialYear(startYear: 2000) && years.last == Self.y2024)
        for (earlier, later) in zip(years, years.dropFirst()) {
            #expect(later.startYear == earlier.startYear + 1)
            #expect(treasury.index[later]! > treasury.index[earlier]!, "\(earlier) → \(later)")
        }
    }

    @Test("Enfield's £71,250 in 2024/25 prices is £49,059.97 in 2010/11 prices (hand: 71,250 × 68.8561 ÷ 100)")
    func treasuryHandComputation() throws {
        let converted = try #require(PriceDeflator.hmTreasuryGDP.convert(Money(pounds: 71_250), from: Self.y2024, to: Self.y2010))
        #expect(abs(converted.amount.pounds - 49_059.971_25) < 1e-6)
        #expect(converted.method == "£71,250 in 2024/25 prices × 68.8561 ÷ 100.0000 (HM Treasury GDP deflator at market prices [S82]) = £49,060 in 2010/11 prices")
    }

    @Test("a period's first year: 2010/11 as written; a year alone is the financial year it starts; January to March the one before")
    func periodYears() {
        #expect(PriceDeflator.year(ofPeriod: "2010/11") == Self.y2010)
        #expect(PriceDeflator.year(ofPeriod: "2010-11") == Self.y2010)
        #expect(PriceDeflator.year(ofPeriod: "2014/15") == FinancialYear(startYear: 2014))
        #expect(PriceDeflator.year(ofPeriod: "2020 (a decade after the baseline)") == FinancialYear(startYear: 2020))
        #expect(PriceDeflator.year(ofPeriod: "2010 spend a head, mid-2015 population") == Self.y2010)
        #expect(PriceDeflator.year(ofPeriod: "2011-14") == FinancialYear(startYear: 2011))
        #expect(PriceDeflator.year(ofPeriod: "2011 forecast for 2012–2014") == FinancialYear(startYear: 2011))
        #expect(PriceDeflator.year(ofPeriod: "a year from 2012") == FinancialYear(startYear: 2012))
        #expect(PriceDeflator.year(ofPeriod: "mid-2015") == FinancialYear(startYear: 2015))
        #expect(PriceDeflator.year(ofPeriod: "December 2010") == Self.y2010)
        #expect(PriceDeflator.year(ofPeriod: "January 2011") == Self.y2010)
        #expect(PriceDeflator.year(ofPeriod: "March 2011") == Self.y2010)
        #expect(PriceDeflator.year(ofPeriod: "April 2011") == FinancialYear(startYear: 2011))
        #expect(PriceDeflator.year(ofPeriod: "a year, undated") == nil)
        #expect(PriceDeflator.year(ofPeriod: "£20000 a year") == nil)
        #expect(PriceDeflator.year(ofPeriod: nil) == nil)
    }

    @Test("restating: a published 2020 figure becomes derived, cites S82 and shows the arithmetic; twice changes nothing")
    func restating() throws {
        let treasury = PriceDeflator.hmTreasuryGDP
        let (value, provenance) = treasury.restating(4_393_000, .published("S40", period: "2020"), to: Self.y2010)
        // Hand: 4,393,000 × 68.8561 ÷ 85.1002 = 3,554,455.19…
        #expect(abs(value - 4_393_000 * 68.8561 / 85.1002) < 1e-6)
        #expect(abs(value - 3_554_455.19) < 0.01)
        #expect(provenance.kind == .derived)
        #expect(provenance.sources == ["S40", "S82"])
        #expect(provenance.period == "2020")
        #expect(provenance.prices == Self.y2010)
        #expect(provenance.description == "derived [S40][S82] (2020, in 2010/11 prices)")
        #expect(provenance.method?.contains("restated: £4,393,000 in 2020/21 prices × 68.8561 ÷ 85.1002") == true)
        let again = treasury.restating(value, provenance, to: Self.y2010)
        #expect(again.value == value)
        #expect(again.provenance == provenance)
    }

    @Test("restating leaves the base year, undated and multi-year figures alone, and keeps entered figures entered")
    func restatingLeavesAlone() {
        let treasury = PriceDeflator.hmTreasuryGDP
        for provenance in [
            Provenance.published("S1", period: "2010/11"), .published("S1", period: "January 2011"), .published("S1"),
            .published("S1", period: "undated"),
            .estimate("S3", period: "2010 spend a head, mid-2015 population", method: "m"),
        ] {
            let restated = treasury.restating(1_000, provenance, to: Self.y2010)
            #expect(restated.value == 1_000)
            #expect(restated.provenance == provenance)
        }
        let entered = treasury.restating(1_000_000, .entered(period: "2012/13", source: "budget book"), to: Self.y2010)
        #expect(entered.provenance.kind == .entered)
        #expect(abs(entered.value - 1_000_000 * 68.8561 / 71.5454) < 1e-6)
        // A year the series lacks keeps the amount and says so.
        let lacking = treasury.restating(1_000, .published("S1", period: "1990"), to: Self.y2010)
        #expect(lacking.value == 1_000)
        #expect(lacking.provenance.prices == nil)
        #expect(lacking.provenance.sources == ["S1"], "the deflator is not cited where it was not used")
        #expect(treasury.restating(lacking.value, lacking.provenance, to: Self.y2010).provenance == lacking.provenance, "said once")
        #expect(lacking.provenance.method?.contains("not converted from 1990/91 to 2010/11 prices") == true)
    }
}
