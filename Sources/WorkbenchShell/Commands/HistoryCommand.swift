import WorkbenchCore
import WorkbenchReports

/// `history [--last N]`: the lines entered in this session, numbered.
struct HistoryCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "history", abstract: "Show the lines entered in this session.",
        options: [lastOption.spec])

    /// `--last n`.
    static let lastOption = Option<Int>.integer("--last", "show only the last n lines", in: 1...100_000)

    let last: Int?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        last = try invocation.value(Self.lastOption)
    }

    func run(in context: CommandContext) throws -> Reply {
        // The history command itself is the newest line; leave it out.
        let lines = Array(context.history.dropLast())
        let start = max(0, lines.count - (last ?? lines.count))
        var table = ReportTable(columns: [ReportColumn("number", "#"), ReportColumn("line", "Line")])
        for index in start..<lines.count { table.append([.integer(index + 1), .text(lines[index])]) }
        if lines.isEmpty { return Reply(blocks: [.text("No lines entered yet in this session.")]) }
        return Reply(blocks: [.table(table)])
    }
}
