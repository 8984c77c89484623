import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `report <command line…> [--to file.html|file.md] [--title text] [--force]`: runs a command (or a saved analysis)
/// and writes its tables and charts as one self-contained HTML file or as Markdown, with the assumptions in force
/// and the sources of every figure. `report board <subject>` writes the board pack (`BoardPack`, also as a workbook);
/// `report proposal <id>` a proposal as a document a group could send (`ProposalReport`).
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
            'report board <subject> [--project p] [--inflation r] [--target £]' writes the board pack: one paper in the
            Green Book's Five Case Model order [S57] (strategic: the service against its neighbours and the 128-hours
            standard, objectives and critical success factors; economic: long and short lists, the short list
            appraised, the option put to the board with sensitivity, switching values and risk simulation;
            commercial: delivery model, partners' shares, supporting case studies as at the price base year;
            financial: cash terms year by year beside real terms, capital and revenue, the optimism-bias contingency
            as its own line, the net flow against --target; management: timetable, ramp-up, risks, posts affected),
            then the assumptions and sources, the analyst's entered figures among them. Each figure is the command's
            own ('appraise <option> <subject> --inflation r' shows the same cash table). --inflation defaults to 2%
            a year, an estimate stated in the pack. It may also be written as an .xlsx workbook, whose appraisal
            sheet keeps live formulas. 'report proposal <id>' writes a proposal as a short document to send.
            """,
        category: "Reports",
        arguments: [ArgumentSpec("command", "the command line or saved analysis to report on", arity: .oneOrMore, completion: .command)],
        options: [
            toOption.spec, titleOption.spec, ReportSupport.forceFlag.spec,
        ],
        examples: [
            "report compare --all --to compare.html", "report neighbours bromley --k 10 --to bromley.md", "report pilot-comparison",
            "report board bexley+bromley --project shared-service --to bb.html",
            "report board bexley+bromley --project shared-service --inflation 2.5% --target 500k --to bb.xlsx",
            "report proposal bexley-bromley-shared-service --to proposal.md",
        ], effects: .namedFiles)

    /// `--to file`.
    static let toOption = Option<String>.text("--to", value: "file.html|file.md", "where to write the report (a board pack also file.xlsx)", completion: .file)
    /// `--title text`.
    static let titleOption = Option<String>.text("--title", value: "text", "the report's title (default: the command line)")

    let line: String
    let heading: String
    /// Its file may be inside the workspace (reports/): written under the workspace lock and journalled.
    static var changesWorkspace: Bool { true }

    let output: OutputPath
    let title: String?

    /// What the report is of: a command's reply, the board pack, or a proposal.
    enum Kind {
        /// A command line or saved analysis.
        case command
        /// `report board …`.
        case board(BoardPack)
        /// `report proposal <id>`.
        case proposal(Proposal)
    }

    let kind: Kind

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let words = invocation.arguments.count == 1 ? ((try? Tokenizer.split(invocation.arguments[0])) ?? invocation.arguments) : invocation.arguments
        let stamp = Self.stamp(Date())
        let force = invocation.flag(ReportSupport.forceFlag)
        title = try invocation.value(Self.titleOption)
        if words.first == "board" {
            let board = try BoardPack(words: Array(words.dropFirst()), context: context)
            kind = .board(board)
            line = ReportSupport.line(words)
            heading = line
            let target = try invocation.value(Self.toOption) ?? "board-\(board.subject.subject.boroughs.map(\.rawValue).joined(separator: "-"))-\(stamp).html"
            output = try OutputPath(target, workspace: context.workspace.folder, extensions: ["html", "htm", "md", "xlsx"], force: force)
            return
        }
        if words.first == "proposal", words.count == 2, !ProposalCommand.actions.contains(words[1]) {
            kind = .proposal(try context.proposal(words[1]))
            line = ReportSupport.line(words)
            heading = line
            let target = try invocation.value(Self.toOption) ?? "proposal-\(words[1])-\(stamp).html"
            output = try OutputPath(target, workspace: context.workspace.folder, extensions: ["html", "htm", "md"], force: force)
            return
        }
        kind = .command
        (line, heading) = try ReportSupport.commandLine(invocation.arguments, context: context, argument: "<command>")
        let first = (try? Tokenizer.split(line).first) ?? nil
        let target = try invocation.value(Self.toOption) ?? "\(first ?? "report")-\(stamp).html"
        output = try OutputPath(target, workspace: context.workspace.folder, extensions: ["html", "htm", "md"], force: force)
    }

    func run(in context: CommandContext) throws -> Reply {
        let document: ReportDocument
        var extra: [(String, JSONValue)] = []
        switch kind {
        case .command:
            let reply = try ReportSupport.run(line, context: context)
            // A command with a map (a measure by --by, or a partition) gets it after its own blocks.
            let map = try MapLibraries.reportMap(line: line, reply: reply, context: context)
            let section = ReportSection(heading: heading, blocks: ReportSupport.blocks(reply) + (map.map { [.map($0)] } ?? []))
            document = ReportSupport.document(title: title ?? "Report: \(line)", sections: [section], context: context)
        case .board(let board):
            let made = try board.document(context: context)
            document = title.map { var titled = made.document; titled.title = $0; return titled } ?? made.document
            extra = [
                ("cases", .array(document.sections.map { .string($0.heading) })), ("appraise", .string(board.appraiseLine(made.appraised))),
                ("npv_real", .number(made.appraised.costing.appraisal.netPresentValue.pounds)),
                ("net_cash", .number(made.appraised.cash.totalNet.pounds)), ("net_real", .number(made.appraised.cash.totalRealNet.pounds)),
                ("inflation", .number(made.appraised.cash.inflation.fraction)),
            ]
            if output.fileExtension == "xlsx" {
                try output.write(try XLSXWriter.data(try board.workbook(document, made.appraised, context: context)))
                return summary(document, format: "Excel workbook", extra: extra)
            }
        case .proposal(let proposal):
            let sections = try ProposalReport.sections(proposal, context: context)
            document = ReportSupport.document(title: title ?? "Proposal: \(proposal.title)", sections: sections, context: context)
        }
        let text = output.fileExtension == "md" ? MarkdownReportRenderer.render(document) : HTMLReportRenderer.render(document)
        try output.write(text)
        return summary(document, format: output.fileExtension == "md" ? "Markdown" : "HTML", extra: extra)
    }

    /// The reply: what was written, how many tables and charts, which sources were cited.
    func summary(_ document: ReportDocument, format: String, extra: [(String, JSONValue)]) -> Reply {
        let blocks = document.sections.flatMap(\.blocks)
        let tables = blocks.filter { if case .table = $0 { return true } else { return false } }.count
        let charts = blocks.filter { if case .chart = $0 { return true } else { return false } }.count
        let maps = blocks.filter { if case .map = $0 { return true } else { return false } }.count
        let cited = document.citedSources
        var summary = ReportTable(
            title: "Report written", columns: [ReportColumn("item", "Item"), ReportColumn("value", "Value")],
            rows: [
                [.text("File"), .text(output.url.path)], [.text("Format"), .text(format)],
                [.text("Command"), .text(line)], [.text("Tables"), .described(Double(tables), text: String(tables))], [.text("Charts"), .described(Double(charts), text: String(charts))],
                [.text("Sources cited"), .text(cited.found.map(\.tag.description).joined(separator: " "))],
            ])
        if maps > 0 { summary.rows.insert([.text("Maps"), .described(Double(maps), text: String(maps))], at: 5) }
        if case .board = kind { summary.rows.insert([.text("Sections"), .text(document.sections.map(\.heading).joined(separator: "; "))], at: 3) }
        if !cited.unknown.isEmpty {
            summary.notes.append("Cited but not in the sources list: " + cited.unknown.map(\.description).joined() + ".")
        }
        return Reply(
            blocks: [.table(summary)],
            data: [("file", .string(output.url.path)), ("tables", .number(Double(tables))), ("charts", .number(Double(charts)))] + extra)
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
