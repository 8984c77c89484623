/// The as-at rule: one notion for every piece of dated evidence (a borough's own arrangements, case studies, the peers
/// they name). A workspace stands at a decision date; what is dated after it was not known then.
///
/// The rule: evidence is known at the as-at date when the latest day its date could be (31 December for a year alone,
/// the month's last day for a month) is on or before the as-at date. Undated evidence is not known (it cannot be shown
/// to predate the decision), so it is left out with the rest unless the command is asked for hindsight.
extension Assumptions {
    /// The as-at date: the one set in the workspace, or the last day of the price base year (31 March 2011 for
    /// 2010/11).
    public var asAtDate: EvidenceDate { asAt ?? EvidenceDate.endOfFinancialYear(priceBaseYear) }

    /// `31 March 2011 (the end of the price base year 2010/11)` or `30 June 2011 (set in workspace.json)`.
    public var asAtDescription: String {
        asAtDate.description + (asAt == nil ? " (the end of the price base year \(priceBaseYear))" : " (set in workspace.json)")
    }

    /// Whether evidence with this date was known at the as-at date (nil, undated, is not).
    public func knownAtAsAt(_ date: EvidenceDate?) -> Bool {
        guard let date else { return false }
        let d = date.latestDay
        let a = asAtDate.latestDay
        return (d.year, d.month, d.day) <= (a.year, a.month, a.day)
    }

    /// Whether a command should use evidence with this date: known at the as-at date, or any evidence with hindsight.
    public func admits(_ date: EvidenceDate?) -> Bool { hindsight || knownAtAsAt(date) }
}
