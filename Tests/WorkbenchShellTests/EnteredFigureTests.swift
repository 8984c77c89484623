import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Figures entered in the workspace (issue 21): a head of service gives Merton its own 2010/11 budget from the shell,
/// and savings, appraise, simulate, portfolio and report all use the same figure, marked "entered".
@Suite("Entered figures", .serialized)
struct EnteredFigureTests {
    static let setBudget = "figure set merton library-budget 4,500,000 --year 2010/11 --source \"Merton budget book 2010/11\""

    /// A command's reply, having checked that it succeeded.
    static func run(_ session: Session, _ line: String) -> Reply {
        let reply = session.execute(line)
        #expect(reply.status == .ok, "\(line): \(reply.error?.description ?? "")")
        return reply
    }

    static func value(_ reply: Reply, _ key: String) -> JSONValue? { reply.data.first { $0.0 == key }?.1 }

    static func number(_ value: JSONValue?, _ keys: String...) -> Double? {
        for key in keys { if case .number(let x)? = value?[key] { return x } }
        return nil
    }

    static func array(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items)? = value { return items }
        return []
    }

    /// The appraised NPV of `shared-service` for Merton.
    static func appraisedNPV(_ session: Session) -> Double? {
        number(value(run(session, "appraise shared-service merton"), "appraisal"), "netPresentValue", "net_present_value")
    }

    /// Portfolio NPVs of Merton's candidates, by id.
    static func portfolioNPVs(_ reply: Reply) -> [String: Double] {
        var npvs: [String: Double] = [:]
        for candidate in array(value(reply, "candidates")) {
            if case .string(let id)? = candidate["id"], id.hasPrefix("merton:"), let npv = number(candidate, "risk_adjusted_npv") {
                npvs[id] = npv
            }
        }
        return npvs
    }

    @Test("figure set gives Merton a budget that savings, appraise, simulate, portfolio and report all use, marked entered")
    func everyCommandUsesTheEnteredBudget() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let npvBefore = try #require(Self.appraisedNPV(session))
        let portfolioBefore = Self.portfolioNPVs(Self.run(session, "portfolio"))

        _ = Self.run(session, Self.setBudget)
        let profile = try session.context.profile("merton")
        let budget = try #require(profile.figure(.libraryBudget))
        #expect(budget.value == 4_500_000)
        #expect(budget.provenance.kind == .entered)
        #expect(budget.provenance.period == "2010/11")
        #expect(budget.provenance.method?.contains("Merton budget book 2010/11") == true)
        let note = "Merton's library budget £4.50m (2010/11, Merton budget book 2010/11)"

        // savings: the back-office saving is 7.5% of the entered £4.5m, and its line says "entered".
        let savings = Self.run(session, "savings shared-service merton")
        let savingsText = ReplyRenderer.text(savings)
        #expect(savingsText.contains("£4.50m budget × 7.5%"), "\(savingsText)")
        #expect(savingsText.contains("entered [S20] (2010/11)"), "\(savingsText)")
        #expect(savingsText.contains(note))

        // appraise: the NPV of the one costing, built on the entered budget, and not the module's.
        let inputs = try session.context.subjectInputs("merton")
        let costing = try session.context.costing([CalculatorID(rawValue: "shared-service")], inputs: inputs)
        let appraise = Self.run(session, "appraise shared-service merton")
        let npv = try #require(Self.number(Self.value(appraise, "appraisal"), "netPresentValue", "net_present_value"))
        #expect(abs(npv - costing.netPresentValue) < 1e-6)
        #expect(abs(npv - npvBefore) > 1_000, "the entered budget changed nothing: \(npv)")
        #expect(ReplyRenderer.text(appraise).contains(note))

        // simulate: the NPV as scheduled is the same.
        let simulate = Self.run(session, "simulate shared-service merton --iterations 10")
        let simulated = Self.array(Self.value(simulate, "options")).first?["npv"]
        #expect(abs((Self.number(simulated, "as_scheduled", "asScheduled") ?? .nan) - npv) < 1e-6)
        #expect(ReplyRenderer.text(simulate).contains(note))

        // portfolio: Merton's options are costed on the entered budget, each as appraise gives it.
        let portfolio = Self.run(session, "portfolio")
        let after = Self.portfolioNPVs(portfolio)
        #expect(!after.isEmpty)
        #expect(after != portfolioBefore, "portfolio ignored the entered budget")
        for (id, value) in after {
            let option = String(id.dropFirst("merton:".count))
            let one = Self.number(Self.value(Self.run(session, "appraise \(option) merton"), "appraisal"), "netPresentValue", "net_present_value")
            #expect(abs(value - (one ?? .nan)) < 1e-6, "portfolio \(id)")
        }
        #expect(ReplyRenderer.text(portfolio).contains(note))

        // report: the file shows the same NPV and the entered figure.
        _ = Self.run(session, "report appraise shared-service merton --to merton.md")
        let file = session.context.workspace.folder.appendingPathComponent("reports/merton.md")
        let markdown = try String(contentsOf: file, encoding: .utf8)
        #expect(markdown.contains(note))
        #expect(markdown.contains(MoneyFormat.grouped(npv.rounded())), "the report does not show the NPV \(npv)")
    }

    @Test("an entered figure is for its authority only, and unset brings back the module's figure")
    func scopedAndRemovable() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let merton = try session.context.profile("merton").figure(.libraryBudget)
        let bromley = try session.context.profile("bromley").figure(.libraryBudget)
        _ = Self.run(session, Self.setBudget)
        #expect(try session.context.profile("bromley").figure(.libraryBudget) == bromley)
        #expect(try session.context.profile("merton").figure(.libraryBudget)?.value == 4_500_000)
        let savings = ReplyRenderer.text(Self.run(session, "savings shared-service bromley"))
        #expect(!savings.contains("Entered figures used"))
        _ = Self.run(session, "figure unset merton library-budget")
        #expect(try session.context.profile("merton").figure(.libraryBudget) == merton)
        #expect(try session.context.workspace.enteredFigures().isEmpty)
    }

    @Test("figure set refuses an unknown authority, an unknown figure and a value out of range")
    func refusesBadFigures() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        for line in [
            "figure set mertn library-budget 4m", "figure set merton library-budgt 4m", "figure set merton library-budget -5",
            "figure set merton back-office-posts lots", "figure set merton library-budget 4m --year 1950/51", "figure set merton",
        ] {
            #expect(session.execute(line).status != .ok, "\(line)")
        }
        #expect(try session.context.workspace.enteredFigures().isEmpty)
    }

    @Test("check reports every entered figure that is wrong: authority, figure, value and year")
    func checkValidatesEnteredFigures() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        _ = Self.run(session, Self.setBudget)
        #expect(Self.run(session, "check").status == .ok)
        let bad = """
            {"figures": [
              {"authority": "atlantis", "figure": "library-budget", "value": 1000, "year": "2010/11"},
              {"authority": "merton", "figure": "book-fund", "value": 1000, "year": "2010/11"},
              {"authority": "merton", "figure": "back-office-posts", "value": -3, "year": "2010/11"},
              {"authority": "merton", "figure": "stock-spend", "value": 300000, "year": "1950/51"}
            ]}
            """
        try Data(bad.utf8).write(to: session.context.workspace.folder.appendingPathComponent(Workspace.enteredFiguresPath))
        let problems = session.context.workspace.enteredFigureProblems(
            authorities: Set(try session.context.authorities().map(\.id)))
        #expect(problems.map(\.field) == ["figures[0].authority", "figures[1].figure", "figures[2].value", "figures[3].year"])
        let check = session.execute("check")
        #expect(check.status != .ok)
        #expect(ReplyRenderer.text(check).contains("atlantis"))
    }
}

