import Testing
import WorkbenchCore

/// The calculation kit reads a default in pounds in the workspace's price base year: restated from its source's year
/// with HM Treasury's GDP deflator [S82], its range with it; other units, defaults whose period names no year and the
/// analyst's overrides are read as given. Hand computations from the deflator's published index (2010-11 = 68.8561,
/// 2012-13 = 71.5454, 2024-25 = 100).
struct CalculationKitPriceBaseTests {
    static let costPerPost = ParameterKey("cost-per-post")
    static let postReduction = ParameterKey("post-reduction")
    static let perPost = CalculatorParameter(
        costPerPost, label: "Saving per post", unit: .pounds,
        defaultValue: Sourced(22_000, .derived("S14", period: "2012/13", method: "£770k ÷ 35 posts")),
        range: 19_000...31_250, valid: 1_000...200_000)
    static let share = CalculatorParameter(
        postReduction, label: "Share removed", unit: .fraction,
        defaultValue: Sourced(0.493, .derived("S16", period: "2011", method: "35 of 71")), range: 0.4...0.6, valid: 0...1)
    static let undated = CalculatorParameter(
        .runningCostPerLibrary, label: "Running cost", unit: .poundsEach,
        defaultValue: Sourced(9_000, .published("S45")), range: 6_000...12_000, valid: 0...1_000_000)
    static let descriptor = CalculatorDescriptor(
        id: "price-base-test", title: "Price base test", summary: "Posts removed.",
        parameters: [perPost, share, undated]
            + CalculatorParameters.timing(
                startYear: Sourced(1, .estimate(method: "year 1")), rampUp: Sourced(2, .estimate(method: "2 years"))))

    @Test func aDefaultInPoundsIsReadInThePriceBaseYear() throws {
        let resolved = try ResolvedParameters(Self.descriptor, ParameterValues(), priceBase: FinancialYear(startYear: 2010))
        let used = try resolved.sourced(Self.costPerPost)
        // £22,000 × 68.8561 ÷ 71.5454 = £21,173.05.
        #expect(abs(used.value - 22_000 * 68.8561 / 71.5454) < 1e-9)
        #expect(abs(used.value - 21_173.05) < 0.01)
        #expect(used.provenance.sources.contains(SourceTag("S82")))
        #expect(used.provenance.method?.contains("in 2010/11 prices") == true)
        // The range moves with the default, so the uncertainty's ratios stay those of the evidence.
        let range = try #require(resolved.range(of: Self.perPost))
        #expect(abs(range.lowerBound - 19_000 * 68.8561 / 71.5454) < 1e-6)
        #expect(abs(range.upperBound - 31_250 * 68.8561 / 71.5454) < 1e-6)
        let uncertainty = try #require(try resolved.uncertainty(Self.costPerPost))
        #expect(abs(uncertainty.low - 19_000 / 22_000.0) < 1e-12)
        #expect(abs(uncertainty.high - 31_250 / 22_000.0) < 1e-12)
    }

    @Test func aLaterBaseRaisesTheSameDefault() throws {
        let resolved = try ResolvedParameters(Self.descriptor, ParameterValues(), priceBase: FinancialYear(startYear: 2024))
        // £22,000 × 100 ÷ 71.5454 = £30,749.71.
        #expect(abs(try resolved.value(Self.costPerPost) - 22_000 * 100 / 71.5454) < 1e-9)
    }

    @Test func otherUnitsUndatedDefaultsOverridesAndNoBaseAreReadAsGiven() throws {
        let based = try ResolvedParameters(Self.descriptor, ParameterValues(), priceBase: FinancialYear(startYear: 2010))
        #expect(try based.value(Self.postReduction) == 0.493)
        #expect(try based.value(.runningCostPerLibrary) == 9_000)
        #expect(based.range(of: Self.undated) == 6_000...12_000)
        let own = try ResolvedParameters(Self.descriptor, ParameterValues(), priceBase: FinancialYear(startYear: 2012))
        #expect(try own.value(Self.costPerPost) == 22_000)
        let given = try ResolvedParameters(
            Self.descriptor, ParameterValues(["cost-per-post": 25_000]), priceBase: FinancialYear(startYear: 2010))
        #expect(try given.value(Self.costPerPost) == 25_000)
        let none = try ResolvedParameters(Self.descriptor, ParameterValues())
        #expect(try none.value(Self.costPerPost) == 22_000)
        #expect(none.range(of: Self.perPost) == 19_000...31_250)
    }

    @Test func aCalculationReadsTheWorkspacesBase() throws {
        let inputs = SubjectInputs(
            subject: Subject(["camden"]),
            profiles: [BoroughProfile(statistics: AuthorityStatistics(id: "camden", name: "Camden"), libraries: [], librariesSource: .published("S71"))],
            assumptions: Assumptions(horizonYears: 4, priceBaseYear: FinancialYear(startYear: 2024)))
        let calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: ParameterValues())
        #expect(abs(try calc.value(Self.costPerPost) - 22_000 * 100 / 71.5454) < 1e-9)
    }
}
