import Foundation
import Testing
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `proposal new` → `proposal edit` → `proposal check` → `support allocate` end to end (issue 23), `report proposal`,
/// and the split of the command's effects: `proposal check` reads only, so it can be saved as an analysis.
@Suite("Proposal edit", .serialized)
struct ProposalEditTests {
    /// Runs a line and expects it to succeed.
    static func ok(_ session: Session, _ line: String) -> Reply {
        let reply = session.execute(line)
        #expect(reply.status == .ok, "\(line): \(reply.error?.description ?? "")")
        return reply
    }

    @Test func aDraftIsFilledInCheckedAndAllocatedSupport() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        _ = Self.ok(session, "proposal new bexley+bromley shared-service --id bb-draft --days 0.5")
        let before = SessionFixture.transcript(session, "support allocate --days 3")
        #expect(before.contains("bb-draft"))
        for line in [
            "proposal edit bb-draft savings 700k", "proposal edit bb-draft funds.bexley 60k", "proposal edit bb-draft funds.bromley 40,000",
            "proposal edit bb-draft fte.bexley 1.5", "proposal edit bb-draft fte.bromley 1", "proposal edit bb-draft staff-days.bromley 20",
            "proposal edit bb-draft evidence.funds 'Cabinet report, 12 July 2011'",
            "proposal edit bb-draft evidence.capacity 'Two named officers, 2.5 FTE in all'",
            "proposal edit bb-draft milestone.1 'Business case to both cabinets'", "proposal edit bb-draft date.1 'July 2011'",
            "proposal edit bb-draft milestone.2 'Shared service running in full'", "proposal edit bb-draft date.2 'April 2013'",
        ] {
            _ = Self.ok(session, line)
        }
        let proposal = try #require(try ProposalStore.load(from: session.context.workspace).first { $0.id == "bb-draft" })
        #expect(proposal.savingsClaimedPerYear.pounds == 700_000)
        #expect(proposal.ownFundsCommitted.pounds == 100_000, "the total is the members' sum")
        #expect(proposal.staffCapacity.fte == 2.5)
        #expect(proposal.staffCapacity.days == 20)
        #expect(proposal.placeholders.isEmpty, "\(proposal.placeholders)")
        #expect(proposal.evidencesOwnFunds && proposal.evidencesCapacity)
        let check = SessionFixture.transcript(session, "proposal check bb-draft")
        #expect(check.contains("700,000") || check.contains("£700k"))
        let allocation = SessionFixture.transcript(session, "support allocate --days 3")
        let row = try #require(allocation.split(separator: "\n").first { $0.contains(" bb-draft ") })
        #expect(row.contains(" yes "), "bb-draft is not selected for targeted support: \(row)")
        let unfilled = try #require(before.split(separator: "\n").first { $0.contains(" bb-draft ") })
        #expect(!unfilled.contains(" yes "), "a draft with placeholders was selected: \(unfilled)")
        // The document a group could send.
        _ = Self.ok(session, "report proposal bb-draft --to bb-draft.md")
        let document = String(decoding: try Data(contentsOf: session.context.workspace.folder.appendingPathComponent("reports/bb-draft.md")), as: UTF8.self)
        for needle in ["What the group proposes and asks", "What each member commits", "Cabinet report, 12 July 2011", "April 2013",
                       "Every field is filled in.", "The workbench's check of the claim"] {
            #expect(document.contains(needle), "the proposal document lacks '\(needle)'")
        }
    }

    @Test func badEditsAreRefusedAndLeaveTheFileAsItWas() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        _ = Self.ok(session, "proposal new bexley+bromley shared-service --id bb-draft")
        let url = session.context.workspace.folder.appendingPathComponent("inputs/proposals/bb-draft.json")
        let original = try Data(contentsOf: url)
        for (line, words) in [
            ("proposal edit bb-draft savngs 1", "Did you mean 'savings'"),
            ("proposal edit bb-draft savings -5", "expected an amount"),
            ("proposal edit bb-draft days 2", "from 0.1 to 1"),
            ("proposal edit bb-draft funds.merton 5k", "not a member"),
            ("proposal edit bb-draft milestone.9 x", "milestones"),
            ("proposal edit bb-draft title ' '", "non-empty"),
            ("proposal edit nothing-here title x", "Unknown proposal"),
            ("proposal edit bb-draft savings", "Missing the value"),
        ] {
            let reply = session.execute(line)
            #expect(reply.status == .error, "\(line) was accepted")
            #expect(reply.error?.description.contains(words) == true, "\(line): \(reply.error?.description ?? "")")
        }
        #expect(try Data(contentsOf: url) == original, "a refused edit changed the file")
    }

    @Test func proposalCheckReadsOnlySoItMayBeSavedButNewAndEditMayNot() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        _ = Self.ok(session, "save-analysis bb-check 'proposal check bexley-bromley-shared-service'")
        #expect(session.execute("save-analysis bb-new 'proposal new bexley+bromley shared-service --id x'").status == .error)
        #expect(session.execute("save-analysis bb-edit 'proposal edit bexley-bromley-shared-service savings 1'").status == .error)
        _ = Self.ok(session, "report proposal check bexley-bromley-shared-service --to check.md")
        #expect(session.execute("report proposal edit bexley-bromley-shared-service savings 1 --to x.md").status == .error)
    }
}
