public import WorkbenchCore

/// The optimism-bias uplift an appraisal applied to one schedule, by the HM Treasury guidelines' Table 2 [S55].
public struct OptimismBiasApplied: Hashable, Sendable, Codable {
    /// The schedule it was applied to (its title).
    public var schedule: String
    /// The category, or nil when the schedule names none.
    public var category: OptimismBiasCategory?
    /// The policy: upper bound, mitigated or none.
    public var policy: OptimismBiasPolicy
    /// The uplift in per cent (24 for standard buildings at the upper bound).
    public var upliftPercent: Double
    /// The cost lines it applies to: one-off (capital) costs, or recurring (operating) costs for outsourcing.
    public var appliesTo: CashFlowLine.Kind?
    /// The present value of the uplift itself (extra cost).
    public var presentValue: Money
    /// Why the schedule carries its category, from the schedule; nil when it gave none.
    public var reason: String?

    /// Makes a record of an uplift.
    public init(
        schedule: String, category: OptimismBiasCategory?, policy: OptimismBiasPolicy, upliftPercent: Double,
        appliesTo: CashFlowLine.Kind?, presentValue: Money, reason: String? = nil
    ) {
        self.schedule = schedule
        self.category = category
        self.policy = policy
        self.upliftPercent = upliftPercent
        self.appliesTo = appliesTo
        self.presentValue = presentValue
        self.reason = reason
    }

    /// `equipment-development, upper-bound: +200% on one-off costs [S55]`, with the reason for the category in
    /// brackets after it when the schedule gave one.
    public var summary: String {
        guard let category, let appliesTo else { return "no optimism-bias category; no uplift" }
        let named = category.rawValue + (reason.map { " (\($0))" } ?? "")
        if case .none = policy { return "\(named): not applied (--no-optimism-bias or policy none)" }
        let what = appliesTo == .oneOffCost ? "one-off (capital) costs" : "recurring (operating) costs"
        return "\(named), \(policy)\(mitigation(category)): +\(Rate.formatPercent(upliftPercent)) on \(what) [S55]"
    }

    /// The mitigation the analyst claims, in words, when the policy records one: how far from Table 2's upper bound
    /// towards its lower bound the uplift was brought [S55].
    func mitigation(_ category: OptimismBiasCategory) -> String {
        guard case .mitigated(let fraction) = policy else { return "" }
        let bounds = OptimismBiasTable.bounds(category)
        return " (mitigation claimed by the analyst: \(Rate.formatPercent(fraction * 100)) of the way from Table 2's upper "
            + "bound \(Rate.formatPercent(bounds.expenditureUpper)) to its lower bound \(Rate.formatPercent(bounds.expenditureLower)), "
            + "to be evidenced in the risk register)"
    }
}
