import WorkbenchCore

/// A case study applied to another subject (the toolkit's case transfer), as `evaluate --apply-to` shows it: the
/// driver it was scaled by, the ratio, the scaled saving and its range, and the cash-flow schedule.
struct CaseTransferSummary {
    /// The driver's name as typed (`back-office-posts`).
    var driver: String
    /// The driver in words (`back-office posts`).
    var driverLabel: String
    /// The case's value of the driver.
    var caseDriver: Double
    /// The subject's value of the driver.
    var targetDriver: Double
    /// Target driver ÷ case driver.
    var ratio: Double
    /// The case's annual saving × the ratio (£ a year).
    var scaledSaving: Double
    /// The low multiplier of the scaled saving.
    var low: Double
    /// The high multiplier of the scaled saving.
    var high: Double
    /// The subject's cash flows from the case.
    var schedule: CashFlowSchedule
    /// Whether the one-off cost is missing (the case records none and the analyst gave none).
    var oneOffCostMissing: Bool

    /// The refusal to appraise a schedule whose one-off cost is missing: net present cost £0 and payback in year 0
    /// would be read from a cost nobody knows.
    func missingCostError(case id: CaseStudyID, subject: Subject, argument: String, hindsight: Bool = false) -> WorkbenchError {
        WorkbenchError(
            .missingFigure,
            "The case '\(id)' records no one-off cost, and no source gives one for \(subject): the cost is missing, not "
                + "zero, so an appraisal would show a net present cost of £0 and payback in year 0 that nobody knows.",
            hint: "Give the cost you expect: 'evaluate \(id) --apply-to \(subject) --appraise --one-off-cost <amount>\(hindsight ? " --hindsight" : "")', "
                + "or appraise a calculator for the same move (see 'calculators').",
            location: .init(argument: argument))
    }
}
