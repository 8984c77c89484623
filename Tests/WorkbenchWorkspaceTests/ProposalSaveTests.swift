import Foundation
import Testing
import WorkbenchCore
import WorkbenchWorkspace

/// Saving a proposal: atomically under the lock, read back as written, never replacing one without asking; a
/// `TO FILL IN` placeholder is never evidence.
struct ProposalSaveTests {
    static func draft(id: String = "draft") -> Proposal {
        var proposal = Proposal(
            id: id, title: "Draft", group: ["bexley", "bromley"], project: "shared-service",
            savingsClaimedPerYear: Money(pounds: 600_000), ownFundsCommitted: Money(pounds: 10_000),
            staffCapacity: Proposal.Capacity(fte: 1),
            evidence: [
                Proposal.Evidence(kind: .funds, description: "TO FILL IN: the budget decision"),
                Proposal.Evidence(kind: .capacity, description: "to fill in: the officers"),
            ],
            timetable: [Proposal.Milestone(milestone: "Business case", date: "TO FILL IN")], supportDaysAsked: 0.5)
        proposal.commitments = [Proposal.Commitment(borough: "bexley", toFillIn: "TO FILL IN: Bexley's funds")]
        proposal.workbenchEstimate = Proposal.WorkbenchEstimate(
            perYear: Money(pounds: 599_798), low: Money(pounds: 518_000), high: Money(pounds: 852_000), basis: "model")
        return proposal
    }

    @Test func savedProposalsReadBackAndAreNotReplacedUnasked() throws {
        let workspace = try WorkspaceOwnsItsFilesTests.workspace()
        let proposal = Self.draft()
        try ProposalStore.save(proposal, in: workspace)
        #expect(try ProposalStore.load(from: workspace) == [proposal])
        let error = try #require(throws: WorkbenchError.self) { try ProposalStore.save(proposal, in: workspace) }
        #expect(error.code == .invalidArgument)
        var changed = proposal
        changed.savingsClaimedPerYear = Money(pounds: 1)
        try ProposalStore.save(changed, in: workspace, replace: true)
        #expect(try ProposalStore.load(from: workspace).first?.savingsClaimedPerYear == Money(pounds: 1))
    }

    @Test func placeholdersAreNeverEvidence() {
        let proposal = Self.draft()
        #expect(!proposal.evidencesOwnFunds)
        #expect(!proposal.evidencesCapacity)
        #expect(proposal.placeholders == ["evidence", "timetable", "commitments.bexley"])
    }

    @Test func daysAskedOverOneAreRefused() throws {
        var proposal = Self.draft()
        proposal.supportDaysAsked = 2
        let error = try #require(throws: WorkbenchError.self) {
            try ProposalStore.save(proposal, in: try WorkspaceOwnsItsFilesTests.workspace())
        }
        #expect(error.location?.field == "supportDaysAsked")
    }
}
