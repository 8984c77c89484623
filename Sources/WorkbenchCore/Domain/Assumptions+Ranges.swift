/// The one valid range of each assumption: `set`, the command options that override it (`appraise --years`,
/// `simulate --iterations`), `help`, `assumptions` and `check` all read these, so no two of them can disagree.
extension Assumptions {
    /// Valid discount rates, as fractions: 0% to 100%.
    public static let discountRateRange: ClosedRange<Double> = 0...1
    /// Valid horizons, in years after year 0: 1 to 300 (the Green Book's table runs to 300+).
    public static let horizonRange: ClosedRange<Int> = 1...300
    /// Valid simulation iteration counts: 10 to 1,000,000, the most `simulate` runs.
    public static let iterationRange: ClosedRange<Int> = 10...1_000_000
    /// Valid price base years, by the calendar year they start in: the years HM Treasury's GDP deflator [S82] gives
    /// (2000/01 to 2024/25), so that money of any other year the series has can be restated in the price base.
    public static let priceBaseYearRange: ClosedRange<Int> = {
        let years = PriceDeflator.hmTreasuryGDP.index.keys.map(\.startYear)
        return (years.min() ?? 2000)...(years.max() ?? 2000)
    }()

    /// `a whole number of years from 1 to 300`.
    public static var horizonRangeText: String {
        "a whole number of years from \(horizonRange.lowerBound) to \(horizonRange.upperBound)"
    }

    /// `a rate from 0% to 100%, such as 3.5% or 0.035`.
    public static var discountRateRangeText: String {
        "a rate from \(Rate(fraction: discountRateRange.lowerBound)) to \(Rate(fraction: discountRateRange.upperBound)), such as 3.5% or 0.035"
    }

    /// Reads a discount rate in `discountRateRange`, as `set discount-rate` and the options that override it
    /// (`appraise --rate`) take it: `3.5%` or the fraction `0.035`.
    /// - Throws: `invalidArgument` quoting the text and naming the argument, with the hint "did you mean 3.5%?" when a
    ///   number without % was read as a fraction above 1.
    public static func readDiscountRate(_ text: String, argument: String) throws -> Rate {
        let rate = Rate(argument: text)
        if let rate, rate.fraction.isFinite, discountRateRange.contains(rate.fraction) { return rate }
        var error = WorkbenchError.invalid(argument, text, expected: discountRateRangeText)
        if let rate, !text.hasSuffix("%"), rate.fraction > 1, rate.fraction <= 100 {
            error.hint = "A rate without % is a fraction: did you mean \(text.trimmingWhitespace())%? The Green Book rate is 3.5% [S54]."
        }
        throw error
    }
}
