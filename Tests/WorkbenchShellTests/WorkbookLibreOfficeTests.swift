import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// The appraisal workbook opened in a real spreadsheet application: LibreOffice Calc, headless, converts it to CSV,
/// and the NPV it computes equals the workbench's to the penny. To prove the application computed the formulas
/// rather than echoing the cached values, a copy has its discount rate changed to 3% and every cached formula
/// value removed (by Python's zipfile, not the workbench), and its NPV must equal the workbench's after
/// `set discount-rate 3%`. Skipped, with the reason, where LibreOffice (`soffice`) or Python is not installed
/// (`.ci/run` installs Debian's `libreoffice-calc-nogui`).
@Suite("XLSX in LibreOffice")
struct WorkbookLibreOfficeTests {
    /// The LibreOffice program, if installed.
    static let office: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["soffice", "libreoffice"] {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    /// Rewrites a workbook: the cell `DiscountRate` names set to a new value, and every formula's cached value removed.
    static let rewrite = #"""
import re, sys, zipfile, xml.etree.ElementTree as ET
source, target, rate = sys.argv[1], sys.argv[2], sys.argv[3]
z = zipfile.ZipFile(source)
workbook = z.read("xl/workbook.xml").decode()
ref = re.search(r'<definedName name="DiscountRate"[^>]*>([^<]*)</definedName>', workbook).group(1)
cell = ref.split("!")[1].replace("$", "")
out = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED)
changed = 0
for item in z.infolist():
    data = z.read(item.filename)
    if item.filename.startswith("xl/worksheets/"):
        text = data.decode()
        text, n = re.subn(r'(<f>[^<]*</f>)<v>[^<]*</v>', r'\1', text)
        changed += n
        if item.filename == "xl/worksheets/sheet1.xml":
            text, m = re.subn(r'(<c r="%s"[^>]*>)<v>[^<]*</v>' % cell, r'\g<1><v>%s</v>' % rate, text)
            assert m == 1, "discount rate cell not found"
        ET.fromstring(text)
        data = text.encode()
    out.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
out.close()
print(changed)
"""#

    /// Runs a program and returns its standard output, or throws with its standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw WorkbookPackageReader.ReaderError(message: "\(executable) failed (\(process.terminationStatus)): \(err)")
        }
        return out
    }

    /// The figure LibreOffice computed beside a label (the NPV's by default) in a converted `Cash flows` sheet.
    static func netPresentValue(csv: URL, label: String = "Net present value (NPV)") throws -> Double {
        let text = try String(contentsOf: csv, encoding: .utf8)
        let row = try #require(text.split(whereSeparator: \.isNewline).first { $0.hasPrefix(label) || $0.hasPrefix("\"" + label) })
        // The label may be quoted and hold commas; the figure is the first field that is a plain number.
        let value = row.split(separator: ",", omittingEmptySubsequences: false).dropFirst().compactMap { Double($0) }.first
        return try #require(value, "no figure in \(row)")
    }

    @Test("LibreOffice recalculates the NPV to the penny, and at 3% from formulas alone",
          .enabled(if: office != nil, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui"),
          .enabled(if: WorkbookPackageReader.available, "python3 is not installed"))
    func recalculatedInLibreOffice() throws {
        let session = try SessionFixture.session()
        let workspace = session.context.workspace.folder
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        let line = "appraise shared-service bexley+bromley"
        #expect(SessionFixture.transcript(session, "export \(line) --to bb.xlsx").hasPrefix("Export written"))
        let original = workspace.appendingPathComponent("reports/bb.xlsx")
        let changed = workspace.appendingPathComponent("reports/bb-3pc.xlsx")
        let stripped = try Self.run(try #require(WorkbookPackageReader.executable), ["-c", Self.rewrite, original.path, changed.path, "0.03"])
        #expect((Int(stripped.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 50, "cached values removed")

        // Two schedules (one-off and recurring uplifts) over 40 years, so the declining schedule's first band and the
        // per-schedule columns are computed too; its cached values are removed as well.
        let schedules = XLSXWriterTests.schedules()
        let result = try Appraisal.appraise(schedules, title: "Two calculators", assumptions: Assumptions())
        var workbook = Workbook()
        AppraisalWorkbook.add(
            to: &workbook, options: [AppraisalWorkbookOption(id: "two", schedules: schedules, result: result)],
            command: "appraise two", generatedBy: "test", priceBaseYear: FinancialYear(startYear: 2010))
        let built = workspace.appendingPathComponent("reports/two.xlsx")
        let long = workspace.appendingPathComponent("reports/long.xlsx")
        try XLSXWriter.data(workbook).write(to: built)
        try Self.run(try #require(WorkbookPackageReader.executable), ["-c", Self.rewrite, built.path, long.path, "0.035"])

        let output = workspace.appendingPathComponent("converted")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try Self.run(try #require(Self.office), [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir", output.path, original.path, changed.path, long.path,
        ])
        let atBase = try Self.netPresentValue(csv: output.appendingPathComponent("bb-Cash flows.csv"))
        let atThree = try Self.netPresentValue(csv: output.appendingPathComponent("bb-3pc-Cash flows.csv"))

        let longCSV = output.appendingPathComponent("long-Cash flows.csv")
        let longNPV = try Self.netPresentValue(csv: longCSV)
        #expect(Swift.abs(longNPV - result.netPresentValue.pounds) < 0.005, "LibreOffice \(longNPV), workbench \(result.netPresentValue.pounds)")
        let longNPC = try Self.netPresentValue(csv: longCSV, label: "Net present cost (NPC)")
        #expect(Swift.abs(longNPC - result.netPresentCost.pounds) < 0.005, "LibreOffice \(longNPC), workbench \(result.netPresentCost.pounds)")
        let longEAC = try Self.netPresentValue(csv: longCSV, label: "Equivalent annual cost (EAC)")
        #expect(Swift.abs(longEAC - result.equivalentAnnualCost!.pounds) < 0.005)

        let workbench = try WorkbookExportTests.netPresentValue(session, line)
        #expect(Swift.abs(atBase - workbench) < 0.005, "LibreOffice \(atBase), workbench \(workbench)")
        #expect(SessionFixture.transcript(session, "set discount-rate 3%").contains("3"))
        let workbenchAtThree = try WorkbookExportTests.netPresentValue(session, line)
        #expect(Swift.abs(workbenchAtThree - workbench) > 1_000, "the rate moves the NPV")
        #expect(Swift.abs(atThree - workbenchAtThree) < 0.005, "LibreOffice \(atThree), workbench at 3% \(workbenchAtThree)")
    }
}
