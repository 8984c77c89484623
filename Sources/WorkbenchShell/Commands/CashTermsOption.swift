import WorkbenchAnalysis
import WorkbenchCore

/// `--cash` and `--inflation r`, as `appraise` and `report board` declare them: the inflation assumption that turns
/// an appraisal's real-terms flows into cash (`CashTerms`), with its basis.
enum CashTermsOption {
    /// `--cash`: show the cash view at the default inflation.
    static let cashFlag = Flag("--cash", "also show the flows in cash terms, year by year, beside the real terms (NPV stays real)")
    /// `--inflation r`: the inflation assumed a year, from −5% to 20%.
    static let inflation = Option<Rate>(
        "--inflation", value: "r", "the inflation a year for cash terms (default 2%, an estimate; implies --cash)",
        accepts: "a rate from -5% to 20%, such as 2.5%"
    ) { text in
        guard let rate = Rate(argument: text), rate.fraction.isFinite, (-0.05...0.20).contains(rate.fraction) else {
            throw WorkbenchError.invalid("--inflation", text, expected: "a rate from -5% to 20%, such as 2.5%")
        }
        return rate
    }

    /// The inflation assumption and its basis from an invocation, or nil when neither option is given.
    static func read(_ invocation: Invocation) throws -> (rate: Rate, basis: String)? {
        if let rate = try invocation.value(inflation) {
            return (rate, "entered with --inflation \(rate) (the analyst's figure)")
        }
        return invocation.flag(cashFlag) ? (CashTerms.defaultInflation, CashTerms.defaultBasis) : nil
    }

    /// The assumption for a document that always shows cash: the option's, or the default.
    static func readOrDefault(_ invocation: Invocation) throws -> (rate: Rate, basis: String) {
        try read(invocation) ?? (CashTerms.defaultInflation, CashTerms.defaultBasis)
    }
}
