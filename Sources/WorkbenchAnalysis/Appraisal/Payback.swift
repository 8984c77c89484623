/// Payback periods, simple and discounted.
///
/// Convention: the payback period is the first year t in which the cumulative net flow C(t), having been below zero,
/// reaches zero or more, interpolated linearly within that year as (t - 1) + |C(t - 1)| / flow(t), on the view that a
/// year's flow arrives evenly through it. Years are counted from year 0, so a change that starts with a cost in year 1
/// and recovers it by the end of year 2 pays back in 2 years. Leading years with no flows do not count as paid back:
/// only a crossing after the cumulative flow has gone negative does. When the cumulative flow is never negative (no
/// net cost to recover) payback is 0. When it goes negative and never recovers within the horizon there is no
/// payback (nil), nor for an empty list. A cumulative flow that recovers and later falls below zero again still
/// reports the first recovery; `Payback.relapses` says whether that happened.
///
/// Examples: −100, 30, 30, 60 cumulate to −100, −70, −40, +20, so payback falls in year 3 at 2 + 40/60 = 2.67 years;
/// 0, −100, 60, 60 cumulate to 0, −100, −40, +20: 2 + 40/60 = 2.67 years, not 0.
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
        guard !flows.isEmpty else { return nil }
        var cumulative = 0.0
        var owed = false
        for year in flows.indices {
            let previous = cumulative
            cumulative += flows[year]
            if cumulative < 0 {
                owed = true
            } else if owed {
                // previous < 0 and cumulative >= 0, so the year's flow is positive.
                return Double(year - 1) + Swift.abs(previous) / flows[year]
            }
        }
        return owed ? nil : 0
    }

    /// Whether the cumulative flow, having recovered from below zero (paid back), falls below zero again later (a
    /// late cost such as a replacement cycle), so that the payback period flatters the option.
    public static func relapses(_ flows: [Double]) -> Bool {
        var cumulative = 0.0
        var owed = false
        var recovered = false
        for flow in flows {
            cumulative += flow
            if cumulative < 0 {
                if recovered { return true }
                owed = true
            } else if owed {
                recovered = true
            }
        }
        return false
    }
}
