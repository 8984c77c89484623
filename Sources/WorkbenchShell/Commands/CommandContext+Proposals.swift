import WorkbenchCore
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
}
