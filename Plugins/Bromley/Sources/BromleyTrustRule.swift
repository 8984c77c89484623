public import WorkbenchCore

/// Bromley's own addition to the options framework, from its history: its Libraries Working Group put forward four
/// options and the Executive pursued Option 4 on 15 February 2011, which covered partnership with Bexley, a trust
/// option and the distribution of the branch network [S17]. Bromley considered a non-profit trust because it "would
/// qualify for an 80 per cent relief from business rates" [S15].
///
/// For any subject that includes Bromley, as at 2010/11 or later and before a provider runs its service (GLL from
/// 2017 [S42]), the rule keeps the trust-or-provider solution on the list (carried forward, value for money raised
/// for the rate relief) and adds Bromley's non-profit trust as a delivery choice.
public struct BromleyTrustRule: OptionsRule {
    /// Makes the rule.
    public init() {}

    /// `bromley-trust`.
    public static let descriptor = FrameworkDescriptor(
        id: "bromley-trust", title: "Bromley's trust option (Option 4, February 2011)",
        summary: "Keeps a non-profit trust on Bromley's list for its 80% business-rate relief [S15][S17].")

    /// Amends the trust solution and adds the non-profit trust delivery choice.
    public func apply(to longList: inout [OptionChoice], inputs: FrameworkInputs) throws {
        // The workspace's as-at rule: Option 4 (15 February 2011 [S17]) is known only from that date, and a provider
        // is in place only when its arrangement is.
        let assumptions = inputs.subject.assumptions
        guard inputs.subject.subject.boroughs.contains("bromley"), assumptions.admits(EvidenceDate(2011, month: 2, day: 15))
        else { return }
        let bromley = inputs.subject.profiles.first { $0.id == "bromley" }
        let providerInPlace = bromley?.arrangements.contains {
            $0.kind == .trustOrProvider && assumptions.admits(EvidenceDate($0.since))
        } ?? false
        guard !providerInPlace else { return }

        let reliefReason = "A non-profit trust 'would qualify for an 80 per cent relief from business rates' [S15]"
        let historyReason = "Bromley's Executive pursued Option 4 on 15 February 2011, which included a trust [S17]"
        if let index = longList.firstIndex(where: { $0.id == "trust-or-provider" }) {
            var choice = longList[index]
            for position in choice.assessments.indices where choice.assessments[position].criterion == "value-for-money" {
                choice.assessments[position].score = 3
                choice.assessments[position].reason = reliefReason
            }
            if choice.status == .discounted {
                choice.status = .carriedForward
            }
            choice.reason = (choice.status == .preferred ? "Preferred: " : "Carried forward: ") + historyReason + "; "
                + reliefReason.prefix(1).lowercased() + reliefReason.dropFirst() + "."
            choice.origin = "bromley"
            longList[index] = choice
        }
        guard !longList.contains(where: { $0.id == "non-profit-trust" }) else { return }
        let scores: [String: (Int, String)] = [
            "strategic-fit": (2, historyReason),
            "value-for-money": (3, reliefReason),
            "supplier-capacity": (1, "A new body to set up; few library trusts existed in London in 2010"),
            "affordability": (2, "Set-up and staff-transfer costs"),
            "achievability": (1, "The Staff Side questioned the reductions Option 4 implied [S17]"),
        ]
        var assessments: [CriterionAssessment] = inputs.objectives.map {
            CriterionAssessment(criterion: $0.id, score: 2, reason: "Judged through Bromley's Option 4 [S17]")
        }
        for factor in inputs.factors {
            let (score, reason) = scores[factor.id] ?? (2, "Judged through Bromley's Option 4 [S17]")
            assessments.append(CriterionAssessment(criterion: factor.id, score: score, reason: reason))
        }
        longList.append(
            OptionChoice(
                id: "non-profit-trust", dimension: .delivery, title: "Non-profit distributing trust (Bromley's Option 4)",
                assessments: assessments, status: .carriedForward, reason: "Carried forward: " + historyReason + ".",
                origin: "bromley"))
    }
}
