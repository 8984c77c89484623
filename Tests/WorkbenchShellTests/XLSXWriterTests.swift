import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport

/// The workbook writer on its own: CRC-32 vectors, names, escaping, the package read back by an independent reader
/// (Python's zipfile and xml.etree) and by Foundation's XML parser, and the appraisal workbook's cached values against
/// the workbench's appraisal. These test WorkbenchReports alone and belong in WorkbenchReportsTests once it exists.
@Suite("XLSX writer")
struct XLSXWriterTests {
    // MARK: CRC-32 and names

    @Test("CRC-32 of the standard check vectors", arguments: [
        ("", UInt32(0)), ("a", 0xE8B7_BE43), ("abc", 0x3524_41C2), ("123456789", 0xCBF4_3926),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func crc(text: String, expected: UInt32) {
        #expect(CRC32.checksum(text) == expected)
    }

    @Test("Sheet names lose forbidden characters, fit in 31 characters and stay unique")
    func sheetNames() {
        #expect(WorkbookNames.sheetName("Q1 [draft]: a/b*c?d\\e") == "Q1 -draft-- a-b-c-d-e")
        let long = WorkbookNames.sheetName(String(repeating: "x", count: 40))
        #expect(long.count == 31)
        #expect(WorkbookNames.sheetName("'quoted'") == "quoted")
        #expect(WorkbookNames.sheetName("") == "Sheet")
        #expect(WorkbookNames.sheetName("History") == "History (sheet)")
        #expect(WorkbookNames.sheetName("cash flows", taken: ["Cash flows"]) == "cash flows (2)")
        let crowded = WorkbookNames.sheetName(String(repeating: "y", count: 31), taken: [String(repeating: "y", count: 31)])
        #expect(crowded == String(repeating: "y", count: 27) + " (2)")
        #expect(WorkbookNames.sheetPrefix("Bob's sheet") == "'Bob''s sheet'!")
    }

    @Test("Defined names are letters, digits, _ and . only and never read as references")
    func definedNames() {
        #expect(WorkbookNames.definedName("OptimismBias_shared-service") == "OptimismBias_shared_service")
        #expect(WorkbookNames.definedName("NPV1") == "_NPV1")
        #expect(WorkbookNames.definedName("R1C1") == "_R1C1")
        #expect(WorkbookNames.definedName("c") == "_c")
        #expect(WorkbookNames.definedName("3 rates") == "_3_rates")
        #expect(WorkbookNames.definedName("Rate", taken: ["rate"]) == "Rate_2")
        #expect(WorkbookNames.definedName("DiscountRate") == "DiscountRate")
    }

    @Test("Text longer than a cell holds is cut at 32,767 characters")
    func longText() {
        guard case .text(let text) = WorkbookCell.text(String(repeating: "é", count: 40_000)).value else {
            Issue.record("not text")
            return
        }
        #expect(text.utf16.count == WorkbookCell.maximumLength)
    }

    @Test("XML text escapes markup and drops characters XML cannot hold")
    func xmlEscape() {
        #expect(XMLText.escape("a<b>&\"c'\u{1}\td") == "a&lt;b&gt;&amp;&quot;c&apos;\td")
    }

    // MARK: The package, read independently

    /// A workbook with hostile text, names and every style.
    static func hostileWorkbook() -> Workbook {
        var workbook = Workbook()
        var sheet = Worksheet(name: workbook.sheetName("Q1 [draft]: a/b*c?d\\e and more words"))
        sheet.set(row: 1, [.text("=HYPERLINK(\"http://x\")"), .text("+44 20"), .text("@cmd"), .text("-2+3"), .text("<&>\"'")])
        sheet.set(row: 2, [.number(1234.5, style: .pounds), .number(0.035, style: .percent), .number(-3), .text("Über £")])
        sheet[3, 1] = .formula("A2*2", cached: 2469, style: .boldPounds)
        sheet.frozenRows = 1
        workbook.append(sheet)
        workbook.define("NPV1", sheet: workbook.sheets[0].name, row: 2, column: 1)
        workbook.append(Worksheet(name: "Bob's sheet"))
        return workbook
    }

    @Test("Python's zipfile and xml.etree read every part, text stays text and formulas keep their values",
          .enabled(if: WorkbookPackageReader.available, "python3 is not installed"))
    func packageReadsBack() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-unit-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXWriter.data(Self.hostileWorkbook()).write(to: url)
        let package = try WorkbookPackageReader.read(url)
        #expect(package.sheets == ["Q1 -draft-- a-b-c-d-e and more", "Bob's sheet"])
        #expect(package.names == ["_NPV1": "'Q1 -draft-- a-b-c-d-e and more'!$A$2"])
        let cells = try #require(package.cells[package.sheets[0]])
        for (reference, text) in [("A1", "=HYPERLINK(\"http://x\")"), ("B1", "+44 20"), ("C1", "@cmd"), ("D1", "-2+3")] {
            let cell = try #require(cells[reference])
            #expect(cell.f == nil, "\(reference) must not be a formula")
            #expect(cell.t == "inlineStr")
            #expect(cell.text == text)
            #expect(package.quotePrefixStyles.contains(cell.s ?? 0), "\(reference) carries the quote prefix")
        }
        #expect(cells["E1"]?.text == "<&>\"'")
        #expect(cells["D2"]?.text == "Über £")
        #expect(cells["C2"]?.v == "-3" && cells["C2"]?.t == nil)
        #expect(cells["A3"]?.f == "A2*2" && cells["A3"]?.v == "2469")
        #expect(package.formats[String(cells["A2"]?.s ?? 0)] == "\"£\"#,##0;\\-\"£\"#,##0")
        #expect(package.formats[String(cells["B2"]?.s ?? 0)] == "0.0%")
        #expect(package.boldStyles.contains(cells["A3"]?.s ?? 0))
        #expect(package.panes[package.sheets[0]] == [0, 1])
    }

    @Test("Foundation's XML parser reads every part")
    func partsParse() {
        for part in XLSXWriter.parts(Self.hostileWorkbook()) {
            let check = ReportXMLChecker.check(part.text)
            #expect(check.error == nil, "\(part.path): \(check.error ?? "")")
        }
    }

    @Test("The ZIP's stored entries carry the CRC-32 of their data")
    func zipHeaders() throws {
        var archive = ZipArchive()
        archive.add("a.txt", text: "123456789")
        let bytes = [UInt8](try archive.data())
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[14..<18]) == [0x26, 0x39, 0xF4, 0xCB])  // CRC-32, little-endian
        #expect(Array(bytes[(bytes.count - 22)..<(bytes.count - 18)]) == [0x50, 0x4B, 0x05, 0x06])
    }

    // MARK: The appraisal workbook's cached values

    static let test = Provenance.estimate(method: "test figure")

    /// Two schedules: equipment (one-off uplift) and an outsourced service (recurring uplift), over 40 years.
    static func schedules() -> [CashFlowSchedule] {
        [
            CashFlowSchedule(
                title: "Self-service", origin: "rfid", baseYear: FinancialYear(startYear: 2010), horizon: 40,
                lines: [
                    CashFlowLine("Kit", kind: .oneOffCost, amounts: [120_000, 30_000], provenance: test),
                    CashFlowLine("Support", kind: .recurringCost, amounts: [0] + Array(repeating: 4_000, count: 40), provenance: test),
                    CashFlowLine("Staff", kind: .saving, amounts: [0] + Array(repeating: 21_500, count: 40), provenance: test),
                ],
                optimismBias: .equipmentDevelopment),
            CashFlowSchedule(
                title: "Outsourced stock", origin: "stock", baseYear: FinancialYear(startYear: 2010), horizon: 12,
                lines: [
                    CashFlowLine("Contract", kind: .recurringCost, amounts: [0] + Array(repeating: 9_000, count: 12), provenance: test),
                    CashFlowLine("Saving", kind: .saving, amounts: [0] + Array(repeating: 12_250, count: 12), provenance: test),
                ],
                optimismBias: .outsourcing),
        ]
    }

    /// The cached value of a defined name's cell.
    static func value(_ name: String, in workbook: Workbook) throws -> Double {
        let defined = try #require(workbook.definedNames.first { $0.name == name })
        let parts = defined.reference.components(separatedBy: "!$")
        let sheetName = String(parts[0].dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        let address = parts[1].split(separator: "$")
        let column = address[0].unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        let sheet = try #require(workbook.sheets.first { $0.name == sheetName })
        guard case .number(let value) = sheet[Int(address[1])!, column]?.value else { throw WorkbookPackageReader.ReaderError(message: "\(name) holds no number") }
        return value
    }

    @Test("The cash-flow sheet's cached results equal the workbench's appraisal", arguments: [
        (Rate(fraction: 0.035), true, OptimismBiasPolicy.upperBound), (Rate(fraction: 0.03), false, .mitigated(0.5)),
        (Rate(fraction: 0.035), true, .none),
    ])
    func cachedValues(rate: Rate, declining: Bool, policy: OptimismBiasPolicy) throws {
        var assumptions = Assumptions()
        assumptions.discountRate = rate
        assumptions.decliningSchedule = declining
        assumptions.optimismBias = policy
        let schedules = Self.schedules()
        let result = try Appraisal.appraise(schedules, title: "Test option", assumptions: assumptions)
        #expect(result.years == 40)
        var workbook = Workbook()
        let layouts = AppraisalWorkbook.add(
            to: &workbook, options: [AppraisalWorkbookOption(id: "test", schedules: schedules, result: result)],
            command: "appraise test", generatedBy: "test", priceBaseYear: FinancialYear(startYear: 2010))
        #expect(workbook.sheets.map(\.name) == ["Assumptions", "Cash flows"])
        let layout = try #require(layouts.first)
        #expect(Swift.abs(try Self.value(layout.netPresentValue, in: workbook) - result.netPresentValue.pounds) < 1e-6)
        #expect(Swift.abs(try Self.value(layout.netPresentCost, in: workbook) - result.netPresentCost.pounds) < 1e-6)
        #expect(Swift.abs(try Self.value(layout.presentValueOfSavings, in: workbook) - result.presentValueOfSavings.pounds) < 1e-6)
        #expect(Swift.abs(try Self.value(layout.benefitCostRatio!, in: workbook) - result.benefitCostRatio!) < 1e-12)
        #expect(Swift.abs(try Self.value(layout.equivalentAnnualCost, in: workbook) - result.equivalentAnnualCost!.pounds) < 1e-6)
        #expect(try Self.value("DiscountRate", in: workbook) == rate.fraction)
        let sheet = workbook.sheets[1]
        for row in result.rows {
            let r = layout.firstYearRow + row.year
            #expect(sheet[r, layout.factorColumn]?.value == .number(row.factor), "factor, year \(row.year)")
            guard case .number(let net) = sheet[r, layout.netColumn]?.value else { Issue.record("no net flow in year \(row.year)"); continue }
            #expect(Swift.abs(net - row.net.pounds) < 1e-6, "net flow, year \(row.year)")
        }
        // Year 31 follows the first band of the declining schedule by name, or the rate itself without it.
        let year31 = sheet[layout.firstYearRow + 31, layout.factorColumn - 1]?.formula
        #expect(year31 == (declining ? "DecliningRate_31_75" : "DiscountRate"))
        #expect(sheet[layout.firstYearRow + 1, layout.factorColumn]?.formula?.hasSuffix("/(1+\(CellReference.column(layout.factorColumn - 1))\(layout.firstYearRow + 1))") == true)
    }
}
