import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Missing is missing (issue 21): a one-off cost no source gives is never read as zero.
@Suite("Missing one-off costs", .serialized)
struct MissingCostTests {
    @Test("a case without one-off costs is not appraised as costing nothing, and the missing cost is shown as missing")
    func refusesToAppraiseAMissingCost() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        for line in ["evaluate bexley-bromley-shared-service --apply-to merton --appraise --hindsight"] {
            let reply = session.execute(line)
            #expect(reply.status == .error, "\(line)")
            #expect(reply.error?.message.contains("missing, not zero") == true, "\(line): \(reply.error?.message ?? "")")
            let text = ReplyRenderer.text(reply)
            #expect(!text.contains("Net present cost         £0"), "\(line)")
            #expect(!text.contains("0 years"), "\(line)")
        }
        let schedule = session.execute("evaluate bexley-bromley-shared-service --apply-to merton --hindsight")
        #expect(schedule.status == .ok)
        let text = ReplyRenderer.text(schedule)
        #expect(text.contains("One-off cost: missing."), "\(text)")
        #expect(schedule.data.first { $0.0 == "one_off_cost_missing" }?.1 == .bool(true))
    }

    @Test("the analyst's one-off cost is appraised, marked entered, and payback is not zero")
    func appraisesTheAnalystsCost() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let reply = session.execute("evaluate bexley-bromley-shared-service --apply-to merton --appraise --one-off-cost 150k --hindsight")
        #expect(reply.status == .ok, "\(reply.error?.description ?? "")")
        let text = ReplyRenderer.text(reply)
        #expect(text.contains("One-off cost £150k in year 0, as the analyst gives it (entered); the case records none."))
        #expect(text.contains("Net present cost         £450,000"), "\(text)")
        #expect(!text.contains("Simple payback           0 years"))
        #expect(reply.data.first { $0.0 == "one_off_cost_missing" }?.1 == .bool(false))
        // A case with its own one-off cost is appraised as before.
        #expect(session.execute("evaluate solihull-rfid --apply-to bromley --appraise").status == .ok)
        #expect(session.execute("evaluate solihull-rfid --one-off-cost 10k").status == .error)
    }
}
