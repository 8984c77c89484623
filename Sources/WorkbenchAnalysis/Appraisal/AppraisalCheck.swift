public import WorkbenchCore

/// The checks every appraisal method applies to its parameters, so a bad value is reported with the parameter's name
/// and the valid range rather than producing a meaningless figure.
public enum AppraisalCheck {
    /// The longest appraisal the workbench accepts, in years after year 0 (the Green Book's table runs to 300+).
    /// The same as the `horizon` setting's upper bound, `Assumptions.horizonRange`.
    public static let maximumYears = Assumptions.horizonRange.upperBound

    /// The valid discount rates: above -99% and at most 100% a year.
    public static let rateRangeText = "a rate above -99% and at most 100% (for example 3.5% or 0.035)"

    /// Checks a discount rate: -0.99 < r ≤ 1.0.
    /// - Parameters:
    ///   - rate: the rate.
    ///   - argument: the parameter as the analyst typed it (`--rate`, `<rate>`).
    public static func rate(_ rate: Rate, argument: String = "--rate") throws {
        guard rate.fraction.isFinite, rate.fraction > -0.99, rate.fraction <= 1.0 else {
            var error = WorkbenchError.invalid(argument, rate.fraction.isFinite ? "\(rate)" : "\(rate.fraction)", expected: rateRangeText)
            error.hint = "Give '\(argument)' as a percentage such as 3.5% or a fraction such as 0.035; the Green Book rate is 3.5% [S54]."
            throw error
        }
    }

    /// Checks an appraisal length: 1…300 years after year 0.
    public static func years(_ years: Int, argument: String = "--years") throws {
        guard (1...maximumYears).contains(years) else {
            var error = WorkbenchError.invalid(argument, "\(years)", expected: "a whole number of years from 1 to \(maximumYears)")
            error.hint = "Give '\(argument)' as the number of years after year 0 to appraise, for example 10."
            throw error
        }
    }

    /// Checks that every flow is a finite number, naming the input and year of the first that is not.
    /// - Parameters:
    ///   - flows: amounts by year, index 0 being year 0.
    ///   - input: what the flows are (`flow list`, `line 'Tagging stock'`).
    public static func finite(_ flows: [Double], input: String) throws {
        if let year = flows.firstIndex(where: { !$0.isFinite }) {
            throw WorkbenchError(
                .numeric, "The amount in year \(year) of \(input) is \(flows[year]), not a finite number.",
                hint: "Check the figures that feed \(input); every amount must be a finite number of pounds.",
                location: WorkbenchError.Location(field: input))
        }
    }

    /// Checks an optimism-bias policy: a mitigated fraction must lie from 0 to 1.
    public static func optimismBias(_ policy: OptimismBiasPolicy, argument: String = "--optimism-bias") throws {
        if case .mitigated(let fraction) = policy, !(fraction.isFinite && (0...1).contains(fraction)) {
            var error = WorkbenchError.invalid(argument, "\(policy)", expected: "a mitigated fraction from 0 to 1")
            error.hint = "Use upper-bound, none or mitigated:F with F from 0 (no mitigation) to 1 (down to the lower bound)."
            throw error
        }
    }
}
