/// The one valid range of each assumption: `set`, the command options that override it (`appraise --years`,
/// `simulate --iterations`), `help`, `assumptions` and `check` all read these, so no two of them can disagree.
extension Assumptions {
    /// Valid discount rates, as fractions: 0% to 100%.
    public static let discountRateRange: ClosedRange<Double> = 0...1
    /// Valid horizons, in years after year 0: 1 to 300 (the Green Book's table runs to 300+).
    public static let horizonRange: ClosedRange<Int> = 1...300
    /// Valid simulation iteration counts: 10 to 1,000,000, the most `simulate` runs.
    public static let iterationRange: ClosedRange<Int> = 10...1_000_000
    /// Valid price base years, by the calendar year they start in: 2000/01 to 2030/31.
    public static let priceBaseYearRange: ClosedRange<Int> = 2000...2030

    /// `a whole number of years from 1 to 300`.
    public static var horizonRangeText: String {
        "a whole number of years from \(horizonRange.lowerBound) to \(horizonRange.upperBound)"
    }

}
