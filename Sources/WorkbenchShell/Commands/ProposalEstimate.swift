import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchWorkspace

/// The workbench's own estimate of what a proposal's group would save from its project, to test the claim against.
struct ProposalEstimate {
    /// The proposal.
    let proposal: Proposal
    /// The project type.
    let project: PartnershipProject
    /// The group's outcome from the partnership model.
    let outcome: CoalitionOutcome
    /// The low and high ends of the full annual saving (the project's saving range).
    let low: Double
    /// The high end.
    let high: Double
    /// How many of the group's drivers are estimates.
    let estimatedDrivers: Int

    /// Estimates a proposal.
    /// - Throws: `invalidFile` naming the proposal's file when its project or a borough is unknown.
    init(_ proposal: Proposal, context: CommandContext) throws {
        let file = "\(ProposalStore.folder)/\(proposal.id).json"
        do {
            project = try PartnershipCatalogue.project(proposal.project)
        } catch var error as WorkbenchError {
            error.location = .init(file: file, field: "project")
            throw error
        }
        let members: [AuthorityStatistics]
        do {
            members = try proposal.group.map { try context.authority($0.rawValue, argument: "group") }
        } catch var error as WorkbenchError {
            error.location = .init(file: file, field: "group")
            throw error
        }
        let model = try PartnershipArguments.model(project, among: members, context: context)
        outcome = model.outcome(of: Array(members.indices))
        low = outcome.annualSavingTogether * project.savingRange.value.lowerBound
        high = outcome.annualSavingTogether * project.savingRange.value.upperBound
        estimatedDrivers = model.drivers.filter { $0.provenance.kind == .estimate }.count
        self.proposal = proposal
    }

    /// `within`, `above` or `below` the range.
    var verdict: String {
        let claim = proposal.savingsClaimedPerYear.pounds
        if claim > high * (1 + 1e-9) { return "above the range" }
        if claim < low * (1 - 1e-9) { return "below the range" }
        return "within the range"
    }

    /// Whether the claim lies outside the range.
    var isFlagged: Bool { verdict != "within the range" }

    /// Impact from 0 to 1: the project's choice as the options framework scored it for the group's pilots, the
    /// mean score over the workspace's criteria ÷ 3; nil when no member is a pilot.
    func impact(context: CommandContext) throws -> Double? {
        guard let framework = context.registry.frameworks.first?.framework else { return nil }
        var totals: [Double] = []
        for member in proposal.group where context.registry.profiles[member] != nil {
            let appraisal = try context.registry.appraise(framework, try context.frameworkInputs(member.rawValue), rules: context.registry.rules.map(\.rule))
            let choice = appraisal.longList.first { $0.id == project.choice }
                ?? appraisal.longList.first { $0.id == PortfolioCandidates.fallbackChoice(project.caseKind) }
            guard let choice, !choice.assessments.isEmpty else { continue }
            totals.append(Double(choice.totalScore) / Double(3 * choice.assessments.count))
        }
        return totals.isEmpty ? nil : totals.reduce(0, +) / Double(totals.count)
    }
}
