import WorkbenchAnalysis
import WorkbenchCore

/// Parsing for the quick calculator commands (`npv`, `irr`, `payback`, `discount-factors`): flow lists, rates and
/// year counts, each error naming the argument and what would be valid.
enum CalculatorArguments {
    /// The most flows a list may hold: years 0…300.
    static let maximumFlows = AppraisalCheck.maximumYears + 1

    /// `--declining`, as `npv` and `discount-factors` declare it.
    static let decliningFlag = Flag("--declining", "use the Green Book declining schedule for the rate after year 30")

    /// Parses a flow list. Each word is an amount in pounds as `Money(argument:)` reads it (`-180000`, `-£180,000`,
    /// `36000`, `36k`, `1.2m`, `1250.50`) or an amount repeated n times (`36000x10`, `£36kx10`). A negative amount is
    /// a value, never an option.
    static func flows(_ words: [String], argument: String = "<flows>") throws -> [Double] {
        var flows: [Double] = []
        for word in words {
            let (amount, count) = try flow(word, argument: argument)
            guard flows.count + count <= maximumFlows else {
                var error = WorkbenchError.invalid(
                    argument, word, expected: "at most \(maximumFlows) flows in all (years 0 to \(AppraisalCheck.maximumYears))")
                error.hint = "Shorten the list; a flow list starts at year 0 and may run to year \(AppraisalCheck.maximumYears)."
                throw error
            }
            flows += Array(repeating: amount, count: count)
        }
        guard !flows.isEmpty else {
            throw WorkbenchError(
                .usage, "No flows were given.", hint: "Give the flows from year 0, for example: -180000 36000x10.",
                location: .init(argument: argument))
        }
        return flows
    }

    /// One word of a flow list: the amount and how many years it repeats.
    static func flow(_ word: String, argument: String) throws -> (Double, Int) {
        func bad() -> WorkbenchError {
            var error = WorkbenchError.invalid(
                argument, word, expected: "an amount in pounds such as -180000, or an amount repeated n times such as 36000x10")
            error.hint = "Write amounts such as -180000, -£180,000, 36k or 1.2m; 'x' followed by a whole number repeats an amount."
            return error
        }
        let parts = word.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let amount = Money(argument: String(parts[0]))?.pounds else { throw bad() }
        guard parts.count == 2 else { return (amount, 1) }
        guard let count = NumberArgument.count(String(parts[1])), count >= 1 else {
            var error = WorkbenchError.invalid(
                argument, word, expected: "a repeat count of at least 1 after 'x', as in 36000x10")
            error.hint = "Write the amount, then 'x', then how many years it repeats."
            throw error
        }
        guard count <= maximumFlows else {
            throw WorkbenchError.invalid(argument, word, expected: "a repeat count from 1 to \(maximumFlows)")
        }
        return (amount, count)
    }

    /// Parses a discount rate (`3.5%` or `0.035`), checked to lie above −99% and at most 100%.
    static func rate(_ text: String, argument: String = "<rate>") throws -> Rate {
        guard let rate = Rate(argument: text) else {
            var error = WorkbenchError.invalid(argument, text, expected: AppraisalCheck.rateRangeText)
            error.hint = "Give the rate as a percentage such as 3.5% or a fraction such as 0.035."
            throw error
        }
        do {
            try AppraisalCheck.rate(rate, argument: argument)
        } catch var error as WorkbenchError {
            error.message = "The value '\(text)' is invalid for '\(argument)': expected \(AppraisalCheck.rateRangeText)."
            if !text.hasSuffix("%"), rate.fraction > 1, rate.fraction <= 100 {
                error.hint = "A rate without % is a fraction: did you mean \(text)%? The Green Book rate is 3.5% [S54]."
            }
            throw error
        }
        return rate
    }

    /// Parses a number of years after year 0, from 1 to 300 (a whole number as `NumberArgument.count` reads it).
    static func years(_ text: String, argument: String = "<years>") throws -> Int {
        guard let years = NumberArgument.count(text) else {
            throw WorkbenchError.invalid(argument, text, expected: "a whole number of years from 1 to \(AppraisalCheck.maximumYears)")
        }
        do {
            try AppraisalCheck.years(years, argument: argument)
        } catch var error as WorkbenchError {
            // Quote the value as typed (`1k`, not `1000`).
            error.message = "The value '\(text)' is invalid for '\(argument)': expected a whole number of years from 1 to \(AppraisalCheck.maximumYears)."
            throw error
        }
        return years
    }

    /// A number of years for display: `2.67 years`, `5 years`, `1 year`.
    static func yearsText(_ years: Double) -> String {
        var text = MoneyFormat.fixed(years, decimals: 2)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + (text == "1" ? " year" : " years")
    }
}

extension Option where Value == Rate {
    /// A discount rate read as `CalculatorArguments.rate` reads it: `3.5%` or `0.035`, above −99% and at most 100%,
    /// with the hint "did you mean 3.5%?" for a fraction above 1.
    static func rate(_ name: String, value: String = "r", _ help: String) -> Self {
        Self(name, value: value, help, accepts: AppraisalCheck.rateRangeText) { try CalculatorArguments.rate($0, argument: name) }
    }
}

extension Option where Value == Int {
    /// A number of years after year 0 read as `CalculatorArguments.years` reads it: 1 to 300, the `horizon`
    /// setting's range.
    static func years(_ name: String, value: String = "n", _ help: String) -> Self {
        Self(name, value: value, help, accepts: Assumptions.horizonRangeText) { try CalculatorArguments.years($0, argument: name) }
    }
}
