import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `neighbours <id> [--k 15] [--within <scope>]`: comparator authorities by the CIPFA nearest-neighbours method.
struct NeighboursCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "neighbours", aliases: ["neighbors"],
        abstract: "Find comparator authorities by the CIPFA nearest-neighbours method.",
        discussion: """
            Variables are standardised across the authorities considered, Euclidean distance is taken from the subject,
            and distances are rebased so the farthest is 1 [S61]. The variables are listed with the result; CIPFA's own
            2008/09 variable list and weights were not found, so the set is the workbench's. --within takes any scope
            (london by default, pilots, england after 'import authorities', or ids joined by '+').
            """,
        category: "Boroughs",
        arguments: [ArgumentSpec("borough", "the authority to find neighbours for", completion: .borough)],
        options: [
            kOption.spec, withinOption.spec,
        ],
        examples: ["neighbours bromley", "neighbours camden --k 5", "neighbours merton --within pilots"])

    /// `--k n`.
    static let kOption = Option<Int>.integer("--k", "how many neighbours (default 15, as CIPFA publishes)", in: 1...200)
    /// `--within scope` (also `--among`).
    static let withinOption = Option<AuthorityScope>.scope("which authorities to compare with (default london)")

    let id: String
    let k: Int
    let within: AuthorityScope

    init(parsing invocation: Invocation, context: CommandContext) throws {
        k = try invocation.value(Self.kOption) ?? 15
        within = try invocation.value(Self.withinOption) ?? .london
        let pool = try context.authorities(in: within)
        let typed = invocation.arguments[0]
        if let found = pool.first(where: { $0.id.rawValue == typed }) ?? AuthorityLookup.find(typed, in: pool) {
            id = found.id.rawValue
            return
        }
        // Unknown anywhere: the standard error with "Did you mean".
        let found = try context.authority(typed)
        guard case .ids = within else {
            throw WorkbenchError(
                .notFound, "'\(typed)' is not one of the authorities within \(within).",
                hint: "Widen the scope with --within (england after 'import authorities'), or name the authorities: --within \(found.id)+….",
                location: .init(argument: "<borough>"))
        }
        // A named list need not repeat the subject: it is compared with the list.
        id = found.id.rawValue
    }

    func run(in context: CommandContext) throws -> Reply {
        var pool = try context.authorities(in: within)
        if !pool.contains(where: { $0.id.rawValue == id }) { pool.append(try context.authority(id)) }
        guard let subject = BoroughID(validating: id) else { throw WorkbenchError(.notFound, "Unknown borough '\(id)'.") }
        let result = try NearestNeighbours.find(subject: subject, among: pool, k: k)
        var table = ReportTable(
            title: "Nearest neighbours of \(id) within \(within) (\(result.compared) compared)",
            columns: [
                ReportColumn("rank", "#"), ReportColumn("id", "Id"), ReportColumn("name", "Authority"),
                ReportColumn("distance", "Distance", unit: "rebased, farthest = 1"),
            ])
        for (index, neighbour) in result.neighbours.enumerated() {
            table.append([.integer(index + 1), .text(neighbour.id.rawValue), .text(neighbour.name), .number(neighbour.distance, decimals: 3)])
        }
        table.notes = ["Variables (equal weights, standardised): " + NearestNeighbours.standardVariables.map { "\($0.name) (\($0.detail))" }.joined(separator: "; ") + "."]
        if !result.excluded.isEmpty {
            table.notes.append("Left out for a missing variable: " + result.excluded.map { "\($0.id) (\($0.variable))" }.joined(separator: ", ") + ".")
        }
        let chart = ChartSpec(
            kind: .bar, title: "Nearest neighbours of \(id) within \(within)", xLabel: "Authority",
            yLabel: "Distance (rebased, farthest = 1)",
            series: [ChartSpec.Series(name: "Distance", points: result.neighbours.map { ChartSpec.Point(label: $0.name, y: $0.distance) })])
        return Reply(
            blocks: [.table(table), .chart(chart)],
            data: [("variables", .array(result.variables.map(JSONValue.string))), ("compared", .number(Double(result.compared)))])
    }
}
