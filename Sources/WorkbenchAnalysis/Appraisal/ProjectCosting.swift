public import WorkbenchCore

/// One project costed for one subject: the schedules of the calculators that cost it and their appraisal, the one
/// schedule and the one appraisal every command reports for that project and subject (`savings`, `appraise`,
/// `simulate`, `portfolio`, and the partnership commands when they state their own basis beside it).
public struct ProjectCosting: Sendable {
    /// What is costed: a calculator's schedule title, or a short-listed option's title.
    public let title: String
    /// The subject costed.
    public let subject: Subject
    /// The calculators that cost it, in order.
    public let calculators: [CalculatorID]
    /// Their schedules, one per calculator, in the same order.
    public let schedules: [CashFlowSchedule]
    /// The Green Book appraisal of the schedules summed.
    public let appraisal: AppraisalResult
    /// How calculators costed later in a combined option changed because of the earlier ones (none for one
    /// calculator, or when no later calculator depends on the budget the earlier ones reduce).
    public let interactions: [CostingInteraction]

    /// Appraises complete schedules. One calculator's schedule is appraised under its own title, as `appraise
    /// <calculator>` shows it; several are summed under `title`, each schedule already costed on what the ones
    /// before it leave (`interactions` says where that changed a figure).
    /// - Throws: the appraisal's errors (no schedule, a horizon the appraisal cannot cover).
    public init(
        title: String, subject: Subject, calculators: [CalculatorID], schedules: [CashFlowSchedule],
        assumptions: Assumptions, options: AppraisalOptions = AppraisalOptions(), interactions: [CostingInteraction] = []
    ) throws {
        self.interactions = interactions
        self.title = title
        self.subject = subject
        self.calculators = calculators
        self.schedules = schedules
        if schedules.count == 1, let only = schedules.first, title == only.title {
            appraisal = try Appraisal.appraise(only, assumptions: assumptions, options: options)
        } else {
            appraisal = try Appraisal.appraise(schedules, title: title, assumptions: assumptions, options: options)
        }
    }

    /// The full-year saving: each saving line at its largest year, summed over the schedules (£ a year, before
    /// optimism bias and discounting, as `savings` shows it).
    public var annualSaving: Double { schedules.reduce(0) { $0 + Self.fullYearSaving(of: $1) } }

    /// A schedule's full-year saving: each saving line at its largest year, summed (£ a year, before optimism bias
    /// and discounting).
    public static func fullYearSaving(of schedule: CashFlowSchedule) -> Double {
        schedule.lines.filter { $0.kind == .saving }.reduce(0) { $0 + ($1.amounts.max() ?? 0) }
    }

    /// The net present value after optimism bias, in pounds, as `appraise` reports it.
    public var netPresentValue: Double { appraisal.netPresentValue.pounds }
}
