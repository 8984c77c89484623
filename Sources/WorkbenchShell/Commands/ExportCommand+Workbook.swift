import Foundation
import WorkbenchCore
import WorkbenchReports

extension ExportCommand {
    /// The workbook for a command's reply: the command and assumptions first (for `appraise`, the Assumptions sheet
    /// of named cells and a live cash-flow sheet per option), then a sheet of values for each table of the reply,
    /// then the Sources sheet.
    static func workbook(line: String, heading: String, blocks: [ReportBlock], context: CommandContext) throws -> Workbook {
        let document = ReportSupport.document(
            title: "Export: \(line)", sections: [ReportSection(heading: heading, blocks: blocks)], context: context)
        var notes: [String] = []
        var tables: [ReportTable] = []
        for block in blocks {
            switch block {
            case .text(let text), .note(let text): notes.append(text)
            case .table(let table): tables.append(table)
            case .chart, .map: break
            }
        }
        var workbook = Workbook()
        var cited = Set(document.citedTags)
        var live: [AppraisalWorkbookOption] = []
        if let appraise = try ReportSupport.parse(line, context: context) as? AppraiseCommand {
            live = try appraise.workbookOptions(context: context)
        }
        if live.isEmpty {
            workbook.append(WorkbookSheets.about(
                command: line, generatedBy: document.generatedBy, assumptions: document.assumptions, notes: notes))
        } else {
            AppraisalWorkbook.add(
                to: &workbook, options: live, command: line, generatedBy: document.generatedBy,
                priceBaseYear: context.assumptions.priceBaseYear, workspaceAssumptions: document.assumptions, notes: notes)
            cited.formUnion(["S53", "S54", "S55"])
        }
        for (index, table) in tables.enumerated() {
            workbook.append(WorkbookSheets.table(table, name: sheetName(table.title, number: index + 1), command: line))
        }
        workbook.append(WorkbookSheets.sources(document.sources, cited: cited))
        return workbook
    }

    /// A sheet name from a table's title: the words before any `:` or `(`, cut at a word within 31 characters.
    static func sheetName(_ title: String?, number: Int) -> String {
        var name = (title ?? "").prefix { $0 != ":" && $0 != "(" }.trimmingCharacters(in: .whitespaces)
        if name.count > 31 {
            let cut = String(name.prefix(31))
            name = cut.range(of: " ", options: .backwards).map { String(cut[..<$0.lowerBound]) } ?? cut
        }
        return name.isEmpty ? "Table \(number)" : name
    }
}
