import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `portfolio [<subject>|london] [--weights …|--ahp <file>] [--max-size k]`: every candidate project scored on
/// strategic impact and on risk-adjusted NPV, with the Pareto frontier and the four quadrants.
struct PortfolioCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "portfolio", abstract: "Score every candidate project on strategic impact against financial return.",
        discussion: """
            Candidates: each pilot's short-listed options (costed by their calculators) and, for two or more pilots,
            the partnerships of the best split among them for each partnership project ('partners optimise'). Impact is
            the weighted sum (min-max normalised, swing weights) of each candidate's scores (0–3) from the options
            framework on the workspace's objectives (obj:) and critical success factors (csf:); a partnership takes its
            project's choice's scores, averaged over its members. Weights: --weights in criterion order (swing weights;
            default equal), or --ahp with a pairwise matrix of the criteria whose AHP priorities become the weights.
            Return is the risk-adjusted NPV: the Green Book NPV with the workspace's optimism bias on one-off costs [S55].
            Quadrants split at the median impact and the median return: priority (high, high), strategic investment
            (high impact, low return), quick win (low impact, high return), reconsider (low, low). The frontier holds
            the candidates no other beats on both.
            """,
        category: "Partnerships",
        arguments: [ArgumentSpec("subject", "a pilot, a group such as bexley+bromley, or 'london' for all pilots (default)",
                                 arity: .optional, completion: .subject)],
        options: [
            weightsOption.spec, ahpOption.spec, maxSizeOption.spec,
        ],
        examples: ["portfolio", "portfolio bexley+bromley", "portfolio london --weights 3,1,2,1,1,1,1,1,1,1"])

    /// `--weights w1,w2,…` (checked against the criteria when the command runs).
    static let weightsOption = Weights.option("--weights", "swing weights in criterion order (default equal)")
    /// `--ahp file.csv`.
    static let ahpOption = Option<String>.text(
        "--ahp", value: "file.csv", "a pairwise comparison matrix of the criteria; its AHP priorities are the weights", completion: .file)
    /// `--max-size k`.
    static let maxSizeOption = Option<Int>.integer("--max-size", value: "k", "the largest partnership (default 4)", in: 2...8)

    let boroughs: [BoroughID]
    let label: String
    let givenWeights: [Double]?
    let ahpFile: String?
    let maxSize: Int

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let text = invocation.argument(0) ?? "london"
        if text == "london" || text == "pilots" {
            boroughs = context.registry.boroughIDs
            label = "the \(boroughs.count) pilots"
        } else {
            let inputs = try context.subjectInputs(text)
            boroughs = inputs.subject.boroughs
            label = inputs.subject.description
        }
        givenWeights = try invocation.value(Self.weightsOption)
        ahpFile = try invocation.value(Self.ahpOption)
        if givenWeights != nil, ahpFile != nil {
            throw WorkbenchError(
                .usage, "Give either '--weights' or '--ahp', not both.", hint: "Usage: \(Self.spec.usage)",
                location: .init(argument: "--ahp"))
        }
        maxSize = try invocation.value(Self.maxSizeOption) ?? 4
    }

    func run(in context: CommandContext) throws -> Reply {
        let (built, bases) = try context.portfolioCandidates(boroughs: boroughs, maxSize: maxSize)
        let names = built.criteria.map(\.name)
        let (weights, weightNote) = try self.weights(names, context: context)
        guard built.candidates.count >= 2 else {
            throw WorkbenchError(
                .missingFigure, "Only \(built.candidates.count) candidate project could be costed for \(label); a portfolio needs two.",
                hint: "Name more pilots, or 'london'.")
        }
        let portfolio = try Portfolio.assess(built.candidates, criteria: names, weights: weights, weighting: .swing)
        var table = ReportTable(
            title: "Portfolio for \(label): strategic impact against risk-adjusted NPV",
            columns: [
                ReportColumn("candidate", "Candidate"), ReportColumn("kind", "Kind"), ReportColumn("impact", "Impact", unit: "0–1"),
                ReportColumn("npv", "Risk-adj. NPV", unit: "£"), ReportColumn("frontier", "Frontier"),
                ReportColumn("quadrant", "Quadrant"),
            ])
        for entry in portfolio.entries {
            table.append([
                .text(entry.candidate.id), .text(entry.candidate.kind), .number(entry.impact, decimals: 3),
                .money(entry.candidate.riskAdjustedNPV), .text(entry.onFrontier ? "yes" : ""), .text(entry.quadrant.rawValue),
            ])
        }
        table.notes = [
            "Quadrants split at the median impact \(MoneyFormat.fixed(portfolio.impactSplit, decimals: 3)) and the median "
                + "risk-adjusted NPV \(MoneyFormat.compact(portfolio.returnSplit)).",
            weightNote,
            "Risk-adjusted NPV: Green Book NPV over the workspace's horizon at \(context.assumptions.discountRate) with "
                + "optimism bias (\(context.assumptions.optimismBias)) on one-off costs [S53][S54][S55].",
        ] + built.notes + (context.hasLibraryGeography ? [AccessEvidence.portfolioNote] : [])
        let weightTable = ReportTable(
            title: "Criteria and weights",
            columns: [ReportColumn("criterion", "Criterion"), ReportColumn("weight", "Weight")],
            rows: zip(names, portfolio.weighting.weights.values).map { [.text($0), .number($1, decimals: 4)] })
        let frontier = portfolio.entries.filter(\.onFrontier).sorted { $0.impact < $1.impact }
        let chart = ChartSpec(
            kind: .scatter, title: "Portfolio for \(label): impact against return", xLabel: "Strategic impact (0–1)",
            yLabel: "Risk-adjusted NPV (£)",
            series: [
                ChartSpec.Series(
                    name: "Candidates",
                    points: portfolio.entries.map { ChartSpec.Point(label: $0.candidate.id, x: $0.impact, y: $0.candidate.riskAdjustedNPV) },
                    mark: .points),
                ChartSpec.Series(
                    name: "Pareto frontier",
                    points: frontier.map { ChartSpec.Point(label: $0.candidate.id, x: $0.impact, y: $0.candidate.riskAdjustedNPV) },
                    mark: .pointsAndLine),
            ],
            references: [ChartSpec.Reference(label: "median NPV", value: portfolio.returnSplit)])
        // Options carry the one costing's NPV ('appraise <option> <borough>'); partnerships the partnership model's
        // risk-adjusted NPV, a different basis the first line states, each beside the project's own costing.
        let first = "Basis: options at the NPV 'appraise <option> <borough>' gives; partnerships at the partnership "
            + "model's, with optimism bias on one-off costs." + (bases.isEmpty ? "" : "\n" + bases.map(\.line).joined(separator: "\n"))
        return Reply(
            blocks: [.text(first), .table(table), .table(weightTable), .chart(chart)],
            data: [
                ("basis", .array(bases.map(\.json))),
                ("candidates", .array(portfolio.entries.map { entry in
                    .object([
                        ("id", .string(entry.candidate.id)), ("kind", .string(entry.candidate.kind)),
                        ("impact", .number(entry.impact)), ("risk_adjusted_npv", .number(entry.candidate.riskAdjustedNPV)),
                        ("frontier", .bool(entry.onFrontier)), ("quadrant", .string(entry.quadrant.rawValue)),
                    ])
                })),
                ("impact_split", .number(portfolio.impactSplit)), ("return_split", .number(portfolio.returnSplit)),
            ])
    }

    /// The weights and a sentence saying where they came from.
    func weights(_ names: [String], context: CommandContext) throws -> ([Double], String) {
        if let given = givenWeights {
            _ = try Weights(given, criteria: names)
            return (given, "Swing weights as given (--weights), in criterion order.")
        }
        if let ahpFile {
            let read = try MatrixFile.pairwise(csv: MatrixFile.text(at: context.resolveInputPath(ahpFile), file: ahpFile), file: ahpFile)
            let matrix = try PairwiseMatrix(labels: read.labels, values: read.values)
            let result = try AHP.evaluate(matrix)
            let weights = try names.map { name -> Double in
                guard let index = result.labels.firstIndex(where: { $0.trimmingWhitespace().lowercased() == name.lowercased() }) else {
                    throw WorkbenchError(
                        .invalidFile, "The pairwise matrix '\(ahpFile)' has no row for the criterion '\(name)'.",
                        hint: "Label its rows and columns with the criteria: \(names.joined(separator: ", ")).",
                        location: .init(file: ahpFile))
                }
                return result.scores[index]
            }
            let consistency = result.consistencyRatio.map { ", CR \(MoneyFormat.fixed($0, decimals: 3))" } ?? ""
            return (weights, "Weights: AHP priorities from \(ahpFile)\(consistency)" + (result.inconsistent ? " (inconsistent: CR ≥ 0.10)." : "."))
        }
        return (Array(repeating: 1, count: names.count), "Equal swing weights (none given): pass --weights or --ahp to set them.")
    }
}
