import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `ahp <pairwise.csv> [--random-index saaty1980|saaty2005|donegan-dodd|alonso-lamata]`: priorities from a pairwise
/// comparison matrix with its consistency.
struct AHPCommand: ShellCommand {
    static let tables = RandomIndexTable.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "ahp", abstract: "AHP priorities from a pairwise comparison matrix, with λmax, CI and the consistency ratio.",
        discussion: """
            The file is a square CSV: a header row of the labels (after a corner cell), then one row per label, starting
            with that label, in the same order. Entries are numbers or fractions such as 1/3 (row item over column item);
            the matrix must be positive with ones on the diagonal and reciprocal (aji = 1/aij within 0.1%).
            Priorities are the principal eigenvector (power iteration to 1e-12); CI = (λmax − n)/(n − 1); CR = CI/RI.
            Random-index tables: saaty1980 (default, Saaty 1980, n ≤ 10), saaty2005 (Saaty 2005, n ≤ 15),
            donegan-dodd (Donegan & Dodd 1991, n ≤ 20), alonso-lamata (Alonso & Lamata 2006, n ≤ 15). A ratio of
            0.10 or more is flagged as inconsistent.
            """,
        category: "Decision analysis",
        arguments: [ArgumentSpec("pairwise.csv", "the pairwise comparison matrix", completion: .file)],
        options: [
            randomIndexOption.spec,
        ],
        examples: ["ahp inputs/criteria.csv", "ahp inputs/criteria.csv --random-index donegan-dodd"])

    /// `--random-index table` (any case).
    static let randomIndexOption = Option<RandomIndexTable>.named(
        "--random-index", value: "table", "the random-index table: " + tables.joined(separator: ", "), names: tables, noun: "Tables",
        lookup: { RandomIndexTable(rawValue: $0.lowercased()) })

    let file: String
    let matrix: PairwiseMatrix
    let table: RandomIndexTable

    init(parsing invocation: Invocation, context: CommandContext) throws {
        table = try invocation.value(Self.randomIndexOption) ?? .saaty1980
        file = invocation.arguments[0]
        let read = try MatrixFile.pairwise(csv: MatrixFile.text(at: context.resolveInputPath(file), file: file), file: file)
        do {
            matrix = try PairwiseMatrix(labels: read.labels, values: read.values)
        } catch var error as WorkbenchError {
            error.location = WorkbenchError.Location(file: file, field: error.location?.field)
            throw error
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        let result = try AHP.evaluate(matrix, table: table)
        var priorities = ReportTable(
            title: "AHP priorities (principal eigenvector)",
            columns: [ReportColumn("rank", "Rank"), ReportColumn("item", "Item"), ReportColumn("priority", "Priority", unit: "sums to 1")])
        for i in MCDAFormat.rankOrder(result.ranks) {
            priorities.append([.integer(result.ranks[i]), .text(result.labels[i]), .number(result.scores[i], decimals: 4)])
        }
        var consistency = "λmax \(MCDAFormat.number(result.lambdaMax)), CI \(MCDAFormat.number(result.consistencyIndex))"
        if let ri = result.randomIndex, let cr = result.consistencyRatio {
            consistency += ", RI(\(matrix.order)) \(MCDAFormat.number(ri)) [\(table.citation)], CR \(MCDAFormat.number(cr))"
            consistency += result.inconsistent ? " — inconsistent (0.10 or more)" : " — acceptable (below 0.10)"
        }
        let normalised = MCDAFormat.matrixTable(
            title: "Column-normalised matrix", side: "Item", rows: result.labels, columns: result.labels, values: result.normalised)
        var blocks: [ReplyBlock] = [.text("\(matrix.order) items from \(file)"), .table(priorities), .text(consistency), .table(normalised)]
        blocks += result.notes.map(ReplyBlock.note)
        return Reply(blocks: blocks, data: [("result", try JSONValue(encoding: result))])
    }
}