/// The borough labels the issue-21 audit found wrong.
@Suite("Borough label corrections")
struct BoroughLabelTests {
    @Test("Enfield's FOI counts are the requester's words, Bromley's mobile library does not cite S71, Camden's hours add no 'a week'")
    func boroughLabels() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let enfield = try session.context.profile("enfield")
        for key in ["libraries-2014", "mobile-libraries"] {
            let figure = try #require(enfield.figure(ProfileFigure.Key(key)))
            #expect(figure.provenance.kind == .estimate, "\(key)")
            #expect(figure.label.contains("requester"), "\(key)")
        }
        let mobile = try #require(try session.context.profile("bromley").figure("mobile-libraries"))
        #expect(!mobile.provenance.sources.contains("S71"))
        let hours = try #require(try session.context.profile("camden").figure("highgate-staff-hours"))
        #expect(!hours.label.contains("a week"))
    }
}

/// Vintages kept apart in `compare` (issue 21): no column mixes years silently.
@Suite("Compare vintages")
struct CompareVintageTests {
    @Test("spend per head of different years gets a year column; the hours column names its year")
    func yearsAreShown() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        // Bexley's spend is a 2020 figure, Camden's a 2011 one.
        let mixed = ReplyRenderer.text(session.execute("compare bexley camden"))
        #expect(mixed.contains("Hours/1,000/yr (2016)"), "\(mixed)")
        let mixedHeader = mixed.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(mixedHeader.hasSuffix("Spend year"), "\(mixedHeader)")
        #expect(mixed.contains("2020") && mixed.contains("2011"))
        // One authority's spend: its year, and the price base it is restated in, are in the header, with no year column.
        let one = ReplyRenderer.text(session.execute("compare bexley"))
        #expect(one.contains("Spend/head (2020, 2010/11 prices)"), "\(one)")
        let header = one.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(header.contains("Spend/head (2020, 2010/11 prices)") && !header.contains("Spend year"), "\(header)")
    }
}
