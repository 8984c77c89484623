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
}
