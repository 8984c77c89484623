import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `export <command line…> --to file.csv|file.json|file.xlsx [--table n] [--force]`: runs a command (or a saved
/// analysis) and writes one of its tables as spreadsheet-safe CSV, the whole reply as JSON, or a workbook (live
/// formulas for an appraisal, see `ExportCommand+Workbook.swift`).
struct ExportCommand: ShellCommand, WrapsCommandLine {
    static let spec = CommandSpec(
        name: "export", abstract: "Export a command's table as CSV, its whole result as JSON, or an Excel workbook.",
        discussion: """
            CSV: RFC 4180 quoting, UTF-8 with a byte-order mark, one header row with units in brackets, plain numbers
            (percentages as fractions), missing figures empty. A text cell that starts with =, +, -, @, a tab or a
            carriage return is prefixed with ' so a spreadsheet never runs it as a formula; plain numbers such as -3
            are left alone. CSV holds one table: the first, or the one --table names. JSON holds every table, note
            and chart, the assumptions and the sources. XLSX is a workbook: the command and assumptions first, a
            sheet of values per table, a Sources sheet; for 'appraise' an Assumptions sheet of named cells and a
            cash-flow sheet per option whose factors, present values, NPV, NPC, BCR and EAC are live formulas (change
            the discount rate and they recalculate). Paths as for 'report'; --force to replace a file.
            """,
        category: "Reports",
        arguments: [ArgumentSpec("command", "the command line or saved analysis to export", arity: .oneOrMore, completion: .command)],
        options: [
            toOption.spec, tableOption.spec, ReportSupport.forceFlag.spec,
        ],
        examples: [
            "export compare --all --to compare.csv", "export neighbours bromley --to neighbours.json",
            "export appraise shared-service bexley+bromley --to bb.xlsx",
        ], effects: .namedFiles)

    /// `--to file`.
    static let toOption = Option<String>.text("--to", value: "file.csv|file.json|file.xlsx", "where to write", completion: .file)
    /// `--table n` (checked against the reply's tables when the command runs).
    static let tableOption = Option<Int>.integer("--table", "which table to write as CSV (default 1)", in: 1...1_000)

    let line: String
    let heading: String
    /// Its file may be inside the workspace (reports/): written under the workspace lock and journalled.
    static var changesWorkspace: Bool { true }

    let output: OutputPath
    let tableNumber: Int

    init(parsing invocation: Invocation, context: CommandContext) throws {
        (line, heading) = try ReportSupport.commandLine(invocation.arguments, context: context, argument: "<command>")
        guard let target = try invocation.value(Self.toOption) else {
            throw WorkbenchError(
                .usage, "Say where to write the export with --to.",
                hint: "For example: export \(line) --to result.csv (or .json, .xlsx).", location: .init(argument: "--to"))
        }
        output = try OutputPath(target, workspace: context.workspace.folder, extensions: ["csv", "json", "xlsx"], force: invocation.flag(ReportSupport.forceFlag))
        tableNumber = try invocation.value(Self.tableOption) ?? 1
    }

    func run(in context: CommandContext) throws -> Reply {
        let reply = try ReportSupport.run(line, context: context)
        let blocks = ReportSupport.blocks(reply)
        let tables = blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        var rows = 0
        var sheets: [String] = []
        if output.fileExtension == "xlsx" {
            let workbook = try Self.workbook(line: line, heading: heading, blocks: blocks, context: context)
            sheets = workbook.sheets.map(\.name)
            rows = tables.map(\.rows.count).reduce(0, +)
            try output.write(XLSXWriter.data(workbook))
        } else if output.fileExtension == "csv" {
            guard !tables.isEmpty else {
                throw WorkbenchError(.missingFigure, "'\(line)' gives no table to write as CSV.",
                                     hint: "Export it as JSON (--to file.json) instead.", location: .init(argument: "--to"))
            }
            guard tableNumber <= tables.count else {
                throw WorkbenchError.invalid("--table", String(tableNumber), expected: "a table number from 1 to \(tables.count)")
            }
            let table = tables[tableNumber - 1]
            rows = table.rows.count
            try output.write(CSVExporter.render(table))
        } else {
            let document = ReportSupport.document(title: "Export: \(line)", sections: [ReportSection(heading: heading, blocks: blocks)], context: context)
            rows = tables.map(\.rows.count).reduce(0, +)
            try output.write(JSONExporter.render(document))
        }
        var summary = ReportTable(
            title: "Export written", columns: [ReportColumn("item", "Item"), ReportColumn("value", "Value")],
            rows: [
                [.text("File"), .text(output.url.path)], [.text("Format"), .text(output.fileExtension.uppercased())],
                [.text("Command"), .text(line)], [.text("Rows"), .described(Double(rows), text: String(rows))],
            ])
        if !sheets.isEmpty { summary.append([.text("Sheets"), .text(sheets.joined(separator: ", "))]) }
        if output.fileExtension == "csv", tables.count > 1 {
            summary.notes.append("Wrote table \(tableNumber) of \(tables.count); choose another with --table.")
        }
        return Reply(blocks: [.table(summary)], data: [("file", .string(output.url.path)), ("rows", .number(Double(rows)))])
    }
}
