import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `export <command line…> --to file.csv|file.json [--table n] [--force]`: runs a command (or a saved analysis) and
/// writes one of its tables as spreadsheet-safe CSV, or the whole reply as JSON.
struct ExportCommand: ShellCommand, WrapsCommandLine {
    static let spec = CommandSpec(
        name: "export", abstract: "Export a command's table as CSV, or its whole result as JSON.",
        discussion: """
            CSV: RFC 4180 quoting, UTF-8 with a byte-order mark, one header row with units in brackets, plain numbers
            (percentages as fractions), missing figures empty. A text cell that starts with =, +, -, @, a tab or a
            carriage return is prefixed with ' so a spreadsheet never runs it as a formula; plain numbers such as -3
            are left alone. CSV holds one table: the first, or the one --table names. JSON holds every table, note
            and chart, the assumptions and the sources. Paths as for 'report'; --force to replace a file.
            """,
        category: "Reports",
        arguments: [ArgumentSpec("command", "the command line or saved analysis to export", arity: .oneOrMore, completion: .command)],
        options: [
            OptionSpec("--to", value: "file.csv|file.json", "where to write", completion: .file),
            OptionSpec("--table", value: "n", "which table to write as CSV (default 1)"),
            OptionSpec(flag: "--force", "replace the file if it exists"),
        ],
        examples: ["export compare --all --to compare.csv", "export neighbours bromley --to neighbours.json"])

    let line: String
    let heading: String
    let output: OutputPath
    let tableNumber: Int

    init(parsing invocation: Invocation, context: CommandContext) throws {
        (line, heading) = try ReportSupport.commandLine(invocation.arguments, context: context, argument: "<command>")
        guard let target = invocation.option("--to") else {
            throw WorkbenchError(
                .usage, "Say where to write the export with --to.",
                hint: "For example: export \(line) --to result.csv (or .json).", location: .init(argument: "--to"))
        }
        output = try OutputPath(target, workspace: context.workspace.folder, extensions: ["csv", "json"], force: invocation.flag("--force"))
        tableNumber = try invocation.integer("--table", in: 1...1_000) ?? 1
    }

    func run(in context: CommandContext) throws -> Reply {
        let reply = try ReportSupport.run(line, context: context)
        let blocks = ReportSupport.blocks(reply)
        let tables = blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        var rows = 0
        if output.fileExtension == "csv" {
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
        if output.fileExtension == "csv", tables.count > 1 {
            summary.notes.append("Wrote table \(tableNumber) of \(tables.count); choose another with --table.")
        }
        return Reply(blocks: [.table(summary)], data: [("file", .string(output.url.path)), ("rows", .number(Double(rows)))])
    }
}
