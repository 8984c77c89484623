public import WorkbenchCore

/// The workbench's own estimate of what a proposal's group would save from its project, to test the claim against:
/// the partnership model's saving for the whole group, with the project's saving range around it.
public struct ProposalEstimate: Sendable {
    /// The project type.
    public let project: PartnershipProject
    /// The group's outcome from the partnership model.
    public let outcome: CoalitionOutcome
    /// The low end of the full annual saving (the project's saving range).
    public let low: Double
    /// The high end.
    public let high: Double
    /// How many of the group's drivers are estimates.
    public let estimatedDrivers: Int
    /// The saving the proposal claims, £ a year.
    public let claimedPerYear: Double

    /// Estimates the saving of the whole group a model holds (every driver a member) against a claim.
    /// - Parameters:
    ///   - claimedPerYear: the annual saving the proposal claims, in pounds.
    ///   - model: the project's partnership model among the proposal's group.
    public init(claimedPerYear: Double, model: PartnershipModel) {
        project = model.project
        outcome = model.outcome(of: Array(model.drivers.indices))
        low = outcome.annualSavingTogether * project.savingRange.value.lowerBound
        high = outcome.annualSavingTogether * project.savingRange.value.upperBound
        estimatedDrivers = model.drivers.filter { $0.provenance.kind == .estimate }.count
        self.claimedPerYear = claimedPerYear
    }

    /// `within`, `above` or `below` the range.
    public var verdict: String {
        if claimedPerYear > high * (1 + 1e-9) { return "above the range" }
        if claimedPerYear < low * (1 - 1e-9) { return "below the range" }
        return "within the range"
    }

    /// Whether the claim lies outside the range.
    public var isFlagged: Bool { verdict != "within the range" }

    /// Impact from 0 to 1: the project's choice (or its stand-in, `PortfolioCandidates.fallbackChoice`) as the options
    /// framework scored it on each long list, the mean score over the criteria ÷ 3, averaged over the long lists
    /// that have it; nil when none has.
    /// - Parameter longLists: the long lists of the group's pilots.
    public func impact(longLists: [[OptionChoice]]) -> Double? {
        var totals: [Double] = []
        for longList in longLists {
            let choice = longList.first { $0.id == project.choice }
                ?? longList.first { $0.id == PortfolioCandidates.fallbackChoice(project.caseKind) }
            guard let choice, !choice.assessments.isEmpty else { continue }
            totals.append(Double(choice.totalScore) / Double(3 * choice.assessments.count))
        }
        return totals.isEmpty ? nil : totals.reduce(0, +) / Double(totals.count)
    }
}
