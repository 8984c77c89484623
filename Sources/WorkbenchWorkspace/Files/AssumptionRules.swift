public import WorkbenchCore

/// The valid values of each assumption and how `set <name> <value>` parses them: the one place the rules live.
public enum AssumptionRules {
    /// An assumption the analyst can set.
    public struct Setting: Sendable {
        /// The name typed after `set` (`discount-rate`).
        public let name: String
        /// What it means and its valid range.
        public let help: String
        /// Parses and applies a value, or throws an error quoting it with the valid range.
        public let apply: @Sendable (inout Assumptions, String) throws -> Void
        /// The current value as text.
        public let current: @Sendable (Assumptions) -> String
        /// Values to offer when completing `set <name> `: the usual ones (the current value is offered too).
        public var suggestions: [String] = []
    }

    /// Every settable assumption, in display order. Each reads its value through the type's `ArgumentValue` reader
    /// (numbers through `NumberArgument`, so `1,000,000` and `10k` are read as the command options read them) and
    /// checks it against the one range in `Assumptions` (`Assumptions.iterationRange`, …).
    public static let settings: [Setting] = [
        Setting(
            name: "discount-rate",
            help: "real discount rate for years 0–30, as 3.5% or 0.035; from \(Rate(fraction: Assumptions.discountRateRange.lowerBound)) to \(Rate(fraction: Assumptions.discountRateRange.upperBound))",
            apply: { assumptions, text in
                assumptions.discountRate = try Assumptions.readDiscountRate(text, argument: "discount-rate")
            }, current: { $0.discountRate.description }, suggestions: ["3.5%", "1.5%", "0%"]),
        Setting(
            name: "declining-schedule", help: "whether years beyond 30 use the Green Book declining schedule: on or off",
            apply: { assumptions, text in
                switch text.lowercased() {
                case "on", "true", "yes": assumptions.decliningSchedule = true
                case "off", "false", "no": assumptions.decliningSchedule = false
                default: throw WorkbenchError.invalid("declining-schedule", text, expected: "on or off")
                }
            }, current: { $0.decliningSchedule ? "on" : "off" }, suggestions: ["on", "off"]),
        Setting(
            name: "horizon",
            help: "appraisal horizon in years after year 0; from \(Assumptions.horizonRange.lowerBound) to \(Assumptions.horizonRange.upperBound)",
            apply: { assumptions, text in
                assumptions.horizonYears = try Int.read(
                    text, argument: "horizon", in: Assumptions.horizonRange, expected: Assumptions.horizonRangeText)
            }, current: { "\($0.horizonYears) years" }, suggestions: ["10", "30", "60"]),
        Setting(
            name: "optimism-bias", help: OptimismBiasPolicy.valueDescription,
            apply: { assumptions, text in
                assumptions.optimismBias = try OptimismBiasPolicy.read(text, argument: "optimism-bias")
            }, current: { $0.optimismBias.description }, suggestions: ["upper-bound", "none", "mitigated:0.5"]),
        Setting(
            name: "seed", help: "random seed for simulations; \(UInt64.valueDescription)",
            apply: { assumptions, text in
                assumptions.randomSeed = try UInt64.read(text, argument: "seed")
            }, current: { "\($0.randomSeed)" }),
        Setting(
            name: "iterations",
            help: "default simulation iterations; from \(MoneyFormat.grouped(Double(Assumptions.iterationRange.lowerBound))) to \(MoneyFormat.grouped(Double(Assumptions.iterationRange.upperBound)))",
            apply: { assumptions, text in
                assumptions.iterations = try Int.read(
                    text, argument: "iterations", in: Assumptions.iterationRange, expected: Int.rangeText(Assumptions.iterationRange))
            }, current: { "\($0.iterations)" }, suggestions: ["10000", "100000"]),
        Setting(
            name: "price-base-year",
            help: "financial year of prices and of year 0, such as 2010/11; from \(priceBaseYearText(Assumptions.priceBaseYearRange.lowerBound)) to \(priceBaseYearText(Assumptions.priceBaseYearRange.upperBound))",
            apply: { assumptions, text in
                guard let year = FinancialYear(argument: text), Assumptions.priceBaseYearRange.contains(year.startYear) else {
                    throw WorkbenchError.invalid(
                        "price-base-year", text,
                        expected: "a financial year from \(priceBaseYearText(Assumptions.priceBaseYearRange.lowerBound)) to \(priceBaseYearText(Assumptions.priceBaseYearRange.upperBound)), such as 2010/11")
                }
                assumptions.priceBaseYear = year
            }, current: { $0.priceBaseYear.description }, suggestions: ["2010/11"]),
        Setting(
            name: "as-at",
            help: "decision date, a day such as 2011-03-31 (years \(asAtRange.lowerBound) to \(asAtRange.upperBound)), or 'default': the end of the price base year",
            apply: { assumptions, text in
                let trimmed = text.trimmingWhitespace().lowercased()
                if trimmed == "default" || trimmed == "end-of-price-base-year" {
                    assumptions.asAt = nil
                    return
                }
                guard let date = EvidenceDate(argument: trimmed), date.isExactDay, asAtRange.contains(date.year) else {
                    throw WorkbenchError.invalid(
                        "as-at", text,
                        expected: "a day written 2011-03-31, from \(Assumptions.priceBaseYearRange.lowerBound) to \(Assumptions.priceBaseYearRange.upperBound + 2), or 'default'")
                }
                assumptions.asAt = date
            }, current: { $0.asAtDate.isoText + ($0.asAt == nil ? " (default)" : "") }, suggestions: ["2011-03-31", "default"]),
    ]

