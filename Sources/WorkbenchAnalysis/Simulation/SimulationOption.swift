public import WorkbenchCore

/// One option to simulate: a title and the cash-flow schedules that make it up (one calculator's schedule, or the
/// several calculators of a short-listed option, summed year by year as the appraisal does).
public struct SimulationOption: Hashable, Sendable {
    /// The option's title, as results show it.
    public var title: String
    /// Its schedules.
    public var schedules: [CashFlowSchedule]
    /// How each schedule's delivery may slip, by the schedule's origin (its calculator id); a schedule without an
    /// entry is delivered as scheduled.
    public var delivery: [String: DeliveryRisk]

    /// Makes an option of several schedules.
    public init(title: String, schedules: [CashFlowSchedule], delivery: [String: DeliveryRisk] = [:]) {
        self.title = title
        self.schedules = schedules
        self.delivery = delivery
    }

    /// Makes an option of one schedule, titled as the schedule.
    public init(_ schedule: CashFlowSchedule, delivery: DeliveryRisk? = nil) {
        self.init(title: schedule.title, schedules: [schedule], delivery: delivery.map { [schedule.origin: $0] } ?? [:])
    }
}
