public import WorkbenchCore

/// One option to simulate: a title and the cash-flow schedules that make it up (one calculator's schedule, or the
/// several calculators of a short-listed option, summed year by year as the appraisal does).
public struct SimulationOption: Hashable, Sendable {
    /// The option's title, as results show it.
    public var title: String
    /// Its schedules.
    public var schedules: [CashFlowSchedule]

    /// Makes an option of several schedules.
    public init(title: String, schedules: [CashFlowSchedule]) {
        self.title = title
        self.schedules = schedules
    }

    /// Makes an option of one schedule, titled as the schedule.
    public init(_ schedule: CashFlowSchedule) {
        self.init(title: schedule.title, schedules: [schedule])
    }
}
