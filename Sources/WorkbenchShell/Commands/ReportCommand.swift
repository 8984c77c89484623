import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `report <command line…> [--to file.html|file.md] [--title text] [--force]`: runs a command (or a saved analysis)
/// and writes its tables and charts as one self-contained HTML file or as Markdown, with the assumptions in force
/// and the sources of every figure.
struct ReportCommand: ShellCommand, WrapsCommandLine {
    static let spec = CommandSpec(
        name: "report", abstract: "Write an HTML or Markdown report of a command's tables and charts, with assumptions and sources.",
        discussion: """
            The rest of the line is the command to report on (or the name of a saved analysis); its own options may
            follow it unquoted. HTML is one self-contained file (inline CSS and SVG charts, nothing loaded from
            outside) that prints in grey; Markdown shows charts as text. Each report lists the assumptions in force
            and the title and address of every source its figures cite; estimates are marked ‡. A relative --to path
            is inside the workspace's reports/ folder (no '..'); an absolute path is written as named. An existing
            file is replaced only with --force. Without --to, the file is reports/<command>-<date-time>.html.
            """,
        category: "Reports",
        arguments: [ArgumentSpec("command", "the command line or saved analysis to report on", arity: .oneOrMore, completion: .command)],
        options: [
            toOption.spec, titleOption.spec, ReportSupport.forceFlag.spec,
        ],
        examples: ["report compare --all --to compare.html", "report neighbours bromley --k 10 --to bromley.md", "report pilot-comparison"], effects: .namedFiles)

    /// `--to file`.
    static let toOption = Option<String>.text("--to", value: "file.html|file.md", "where to write the report", completion: .file)
    /// `--title text`.
    static let titleOption = Option<String>.text("--title", value: "text", "the report's title (default: the command line)")

    let line: String
    let heading: String
    /// Its file may be inside the workspace (reports/): written under the workspace lock and journalled.
    static var changesWorkspace: Bool { true }

    let output: OutputPath
    let title: String?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        (line, heading) = try ReportSupport.commandLine(invocation.arguments, context: context, argument: "<command>")
        let first = (try? Tokenizer.split(line).first) ?? nil
        let stamp = Self.stamp(Date())
        let target = try invocation.value(Self.toOption) ?? "\(first ?? "report")-\(stamp).html"
        output = try OutputPath(target, workspace: context.workspace.folder, extensions: ["html", "htm", "md"], force: invocation.flag(ReportSupport.forceFlag))
        title = try invocation.value(Self.titleOption)
    }

    func run(in context: CommandContext) throws -> Reply {
        let reply = try ReportSupport.run(line, context: context)
        let section = ReportSection(heading: heading, blocks: ReportSupport.blocks(reply))
        let document = ReportSupport.document(title: title ?? "Report: \(line)", sections: [section], context: context)
        let text = output.fileExtension == "md" ? MarkdownReportRenderer.render(document) : HTMLReportRenderer.render(document)
        try output.write(text)
        let tables = section.blocks.filter { if case .table = $0 { return true } else { return false } }.count
        let charts = section.blocks.filter { if case .chart = $0 { return true } else { return false } }.count
        let cited = document.citedSources
        var summary = ReportTable(
            title: "Report written", columns: [ReportColumn("item", "Item"), ReportColumn("value", "Value")],
            rows: [
                [.text("File"), .text(output.url.path)], [.text("Format"), .text(output.fileExtension == "md" ? "Markdown" : "HTML")],
                [.text("Command"), .text(line)], [.text("Tables"), .described(Double(tables), text: String(tables))], [.text("Charts"), .described(Double(charts), text: String(charts))],
                [.text("Sources cited"), .text(cited.found.map(\.tag.description).joined())],
            ])
        if !cited.unknown.isEmpty {
            summary.notes.append("Cited but not in the sources list: " + cited.unknown.map(\.description).joined() + ".")
        }
        return Reply(
            blocks: [.table(summary)],
            data: [("file", .string(output.url.path)), ("tables", .number(Double(tables))), ("charts", .number(Double(charts)))])
    }

    /// A file-name-safe timestamp, `20101231-235959`.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }
}
