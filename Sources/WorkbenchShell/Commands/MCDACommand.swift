import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `mcda <method> <matrix.csv> --weights … [--cost …] [--swing] [--preference …]…`: ranks the options of a decision
/// matrix by the weighted sum, TOPSIS or PROMETHEE II.
struct MCDACommand: ShellCommand {
    static let spec = CommandSpec(
        name: "mcda", abstract: "Rank options on several criteria: weighted sum (wsm), TOPSIS or PROMETHEE II.",
        discussion: """
            The matrix is a CSV file: a header of criterion names (its first cell names the option column) and one row
            per option, the option's name first; scores are numbers or fractions such as 1/3. Relative paths are looked
            up in the workspace folder first, then the current directory. Criteria in --cost and --preference may be
            named or numbered (1 = the first criterion column).
            wsm: min-max normalisation, benefit (x − min)/(max − min), cost (max − x)/(max − min); a criterion on which all
            options score the same contributes nothing. --swing reads the weights as the value of moving each criterion
            from its worst to its best option.
            topsis: vector normalisation, weighted; distances to the ideal and anti-ideal; closeness D⁻/(D⁺ + D⁻).
            promethee: PROMETHEE II with a preference function per criterion (default usual): usual, u-shape:q=,
            v-shape:p=, level:q=:p=, linear:q=:p=, gaussian:s=, thresholds in the criterion's units; positive, negative
            and net flows. Ranks: 1 best, tied scores share the better rank. Weights that do not sum to 1 are normalised.
            """,
        category: "Decision analysis",
        arguments: [
            ArgumentSpec("method", "wsm, topsis or promethee", completion: .values(MCDAArguments.methods)),
            ArgumentSpec("matrix.csv", "the decision matrix", completion: .file),
        ],
        options: MCDAArguments.options,
        examples: [
            "mcda wsm inputs/options.csv --weights 0.4,0.3,0.3 --cost 1",
            "mcda topsis inputs/options.csv --weights 2,1,1 --cost cost",
            "mcda promethee inputs/options.csv --weights 0.5,0.3,0.2 --cost 1 --preference 1=linear:q=10000:p=50000",
        ])

    let arguments: MCDAArguments

    init(parsing invocation: Invocation, context: CommandContext) throws {
        arguments = try MCDAArguments(
            method: invocation.arguments[0], file: invocation.arguments[1], invocation: invocation, context: context)
    }

    func run(in context: CommandContext) throws -> Reply {
        let matrix = arguments.matrix
        let weights = arguments.weights
        var columns = [ReportColumn("rank", "Rank"), ReportColumn("option", "Option")]
        var extra: [[Double]] = []
        let scores: [Double], ranks: [Int], normalised: [Double], notes: [String], title: String, normalisedTitle: String
        let json: JSONValue
        switch arguments.method {
        case let .weightedSum(directions):
            let result = try WeightedSum.evaluate(matrix, weights: weights, directions: directions, weighting: arguments.swing ? .swing : .direct)
            (scores, ranks, normalised, notes) = (result.scores, result.ranks, result.normalised, result.notes)
            title = "Weighted sum" + (arguments.swing ? " (swing weights)" : "")
            normalisedTitle = "Min-max normalised scores (0 worst, 1 best)"
            columns.append(ReportColumn("score", "Score", unit: "0-1"))
            json = try JSONValue(encoding: result)
        case let .topsis(directions):
            let result = try TOPSIS.evaluate(matrix, weights: weights, directions: directions)
            (scores, ranks, normalised, notes) = (result.scores, result.ranks, result.normalised, result.notes)
            title = "TOPSIS"
            normalisedTitle = "Vector-normalised scores (before weighting)"
            columns += [
                ReportColumn("closeness", "Closeness", unit: "0-1"), ReportColumn("d_ideal", "D+ (ideal)"),
                ReportColumn("d_anti_ideal", "D- (anti-ideal)"),
            ]
            extra = [result.distanceToIdeal, result.distanceToAntiIdeal]
            json = try JSONValue(encoding: result)
        case let .promethee(directions, preferences):
            let result = try PROMETHEE.evaluate(matrix, weights: weights, directions: directions, preferences: preferences)
            (scores, ranks, normalised, notes) = (result.scores, result.ranks, result.normalised, result.notes)
            title = "PROMETHEE II (" + zip(matrix.criteria, preferences).map { "\($0) \($1.summary)" }.joined(separator: "; ") + ")"
            normalisedTitle = "Single-criterion net flows"
            columns += [
                ReportColumn("net_flow", "Net flow", unit: "-1 to 1"), ReportColumn("positive_flow", "Flow+"),
                ReportColumn("negative_flow", "Flow-"),
            ]
            extra = [result.positiveFlows, result.negativeFlows]
            json = try JSONValue(encoding: result)
        }
        var table = ReportTable(title: title, columns: columns)
        for i in MCDAFormat.rankOrder(ranks) {
            table.append([.integer(ranks[i]), .text(matrix.options[i]), .number(scores[i], decimals: 4)] + extra.map { .number($0[i], decimals: 4) })
        }
        let normalisedTable = MCDAFormat.matrixTable(
            title: normalisedTitle, rows: matrix.options, columns: matrix.criteria, values: normalised)
        return Reply(
            blocks: [.text(arguments.summary), .table(table), .table(normalisedTable)] + notes.map(ReplyBlock.note),
            data: [("result", json)])
    }
}
