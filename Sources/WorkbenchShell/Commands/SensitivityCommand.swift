import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `sensitivity weights <method> <matrix.csv> --weights … [--cost …] [--preference …]…`: how far each criterion's
/// weight can move before the top option changes.
struct SensitivityCommand: ShellCommand {
    /// The kinds of sensitivity analysis this command runs; add a case here for another kind.
    static let kinds = ["weights"]

    static let spec = CommandSpec(
        name: "sensitivity", abstract: "How far each criterion weight can move before the top-ranked option changes.",
        discussion: """
            For each criterion, its weight is moved down towards 0 and up towards 1 while the other weights are rescaled
            in proportion so they still sum to 1. The table gives the weight at which the top option first changes in
            each direction (found by scanning in 200 steps, then bisection), and the option that takes over; – means the
            top option stays the same over the whole range. Takes the same method, matrix and options as 'mcda'.
            """,
        category: "Decision analysis",
        arguments: [
            ArgumentSpec("kind", "what to vary: weights", completion: .values(kinds)),
            ArgumentSpec("method", "wsm, topsis or promethee", completion: .values(MCDAArguments.methods)),
            ArgumentSpec("matrix.csv", "the decision matrix", completion: .file),
        ],
        options: MCDAArguments.options,
        examples: ["sensitivity weights topsis inputs/options.csv --weights 0.4,0.3,0.3 --cost 1"])

    let arguments: MCDAArguments

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let kind = invocation.arguments[0]
        guard Self.kinds.contains(kind) else {
            throw WorkbenchError(
                .invalidArgument, "Unknown sensitivity analysis '\(kind)'." + Suggestions.didYouMean(kind, in: Self.kinds),
                hint: "Kinds: \(Self.kinds.joined(separator: ", ")).", location: .init(argument: "<kind>"))
        }
        arguments = try MCDAArguments(
            method: invocation.arguments[1], file: invocation.arguments[2], invocation: invocation, context: context)
    }

    func run(in context: CommandContext) throws -> Reply {
        // Ctrl-C stops it between criteria (each takes microseconds), as it stops 'simulate'.
        let environment = context.environment
        let control = SimulationControl(isCancelled: { environment.isCancelled }, progress: environment.progress)
        let result = try WeightSensitivity.analyse(
            arguments.matrix, weights: arguments.weights, method: arguments.method, control: control)
        var table = ReportTable(
            title: "Weight sensitivity (\(result.method)); top option: \(result.top.joined(separator: ", "))",
            columns: [
                ReportColumn("criterion", "Criterion"), ReportColumn("weight", "Weight"),
                ReportColumn("falls_to", "Can fall to"), ReportColumn("fall", "Change"), ReportColumn("then_top", "Then top"),
                ReportColumn("rises_to", "Can rise to"), ReportColumn("rise", "Change"), ReportColumn("then_top_up", "Then top"),
            ])
        for entry in result.entries {
            var row: [ReportCell] = [.text(entry.criterion), .number(entry.weight, decimals: 4)]
            for threshold in [entry.decrease, entry.increase] {
                if let threshold {
                    row += [.number(threshold.weight, decimals: 4), .number(threshold.change, decimals: 4), .text(threshold.newTop.joined(separator: ", "))]
                } else {
                    row += [.missing, .missing, .missing]
                }
            }
            table.append(row)
        }
        table.notes = ["– means the top option stays the same over the whole range in that direction."]
        return Reply(
            blocks: [.text(arguments.summary), .table(table)] + result.notes.map(ReplyBlock.note),
            data: [("result", try JSONValue(encoding: result))])
    }
}
