/// Payback periods, simple and discounted.
///
/// Convention: the payback period is the first year t in which the cumulative net flow C(t) reaches zero or more,
/// interpolated linearly within that year as (t - 1) + |C(t - 1)| / flow(t), on the view that a year's flow arrives
/// evenly through it. When year 0's flow is already zero or more, payback is 0. When the cumulative flow never reaches
/// zero within the horizon there is no payback (nil). A cumulative flow that reaches zero and later falls below it
/// again still reports the first crossing; `Payback.relapses` says whether that happened.
///
/// Example: −100, 30, 30, 60 cumulate to −100, −70, −40, +20, so payback falls in year 3 at 2 + 40/60 = 2.67 years.
/// Payback is not a Green Book decision rule; local business cases reported it (Solihull RFID, "just over 4 years")
/// [S44].
public enum Payback {
    /// Simple payback: on the undiscounted net flows.
    public static func simple(_ flows: [Double]) -> Double? {
        period(flows)
    }

    /// Discounted payback: on the net flows after discounting with the schedule.
    public static func discounted(_ flows: [Double], schedule: DiscountSchedule) -> Double? {
        period(NetPresentValue.presentValues(of: flows, schedule: schedule))
    }

    /// The payback period of a stream of flows (already discounted or not), by the convention above.
    public static func period(_ flows: [Double]) -> Double? {
        guard let first = flows.first else { return nil }
        if first >= 0 { return 0 }
        var previous = first
        for year in flows.indices.dropFirst() {
            let flow = flows[year]
            let cumulative = previous + flow
            if cumulative >= 0 {
                // previous < 0 and cumulative >= 0, so flow > 0.
                return Double(year - 1) + Swift.abs(previous) / flow
            }
            previous = cumulative
        }
        return nil
    }

    /// Whether the cumulative flow, having reached zero, falls below zero again later (a late cost such as a
    /// replacement cycle), so that the payback period flatters the option.
    public static func relapses(_ flows: [Double]) -> Bool {
        var cumulative = 0.0
        var reached = false
        for flow in flows {
            cumulative += flow
            if cumulative >= 0 { reached = true } else if reached { return true }
        }
        return false
    }
}
