import Foundation
import Testing
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Calculator parameters overridden in the workspace (`inputs/parameters.json`), each scoped explicitly to one
/// authority, one group or "all", and on the command line.
@Suite("Scoped parameter overrides", .serialized)
struct ParameterOverrideTests {
    static func write(_ json: String, in session: Session) throws {
        let file = session.context.workspace.folder.appendingPathComponent("inputs/parameters.json")
        try json.write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("an override scoped to 'all' applies to every subject, and the command line wins")
    func allScope() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let base = SessionFixture.transcript(session, "savings shared-service bexley+bromley")
        #expect(base.contains("741,057"), "\(base)")
        // 35 + 36 posts × 49.3% removed × £30,000 a post = £1.05m a year instead of £741k at £21.2k (the £22.0k of
        // 2012/13 in 2010/11 prices); a typed value is money of the price base year, taken as given.
        try Self.write(#"{"all": {"shared-service": {"cost-per-post": 30000}}}"#, in: session)
        let overridden = SessionFixture.transcript(session, "savings shared-service bexley+bromley")
        #expect(!overridden.contains("741,057"), "\(overridden)")
        #expect(overridden.contains("£30.0k a post"), "\(overridden)")
        let typed = SessionFixture.transcript(session, "savings shared-service bexley+bromley --cost-per-post 22000")
        #expect(typed.contains("£22.0k a post"), "\(typed)")
    }

    @Test("a Merton figure scoped to Merton never reaches Bromley (the £399k stock spend bug)")
    func scopedToOneAuthority() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let bromleyBefore = SessionFixture.transcript(session, "savings stock-consortium bromley")
        try Self.write(#"{"merton": {"stock-consortium": {"stock-spend": 399000}}}"#, in: session)
        let bromley = SessionFixture.transcript(session, "savings stock-consortium bromley")
        #expect(bromley == bromleyBefore)
        #expect(!bromley.contains("399"), "\(bromley)")
        let merton = SessionFixture.transcript(session, "savings stock-consortium merton")
        #expect(merton.contains("Joint stock procurement: Merton"), "\(merton)")
        #expect(merton.contains("399"), "\(merton)")
        // Nor does it reach a group that includes Merton: a group takes "all" and its own scope only.
        let group = SessionFixture.transcript(session, "savings stock-consortium merton+bromley")
        #expect(!group.contains("399,000"), "\(group)")
        // The appraisal and the portfolio read the same scoped figure through the one costing path.
        let appraised = SessionFixture.transcript(session, "appraise stock-consortium merton")
        // £399,000 × 13.5% = £53,865 a year at full.
        #expect(appraised.contains("53,865"), "\(appraised)")
    }

    @Test("portfolio honours the file: an override scoped to Bromley moves Bromley's options, one scoped to Merton does not")
    func portfolioHonoursTheFile() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let before = SessionFixture.transcript(session, "portfolio bromley")
        #expect(before.contains("bromley:preferred       option   0.767         £1.80m"), "\(before)")
        try Self.write(#"{"merton": {"rfid-self-service": {"kiosk-cost": 40000}}}"#, in: session)
        #expect(SessionFixture.transcript(session, "portfolio bromley") == before)
        // Bromley's preferred option is RFID self-service: dearer kiosks lower its NPV, as 'appraise' gives it.
        try Self.write(#"{"bromley": {"rfid-self-service": {"kiosk-cost": 40000}}}"#, in: session)
        let after = SessionFixture.transcript(session, "portfolio bromley")
        #expect(after.contains("bromley:preferred       option   0.767          £683k"), "\(after)")
        let appraised = SessionFixture.transcript(session, "appraise preferred bromley")
        #expect(appraised.contains("Net present value        £683,"), "\(appraised)")
    }

    @Test("the old unscoped form is refused with the file, line, field and how to scope it")
    func oldFormMigration() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        try Self.write("{\n  \"shared-service\": {\"cost-per-post\": 30000}\n}", in: session)
        let reply = session.execute("savings shared-service bexley+bromley")
        #expect(reply.status == .error)
        #expect(reply.error?.location?.file == "inputs/parameters.json")
        #expect(reply.error?.location?.line == 2)
        #expect(reply.error?.location?.field == "shared-service")
        #expect(reply.error?.message.contains("the old unscoped form") == true)
        #expect(reply.error?.hint?.contains(#"{"all": {"shared-service": {"cost-per-post": 30000}}}"#) == true, "\(reply.error?.hint ?? "")")
        let check = SessionFixture.transcript(session, "check")
        #expect(check.contains("inputs/parameters.json"), "\(check)")
        #expect(check.contains("old unscoped form"), "\(check)")
    }

    @Test("check names an unknown scope, calculator, parameter or out-of-range value with its line")
    func checkValidates() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        try Self.write(
            """
            {
              "mertn": {"shared-service": {"cost-per-post": 30000}},
              "merton": {"shared-servic": {"cost-per-post": 30000}},
              "bromley": {"shared-service": {"cost-per-pots": 30000}},
              "all": {"shared-service": {"cost-per-post": -5}}
            }
            """, in: session)
        let check = SessionFixture.transcript(session, "check")
        #expect(check.contains("'mertn'"), "\(check)")
        #expect(check.contains("No calculator 'shared-servic'"), "\(check)")
        #expect(check.contains("no parameter 'cost-per-pots'"), "\(check)")
        #expect(check.contains("all.shared-service.cost-per-post"), "\(check)")
        let reply = session.execute("savings shared-service bromley")
        #expect(reply.status == .error)
        #expect(reply.error?.location?.field == "bromley.shared-service.cost-per-pots")
        #expect(reply.error?.location?.line == 4)
    }
}
