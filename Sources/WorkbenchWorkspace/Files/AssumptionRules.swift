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

    /// Every settable assumption, in display order.
    public static let settings: [Setting] = [
        Setting(
            name: "discount-rate", help: "real discount rate for years 0–30, as 3.5% or 0.035; from 0% to 100%",
            apply: { assumptions, text in
                guard let rate = Rate(argument: text), (0...1).contains(rate.fraction) else {
                    throw WorkbenchError.invalid("discount-rate", text, expected: "a rate from 0% to 100%, such as 3.5% or 0.035")
                }
                assumptions.discountRate = rate
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
            name: "horizon", help: "appraisal horizon in years after year 0; from 1 to 300",
            apply: { assumptions, text in
                guard let years = Int(text), (1...300).contains(years) else {
                    throw WorkbenchError.invalid("horizon", text, expected: "a whole number of years from 1 to 300")
                }
                assumptions.horizonYears = years
            }, current: { "\($0.horizonYears) years" }, suggestions: ["10", "30", "60"]),
        Setting(
            name: "optimism-bias", help: "upper-bound, none, or mitigated:F with F from 0 to 1",
            apply: { assumptions, text in
                guard let policy = OptimismBiasPolicy(argument: text) else {
                    throw WorkbenchError.invalid("optimism-bias", text, expected: "upper-bound, none, or mitigated:F with F from 0 to 1")
                }
                assumptions.optimismBias = policy
            }, current: { $0.optimismBias.description }, suggestions: ["upper-bound", "none", "mitigated:0.5"]),
        Setting(
            name: "seed", help: "random seed for simulations; a whole number from 0 to 18446744073709551615",
            apply: { assumptions, text in
                guard let seed = UInt64(text) else {
                    throw WorkbenchError.invalid("seed", text, expected: "a whole number from 0 to 18446744073709551615")
                }
                assumptions.randomSeed = seed
            }, current: { "\($0.randomSeed)" }),
        Setting(
            name: "iterations", help: "default simulation iterations; from 100 to 10,000,000",
            apply: { assumptions, text in
                guard let count = Int(text), (100...10_000_000).contains(count) else {
                    throw WorkbenchError.invalid("iterations", text, expected: "a whole number from 100 to 10000000")
                }
                assumptions.iterations = count
            }, current: { "\($0.iterations)" }, suggestions: ["10000", "100000"]),
        Setting(
            name: "price-base-year", help: "financial year of prices and of year 0, such as 2010/11; from 2000/01 to 2030/31",
            apply: { assumptions, text in
                guard let year = FinancialYear(argument: text), (2000...2030).contains(year.startYear) else {
                    throw WorkbenchError.invalid("price-base-year", text, expected: "a financial year from 2000/01 to 2030/31, such as 2010/11")
                }
                assumptions.priceBaseYear = year
            }, current: { $0.priceBaseYear.description }, suggestions: ["2010/11"]),
    ]

    /// The setting with a name, if any.
    public static func setting(named name: String) -> Setting? { settings.first { $0.name == name } }

    /// Range problems of a decoded set of assumptions, with the JSON field each concerns.
    public static func problems(_ a: Assumptions) -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if !(0...1).contains(a.discountRate.fraction) || !a.discountRate.fraction.isFinite {
            out.append(("discountRate", "The discount rate \(a.discountRate.fraction) is outside 0 to 1 (0% to 100%)."))
        }
        if !(1...300).contains(a.horizonYears) { out.append(("horizonYears", "The horizon \(a.horizonYears) is outside 1 to 300 years.")) }
        if !(100...10_000_000).contains(a.iterations) { out.append(("iterations", "Iterations \(a.iterations) are outside 100 to 10,000,000.")) }
        if !(2000...2030).contains(a.priceBaseYear.startYear) {
            out.append(("priceBaseYear", "The price base year \(a.priceBaseYear) is outside 2000/01 to 2030/31."))
        }
        return out
    }
}
