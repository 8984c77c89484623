import WorkbenchCore
import WorkbenchReports

extension BoardPack {
    /// The board pack as a workbook: the appraisal of the option put to the board with live formulas (the Assumptions
    /// sheet of named cells and its cash-flow sheet, as `export appraise …` writes them), then each case's tables as
    /// sheets of values, numbered by case, then the Sources sheet.
    func workbook(_ document: ReportDocument, _ appraised: Appraised, context: CommandContext) throws -> Workbook {
        var workbook = Workbook()
        var notes: [String] = []
        for section in document.sections {
            for block in section.blocks {
                switch block {
                case .text(let text), .note(let text): notes.append("\(section.heading): \(text)")
                case .table, .chart, .map: break
                }
            }
        }
        let live = try (ReportSupport.parse(appraised.line, context: context) as? AppraiseCommand)?.workbookOptions(context: context) ?? []
        if live.isEmpty {
            workbook.append(WorkbookSheets.about(
                command: "report board \(subjectText)", generatedBy: document.generatedBy, assumptions: document.assumptions, notes: notes))
        } else {
            AppraisalWorkbook.add(
                to: &workbook, options: live, command: appraised.line, generatedBy: document.generatedBy,
                priceBaseYear: context.assumptions.priceBaseYear, workspaceAssumptions: document.assumptions, notes: notes)
        }
        for (index, section) in document.sections.enumerated() {
            let prefix = index < 5 ? "\(index + 1) " : "A "
            for block in section.blocks {
                guard case .table(let table) = block else { continue }
                let name = ExportCommand.sheetName(prefix + (table.title ?? section.heading), number: workbook.sheets.count + 1)
                workbook.append(WorkbookSheets.table(table, name: name, command: section.heading))
            }
        }
        workbook.append(WorkbookSheets.sources(document.sources, cited: Set(document.citedTags).union(["S53", "S54", "S55"])))
        return workbook
    }
}
