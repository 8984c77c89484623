import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// As at the decision date (issue 21): a 2010/11 workspace stands at 31 March 2011, and evidence dated after it
/// (case studies decided 2011–13, the peers they name, arrangements that started later) is left out unless the
/// command is given --hindsight, which includes it marked "hindsight".
@Suite("As at the decision date", .serialized)
struct AsAtTests {
    /// The cases decided or started after 31 March 2011, by their sources' dates.
    static let later = [
        "bexley-bromley-shared-service", "tri-borough-libraries", "camden-community-libraries", "lewisham-asset-transfer",
        "merton-joins-consortium", "ealing-harrow-outsourcing",
    ]
    /// The cases known by then (2004, 2008 and Solihull's 2008 business case).
    static let known = ["london-libraries-consortium", "hounslow-outsourcing", "solihull-rfid"]

    static func ids(_ reply: Reply) -> [String] {
        guard case .array(let cases)? = reply.data.first(where: { $0.0 == "cases" })?.1 else { return [] }
        return cases.compactMap { value -> String? in
            guard case .object(let pairs) = value, case .string(let id)? = pairs.first(where: { $0.0 == "id" })?.1 else { return nil }
            return id
        }
    }

    @Test("the rule: a year alone counts as its 31 December, a month as its last day; undated is not known")
    func rule() {
        let a = Assumptions()  // 2010/11 prices: as at 31 March 2011
        #expect(a.asAtDate == EvidenceDate(2011, month: 3, day: 31))
        #expect(a.knownAtAsAt(EvidenceDate(2010)))
        #expect(!a.knownAtAsAt(EvidenceDate(2011)))
        #expect(a.knownAtAsAt(EvidenceDate(2011, month: 3)))
        #expect(!a.knownAtAsAt(EvidenceDate(2011, month: 4, day: 1)))
        #expect(!a.knownAtAsAt(nil))
        var hindsight = a
        hindsight.hindsight = true
        #expect(hindsight.admits(EvidenceDate(2013)) && hindsight.admits(nil))
        var set = a
        set.asAt = EvidenceDate(2012, month: 3, day: 31)
        #expect(set.knownAtAsAt(EvidenceDate(2011, month: 7)))
        #expect(EvidenceDate(argument: "2011-02-29") == nil && EvidenceDate(argument: "2012-02-29") != nil)
        #expect(EvidenceDate(2012, month: 1, day: 1).description == "1 January 2012")
    }

    @Test("a 2010 workspace lists no 2011–13 case studies without --hindsight, and lists them marked with it")
    func caseStudies() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let plain = session.execute("casestudies")
        #expect(Set(Self.ids(plain)) == Set(Self.known))
        let text = ReplyRenderer.text(plain)
        #expect(text.contains("As at 31 March 2011 (the end of the price base year 2010/11): 6 case studies dated after it (or undated) left out; --hindsight includes them, marked."), "\(text)")
        let with = session.execute("casestudies --hindsight")
        #expect(Set(Self.ids(with)) == Set(Self.known + Self.later))
        #expect(with.data.first { $0.0 == "hindsight" }?.1 == .array(Self.later.sorted().map { .string($0) }))
        let marked = ReplyRenderer.text(with)
        #expect(marked.contains("hindsight"))
        // The next command without the flag is filtered again.
        #expect(Set(Self.ids(session.execute("casestudies"))) == Set(Self.known))
    }

    @Test("evaluate and transfer refuse a later case without --hindsight, and show its own dates with it")
    func evaluate() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        for line in [
            "evaluate bexley-bromley-shared-service", "evaluate tri-borough-libraries --apply-to merton",
            "compare-cases bexley-bromley-shared-service hounslow-outsourcing",
        ] {
            let reply = session.execute(line)
            #expect(reply.status == .error, "\(line)")
            #expect(reply.error?.message.contains("after the workspace's as-at date") == true, "\(line)")
            #expect(reply.error?.hint?.contains("--hindsight") == true, "\(line)")
        }
        let with = session.execute("evaluate bexley-bromley-shared-service --hindsight")
        #expect(with.status == .ok)
        let text = ReplyRenderer.text(with)
        #expect(text.contains("decided July 2011, started 1 January 2012, ended 2017 [S13][S14]"), "\(text)")
        #expect(text.contains("(hindsight: decided July 2011, after the as-at date 31 March 2011"), "\(text)")
        let known = ReplyRenderer.text(session.execute("evaluate hounslow-outsourcing"))
        #expect(known.contains("decided –, started 2008, ended 2017"), "\(known)")
        #expect(!known.contains("hindsight"))
        let transfer = ReplyRenderer.text(session.execute("evaluate tri-borough-libraries --apply-to merton --hindsight"))
        #expect(transfer.hasPrefix("Hindsight: decided June 2011"), "\(transfer)")
    }

    @Test("support peers pairs only with peers known at the as-at date; --hindsight adds later ones marked")
    func peers() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let plain = ReplyRenderer.text(session.execute("support peers merton"))
        for id in Self.later { #expect(!plain.contains(id), "\(id) in \(plain)") }
        #expect(plain.contains("left out; --hindsight includes them"))
        let with = ReplyRenderer.text(session.execute("support peers merton --hindsight"))
        #expect(with.contains("bexley-bromley-shared-service"))
        #expect(with.contains("(hindsight)"))
    }

    @Test("options recognise only arrangements in place at the as-at date; --hindsight and a later as-at recognise later ones")
    func options() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let plain = session.execute("options bexley+bromley")
        let text = ReplyRenderer.text(plain)
        #expect(text.contains("as at 31 March 2011, prices of 2010/11"), "\(text)")
        #expect(text.contains("left out; --hindsight to include them"), "\(text)")
        let with = ReplyRenderer.text(session.execute("options bexley+bromley --hindsight"))
        #expect(with.contains("hindsight"))
        #expect(with.contains("Hindsight: "), "\(with)")
        // Moving the as-at date is a workspace setting, saved and validated like the others.
        #expect(session.execute("set as-at 2012-03-31").status == .ok)
        let moved = session.execute("casestudies")
        #expect(Set(Self.ids(moved)).isSuperset(of: ["bexley-bromley-shared-service", "tri-borough-libraries"]))
        #expect(!Set(Self.ids(moved)).contains("ealing-harrow-outsourcing"))
        let bad = session.execute("set as-at 2011-13-01")
        #expect(bad.status == .error)
        #expect(bad.error?.message.contains("'2011-13-01'") == true)
        #expect(session.execute("set as-at default").status == .ok)
        #expect(Set(Self.ids(session.execute("casestudies"))) == Set(Self.known))
    }
}