    /// Valid as-at years: those of the price base years' range and the year after its last.
    static let asAtRange: ClosedRange<Int> = Assumptions.priceBaseYearRange.lowerBound...(Assumptions.priceBaseYearRange.upperBound + 2)

    /// `2000/01` for 2000.
    private static func priceBaseYearText(_ startYear: Int) -> String { FinancialYear(startYear: startYear).description }

    /// The setting with a name, if any.
    public static func setting(named name: String) -> Setting? { settings.first { $0.name == name } }

    /// Range problems of a decoded set of assumptions, with the JSON field each concerns.
    public static func problems(_ a: Assumptions) -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        let rates = Assumptions.discountRateRange
        if !rates.contains(a.discountRate.fraction) || !a.discountRate.fraction.isFinite {
            out.append((
                "discountRate",
                "The discount rate \(a.discountRate.fraction) is outside \(MoneyFormat.fixed(rates.lowerBound, decimals: 0)) to \(MoneyFormat.fixed(rates.upperBound, decimals: 0)) (\(Rate(fraction: rates.lowerBound)) to \(Rate(fraction: rates.upperBound)))."))
        }
        let horizons = Assumptions.horizonRange
        if !horizons.contains(a.horizonYears) {
            out.append(("horizonYears", "The horizon \(a.horizonYears) is outside \(horizons.lowerBound) to \(horizons.upperBound) years."))
        }
        let iterations = Assumptions.iterationRange
        if !iterations.contains(a.iterations) {
            out.append((
                "iterations",
                "Iterations \(a.iterations) are outside \(MoneyFormat.grouped(Double(iterations.lowerBound))) to \(MoneyFormat.grouped(Double(iterations.upperBound)))."))
        }
        let years = Assumptions.priceBaseYearRange
        if !years.contains(a.priceBaseYear.startYear) {
            out.append((
                "priceBaseYear",
                "The price base year \(a.priceBaseYear) is outside \(priceBaseYearText(years.lowerBound)) to \(priceBaseYearText(years.upperBound))."))
        }
        if let asAt = a.asAt, !asAt.isExactDay || !asAtRange.contains(asAt.year) {
            out.append((
                "asAt",
                "The as-at date '\(asAt.isoText)' is not a day from \(asAtRange.lowerBound) to \(asAtRange.upperBound): write it as 2011-03-31, or remove it for the end of the price base year."))
        }
        return out
    }
}
