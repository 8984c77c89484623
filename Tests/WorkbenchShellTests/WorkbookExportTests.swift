import Foundation
import Testing
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `export … --to FILE.xlsx` as an analyst types it: the appraisal's live workbook, every other command's sheets of
/// values, and the same path rules as the other exports. The package is read back by Python (zipfile, xml.etree).
@Suite("Export to XLSX")
struct WorkbookExportTests {
    /// A session on a fresh workspace copy, and its reports folder.
    final class Fixture {
        let session: Session
        var reports: URL { session.context.workspace.folder.appendingPathComponent("reports") }
        init() throws { session = try SessionFixture.session() }
        deinit { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        func run(_ line: String) -> String { SessionFixture.transcript(session, line) }
    }

    /// The workbench's own NPV for a command line (`appraise …`), from the reply's data.
    static func netPresentValue(_ session: Session, _ line: String) throws -> Double {
        let reply = session.execute(line)
        let appraisal = try #require(reply.data.first { $0.0 == "appraisal" }?.1)
        let value = appraisal["netPresentValue"] ?? appraisal["net_present_value"]
        guard case .number(let npv) = value else { throw WorkbookPackageReader.ReaderError(message: "no NPV in '\(line)'") }
        return npv
    }

    @Test("export appraise shared-service bexley+bromley --to bb.xlsx writes a live workbook",
          .enabled(if: WorkbookPackageReader.available, "python3 is not installed"))
    func appraisalWorkbook() throws {
        let fixture = try Fixture()
        let text = fixture.run("export appraise shared-service bexley+bromley --to bb.xlsx")
        #expect(text.hasPrefix("Export written"), "\(text)")
        #expect(text.contains("Format   XLSX"))
        #expect(text.contains("Sheets   Assumptions, Cash flows,"))
        let package = try WorkbookPackageReader.read(fixture.reports.appendingPathComponent("bb.xlsx"))
        #expect(package.sheets.first == "Assumptions")
        #expect(package.sheets.dropFirst().first == "Cash flows")
        #expect(package.sheets.last == "Sources")
        #expect(package.names["DiscountRate"] == "'Assumptions'!$B$7")
        #expect(package.names["PriceBaseYear"] != nil)
        #expect(package.names.keys.contains { $0.hasPrefix("OptimismBias_") })
        let assumptions = try #require(package.cells["Assumptions"])
        #expect(assumptions["B2"]?.text == "appraise shared-service bexley+bromley")
        #expect(assumptions["B7"]?.v == "0.035")
        // The NPV is a formula whose cached value is the workbench's NPV.
        let reference = try #require(package.names["NetPresentValue"]).components(separatedBy: "!")[1].replacingOccurrences(of: "$", with: "")
        let npvCell = try #require(package.cells["Cash flows"]?[reference])
        #expect(npvCell.f?.hasPrefix("SUM(") == true)
        let npv = try Self.netPresentValue(fixture.session, "appraise shared-service bexley+bromley")
        #expect(Swift.abs(try #require(Double(npvCell.v ?? "")) - npv) < 0.005)
        // Every present value, factor and rate of a year after 0 is a formula on the named cells.
        let cashFlows = try #require(package.cells["Cash flows"])
        #expect(cashFlows.values.filter { $0.f == "DiscountRate" }.count >= 10)
        #expect(cashFlows.values.filter { $0.f?.contains("OptimismBias_") == true }.count >= 11)
        #expect(package.panes["Cash flows"] == [2, 3])
        // Sources: every tag with its reference, the Green Book's cited.
        let sources = try #require(package.cells["Sources"])
        #expect(sources.values.contains { $0.text == "S54" })
    }

    @Test("export to .xlsx follows the path rules of the other exports")
    func pathRules() throws {
        let fixture = try Fixture()
        #expect(fixture.run("export compare --to ../../escape.xlsx").hasPrefix("error: The output path '../../escape.xlsx' contains '..'"))
        #expect(fixture.run("export compare --to tables/compare.xlsx").hasPrefix("Export written"))
        #expect(fixture.run("export compare --to tables/compare.xlsx") == """
            error: The file 'tables/compare.xlsx' exists already; it was not overwritten.
            Add --force to replace it, or choose another name.
            """)
        #expect(fixture.run("export compare --to tables/compare.xlsx --force").hasPrefix("Export written"))
        #expect(fixture.run("export compare --to compare.xls").hasPrefix("error: The output path 'compare.xls' does not end in .csv or .json or .xlsx."))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.reports.appendingPathComponent("tables").path)
        #expect(leftovers == ["compare.xlsx"], "no temporary files are left behind")
    }

    @Test("Every other command's tables become sheets of values that say which command produced them",
          .enabled(if: WorkbookPackageReader.available, "python3 is not installed"),
          arguments: [
              "appraise shortlist bexley+bromley", "savings shared-service bexley+bromley", "compare --all",
              "partners shared-service --top 3", "partners optimise shared-service --among london --max-size 3",
              "portfolio bexley+bromley", "simulate shared-service bexley+bromley --iterations 200 --seed 7",
              "mcda topsis inputs/options.csv --weights 2,1,1 --cost Cost",
          ])
    func valueSheets(line: String) throws {
        let fixture = try Fixture()
        let inputs = fixture.session.context.workspace.folder.appendingPathComponent("inputs/options.csv")
        try? FileManager.default.copyItem(
            at: SessionFixture.packageRoot.appendingPathComponent("Tests/Transcripts/Fixtures/options.csv"), to: inputs)
        let text = fixture.run("export \(line) --to out.xlsx")
        #expect(text.hasPrefix("Export written"), "\(text)")
        let package = try WorkbookPackageReader.read(fixture.reports.appendingPathComponent("out.xlsx"))
        #expect(package.sheets.count >= 3, "first sheet, at least one table, Sources")
        #expect(package.sheets.last == "Sources")
        let first = try #require(package.cells[package.sheets[0]])
        #expect(first["B2"]?.text == line, "the first sheet names the command")
        for sheet in package.sheets.dropFirst().dropLast() where !sheet.hasPrefix("Cash flows") && sheet != "Short list" {
            #expect(package.cells[sheet]?["A2"]?.text == "Values produced by the workbench command '\(line)'.", "\(sheet)")
            #expect(package.panes[sheet] == [0, 3])
        }
        if line.hasPrefix("appraise shortlist") {
            #expect(package.sheets.contains("Short list"))
            #expect(package.names.keys.contains { $0.hasPrefix("NetPresentValue_") })
        }
    }
}
