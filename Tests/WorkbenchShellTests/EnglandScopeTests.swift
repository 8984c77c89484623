import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// England as a scope, against the real England files (skipped, with the reason printed, when `../shared/data` is
/// absent beside the package): after `import authorities`, `import libraries` and `import boundaries`, every command
/// that compares, groups or ranks authorities takes `england` and works on all of them: the 151 rows of the
/// authorities file (its README and the issue say 150).
@Suite struct EnglandScopeTests {
    /// The shared datasets folder, when this machine has the three England files in it.
    static let sharedData: URL? = {
        let folder = SessionFixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        let files = ["authorities.csv", "libraries_raw.csv", "authorities_geo.json"]
        let present = files.allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        if !present { print("Skipping the England scope tests: authorities.csv, libraries_raw.csv or authorities_geo.json is not in ../shared/data.") }
        return present ? folder : nil
    }()

    /// The tables of a reply.
    static func tables(_ reply: Reply) -> [ReportTable] {
        reply.blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }

    /// Runs a line, expecting success, and gives the reply.
    static func ok(_ session: Session, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Reply {
        let reply = session.execute(line)
        #expect(reply.status == .ok, "\(line)\n\(ReplyRenderer.text(reply))", sourceLocation: sourceLocation)
        return reply
    }

    @Test func englandBeforeTheImportsSaysWhatToRun() throws {
        let session = try SessionFixture.session()
        for line in ["compare --within england", "neighbours bromley --within england", "partners optimise shared-service --among england",
                     "portfolio england", "support peers merton --within england"] {
            let reply = session.execute(line)
            #expect(reply.status == .error, "\(line)")
            #expect(reply.error?.message.contains("has not imported") == true, "\(line): \(reply.error?.message ?? "")")
            #expect(reply.error?.hint?.contains("import authorities") == true, "\(line)")
            #expect(reply.error?.hint?.contains("import libraries") == true, "\(line)")
        }
    }

    @Test(.enabled(if: sharedData != nil, "the England datasets are not in ../shared/data beside the package"))
    func everyComparativeCommandTakesEngland() throws {
        let data = try #require(Self.sharedData)
        let session = try SessionFixture.session()
        for (dataset, file) in [("libraries", "libraries_raw.csv"), ("authorities", "authorities.csv"), ("boundaries", "authorities_geo.json")] {
            _ = Self.ok(session, "import \(dataset) \(data.appendingPathComponent(file).path)")
        }

        // compare: all 151 ranked; --where and --top keep it readable.
        let ranked = Self.tables(Self.ok(session, "compare --within england --by hours"))[0]
        #expect(ranked.rows.count == 151)
        let hours = ranked.rows.compactMap { row -> Double? in
            guard case .number(let value, _) = row[9] else { return nil }
            return value
        }
        #expect(hours.count > 140)
        #expect(hours == hours.sorted(by: >))
        #expect(Self.tables(Self.ok(session, "compare --within england --all"))[0].rows.count == 151)
        #expect(Self.tables(Self.ok(session, "compare --within england --where region=london"))[0].rows.count == 33)
        let big = Self.tables(Self.ok(session, "compare --within england --where 'population>300000' --by population --top 10"))[0]
        #expect(big.rows.count == 10)
        #expect(big.rows.first?.first?.text == "kent")
        #expect(big.notes.contains { $0.hasPrefix("Showing 10 of ") })
        #expect(session.execute("compare --within england --where 'population>>3'").status == .error)

        // neighbours, partners and optimise, shares, portfolio, support peers, map: each on England.
        let neighbours = Self.ok(session, "neighbours leeds --within england --k 5")
        #expect(Self.tables(neighbours)[0].title?.contains("(150 compared)") == true)
        #expect(Self.tables(neighbours)[0].rows.count == 5)
        _ = Self.ok(session, "partners shared-service --within england --max-size 2 --top 5")
        // Every group of up to 4 of 151 is 21 million: refused before memory runs out; contiguous groups are few.
        let tooMany = session.execute("partners shared-service --within england --geography any")
        #expect(tooMany.error?.code == .invalidArgument)
        #expect(tooMany.error?.hint?.contains("--geography contiguous (the default)") == true)
        _ = Self.ok(session, "partners shared-service --within england --top 5")
        let optimised = Self.ok(session, "partners optimise shared-service --among england --max-size 3")
        #expect(ReplyRenderer.text(optimised).contains("among 151 boroughs"))
        _ = Self.ok(session, "shares leeds+bradford+wakefield shared-service")
        _ = Self.ok(session, "portfolio england")
        let peers = Self.ok(session, "support peers kent --within england")
        let peerRows = Self.tables(peers)[0].rows
        #expect(peerRows.contains { $0[3].text.hasPrefix("dataset: ") })
        #expect(peerRows.contains { $0[1].text == "closures" })
        let map = Self.ok(session, "map compare --within england --by hours")
        #expect(ReplyRenderer.text(map).contains("151 drawn, 150 coloured"))

        // Authorities without a module: profiles derived from the data, so calculators run or name what is missing.
        _ = Self.ok(session, "savings opening-hours leeds")
        let missing = session.execute("savings shared-service leeds")
        #expect(missing.status == .error)
        #expect(missing.error?.code == .missingFigure)

        // Reports and exports carry every row.
        let csv = Self.ok(session, "export compare --within england --by hours --to england.csv")
        #expect(csv.data.contains { $0.0 == "rows" && $0.1 == .number(151) })
        let csvText = try String(contentsOf: session.context.workspace.folder.appendingPathComponent("reports/england.csv"), encoding: .utf8)
        #expect(csvText.split(whereSeparator: \.isNewline).count == 152)
        _ = Self.ok(session, "export compare --within england --by hours --to england.xlsx")
        _ = Self.ok(session, "report compare --within england --by hours --to england.html")
        let html = try String(contentsOf: session.context.workspace.folder.appendingPathComponent("reports/england.html"), encoding: .utf8)
        for id in ["kent", "rutland", "city-of-london", "leeds"] { #expect(html.contains(">\(id)<"), "\(id) in the report") }
    }
}
