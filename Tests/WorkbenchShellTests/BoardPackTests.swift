import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// The board pack (issue 23): all five cases in order, then the assumptions and sources; cash and real figures that
/// reconcile with `appraise`; the optimism-bias contingency as its own line with totals unchanged.
@Suite("Board pack", .serialized)
struct BoardPackTests {
    /// The value under a key of a reply's data.
    static func value(_ reply: Reply, _ key: String) -> JSONValue? { reply.data.first { $0.0 == key }?.1 }

    /// A fresh session, with its folder removed afterwards by the caller.
    static func session() throws -> (Session, URL) {
        let session = try SessionFixture.session()
        return (session, session.context.workspace.folder.deletingLastPathComponent())
    }

    @Test func theIssuesLineWritesOnePaperWithAllFiveCasesInOrder() throws {
        let (session, folder) = try Self.session()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, mark) in [("bb.html", "<h2>"), ("bb.md", "## ")] {
            let reply = session.execute("report board bexley+bromley --project shared-service --to \(file)")
            #expect(reply.status == .ok, "\(reply.error?.description ?? "")")
            let text = String(decoding: try Data(contentsOf: session.context.workspace.folder.appendingPathComponent("reports/\(file)")), as: UTF8.self)
            let headings = ["1. Strategic case", "2. Economic case", "3. Commercial case", "4. Financial case", "5. Management case",
                            "Assumptions and sources", "Sources"]
            var last = text.startIndex
            for heading in headings {
                let found = text.range(of: mark + heading, range: last..<text.endIndex)
                #expect(found != nil, "\(file): '\(heading)' missing or out of order")
                if let found { last = found.upperBound }
            }
            // What each case must hold.
            for needle in ["Nearest neighbours", "Critical success factor", "Long list", "Short list for bexley+bromley",
                           "Switching values", "Sensitivity", "Monte Carlo risk", "Delivery model", "Shapley",
                           "Cash terms", "Optimism-bias contingency", "Timetable and ramp-up", "Risks:", "Posts affected",
                           "board pack", "entered figures", "Inflation for cash terms"] {
                #expect(text.contains(needle), "\(file) lacks '\(needle)'")
            }
        }
    }

    @Test func cashAndRealFiguresReconcileWithAppraise() throws {
        let (session, folder) = try Self.session()
        defer { try? FileManager.default.removeItem(at: folder) }
        let board = session.execute("report board bexley+bromley --project shared-service --inflation 2.5% --to bb.md")
        #expect(board.status == .ok, "\(board.error?.description ?? "")")
        guard case .string(let line)? = Self.value(board, "appraise") else {
            Issue.record("the board pack names no appraise line")
            return
        }
        #expect(line == "appraise preferred bexley+bromley --inflation 2.5%")
        let appraise = session.execute(line)
        #expect(appraise.status == .ok)
        let appraisal = Self.value(appraise, "appraisal")
        let cash = Self.value(appraise, "cash")
        let rows = JSONReading.array(cash?["rows"])
        #expect(rows.count == 11)
        let netCash = rows.compactMap { JSONReading.number($0, "net") }.reduce(0, +)
        let netReal = rows.compactMap { JSONReading.number($0, "realNet", "real_net") }.reduce(0, +)
        #expect(abs(netCash - (JSONReading.scalar(Self.value(board, "net_cash")) ?? .nan)) < 0.01)
        #expect(abs(netReal - (JSONReading.scalar(Self.value(board, "net_real")) ?? .nan)) < 0.01)
        let npv = JSONReading.number(appraisal, "netPresentValue", "net_present_value")
        #expect(npv != nil && abs(npv! - (JSONReading.scalar(Self.value(board, "npv_real")) ?? .nan)) < 0.01, "the NPV stays real")
        // Year 3 in cash is year 3 real × 1.025³.
        let real3 = JSONReading.number(JSONReading.array(appraisal?["rows"])[3], "net") ?? .nan
        let cash3 = JSONReading.number(rows[3], "net") ?? .nan
        #expect(abs(cash3 - real3 * 1.025 * 1.025 * 1.025) < 0.01)
        // The paper's cash table is the command's: the same rows as text.
        let paper = String(decoding: try Data(contentsOf: session.context.workspace.folder.appendingPathComponent("reports/bb.md")), as: UTF8.self)
        let shown = SessionFixture.transcript(session, line)
        for year in ["2011/12", "2015/16", "2020/21"] {
            let row = try #require(shown.split(separator: "\n").first { $0.contains(year) && $0.contains("1.") && $0.split(separator: " ").count == 9 })
            let cells = row.split(separator: " ").map(String.init)
            #expect(paper.contains("| " + cells.joined(separator: " | ") + " |"), "the paper's cash row for \(year) differs from appraise's: \(cells)")
        }
    }

    @Test func theOptimismBiasContingencyIsItsOwnLineAndTotalsAreUnchanged() throws {
        let (session, folder) = try Self.session()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reply = session.execute("appraise preferred bexley+bromley")
        let rows = JSONReading.array(Self.value(reply, "appraisal")?["rows"])
        let year1 = try #require(rows.count > 1 ? rows[1] : nil)
        // Half a year's saving, 17.5 posts × £21,173.05 (£22,000 of 2012/13 in 2010/11 prices), and the 200% uplift.
        let oneOff = 17.5 * 22_000 * 68.8561 / 71.5454
        #expect(abs((JSONReading.number(year1, "costs") ?? .nan) - 3 * oneOff) < 1e-6)
        #expect(abs((JSONReading.number(year1, "oneOffCosts", "one_off_costs") ?? .nan) - oneOff) < 1e-6)
        #expect(abs((JSONReading.number(year1, "optimismBias", "optimism_bias") ?? .nan) - 2 * oneOff) < 1e-6)
        for row in rows {
            let sum = (JSONReading.number(row, "oneOffCosts", "one_off_costs") ?? 0) + (JSONReading.number(row, "recurringCosts", "recurring_costs") ?? 0)
                + (JSONReading.number(row, "optimismBias", "optimism_bias") ?? 0)
            #expect(abs(sum - (JSONReading.number(row, "costs") ?? .nan)) < 0.001)
        }
        let text = SessionFixture.transcript(session, "appraise preferred bexley+bromley")
        #expect(text.contains("Optimism bias"))
        #expect(text.contains("of which optimism bias"))
        #expect(text.contains("£4,731,082"), "the NPV is unchanged")
    }

    @Test func theWorkbookKeepsLiveFormulasAndEveryCase() throws {
        let (session, folder) = try Self.session()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reply = session.execute("report board bexley+bromley --project shared-service --target 500k --to bb.xlsx")
        #expect(reply.status == .ok, "\(reply.error?.description ?? "")")
        let url = session.context.workspace.folder.appendingPathComponent("reports/bb.xlsx")
        let package = try WorkbookPackageReader.read(url)
        let formulas = package.cells.values.flatMap(\.values).filter { $0.f != nil }
        #expect(!formulas.isEmpty, "no live formula in the workbook")
        for prefix in ["1 ", "2 ", "3 ", "4 ", "5 ", "A "] {
            #expect(package.sheets.contains { $0.hasPrefix(prefix) }, "no sheet for case '\(prefix)': \(package.sheets)")
        }
        #expect(package.sheets.contains("Sources"))
    }

    @Test func aGroupOrABoroughAndBadInputAreRead() throws {
        let (session, folder) = try Self.session()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(session.execute("report board bexley --to bexley.md").status == .ok)
        let unknown = session.execute("report board bexley+bromley --project shared-servce --to x.md")
        #expect(unknown.status == .error)
        #expect(unknown.error?.message.contains("Did you mean 'shared-service'") == true)
        #expect(session.execute("report board bexley+bromley --inflation 50% --to x.md").status == .error)
        #expect(session.execute("report compare --all --to x.xlsx").status == .error, "only the board pack writes a workbook")
    }
}
