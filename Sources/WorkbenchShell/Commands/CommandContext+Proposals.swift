import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension CommandContext {
    /// The workspace's proposals.
    func proposals() throws -> [Proposal] { try ProposalStore.load(from: workspace) }

    /// One proposal by id, or an error with "Did you mean".
    func proposal(_ id: String, argument: String = "<id>") throws -> Proposal {
        let all = try proposals()
        if let found = all.first(where: { $0.id == id }) { return found }
        throw WorkbenchError(
            .notFound, "Unknown proposal '\(id)'." + Suggestions.didYouMean(id, in: all.map(\.id)),
            hint: all.isEmpty
                ? "The workspace has no proposals: add JSON files under \(ProposalStore.folder)/."
                : "Proposals: \(all.map(\.id).joined(separator: ", ")).",
            location: .init(argument: argument))
    }

    /// The workbench's estimate of a proposal's saving.
    /// - Throws: `invalidFile` naming the proposal's file when its project or a borough is unknown.
    func estimate(_ proposal: Proposal) throws -> ProposalEstimate {
        let file = "\(ProposalStore.folder)/\(proposal.id).json"
        let project: PartnershipProject
        do {
            project = try PartnershipArguments.project(proposal.project)
        } catch var error as WorkbenchError {
            error.location = .init(file: file, field: "project")
            throw error
        }
        let members: [AuthorityStatistics]
        do {
            members = try proposal.group.map { try authority($0.rawValue, argument: "group") }
        } catch var error as WorkbenchError {
            error.location = .init(file: file, field: "group")
            throw error
        }
        let model = try PartnershipArguments.model(project, among: members, context: self)
        return ProposalEstimate(claimedPerYear: proposal.savingsClaimedPerYear.pounds, model: model)
    }

    /// The basis of a proposal's estimate, for the first line of `proposal check` and `support allocate`: the
    /// partnership model's figures for the whole group beside the project's own costing (see `basis(_:group:lead:)`).
    func basis(of proposal: Proposal) throws -> (line: String, json: JSONValue) {
        let project = try PartnershipArguments.project(proposal.project)
        let members = try proposal.group.map { try authority($0.rawValue, argument: "group") }
        let model = try PartnershipArguments.model(project, among: members, context: self)
        return basis(model, group: Array(members.indices), lead: "\(proposal.id): ")
    }

    /// A proposal's strategic impact from 0 to 1 (see `ProposalEstimate.impact(longLists:)`), from the options
    /// appraisals of the group's pilots; nil when no framework is registered or no member is a pilot.
    func impact(of estimate: ProposalEstimate, group: [BoroughID]) throws -> Double? {
        guard optionsFramework != nil else { return nil }
        let longLists = try group.filter { registry.profiles[$0] != nil }.map {
            try optionsAppraisal(for: $0.rawValue).longList
        }
        return estimate.impact(longLists: longLists)
    }
}
