import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `portfolio [<subject>|<scope>] [--weights …|--ahp <file>] [--max-size k]`: every candidate project scored on
/// strategic impact and on risk-adjusted NPV, with the Pareto frontier and the four quadrants.
struct PortfolioCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "portfolio", abstract: "Score every candidate project on strategic impact against financial return.",
        discussion: """
            Candidates: each borough's short-listed options (costed by their calculators; a borough without a module
            through its profile derived from the datasets, so an option needing a budget it lacks is left out, named)
            and, for two or more boroughs,
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
        arguments: [ArgumentSpec("subject", "a borough, a group such as bexley+bromley, or a scope: pilots (default), london, england",
                                 arity: .optional, completion: .scope)],
        options: [
            weightsOption.spec, ahpOption.spec, maxSizeOption.spec,
        ],
        examples: ["portfolio", "portfolio bexley+bromley", "portfolio pilots --weights 3,1,2,1,1,1,1,1,1,1"])

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
        let text = invocation.argument(0) ?? "pilots"
        switch try AuthorityScope.read(text, argument: "<subject>") {
        case .pilots:
            boroughs = context.registry.boroughIDs
            label = "the \(boroughs.count) pilots"
        case .ids:
            let inputs = try context.subjectInputs(text)
            boroughs = inputs.subject.boroughs
            label = inputs.subject.description
        case let scope:
            // London or England: every authority of the scope, those without a module through derived profiles.
            let members = try context.authorities(in: scope, argument: "<subject>")
            boroughs = members.map(\.id)
            label = context.scopeLabel(scope, count: members.count)
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
        ] + Self.shortened(built.notes) + (context.hasLibraryGeography ? [AccessEvidence.portfolioNote] : [])
            + ["Partnerships here are split by size profile among the boroughs, as 'partners optimise … --geography any': "
                + "any group, valued without the cost per km between members that 'partners' adds with its default geography."]
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
            ] + (Self.shortened(built.notes) == built.notes ? [] : [
                ("left_out", .array(built.notes.filter { $0.hasPrefix("Left out ") }.map(JSONValue.string))),
            ]))
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

    /// Notes as built, or for a wide scope shortened so the screen stays readable: the first ten "Left out" notes
    /// and a count of the rest (the JSON's `left_out` lists every one), and the stand-in notes of one choice as one
    /// note naming the boroughs.
    static func shortened(_ notes: [String]) -> [String] {
        let leftOut = notes.filter { $0.hasPrefix("Left out ") }
        let marker = "'s long list has no "
        var standIns: [String: [String]] = [:]
        var order: [String] = []
        for note in notes {
            guard let range = note.range(of: marker) else { continue }
            let rest = String(note[range.upperBound...])
            if standIns[rest] == nil { order.append(rest) }
            standIns[rest, default: []].append(String(note[..<range.lowerBound]))
        }
        guard leftOut.count > 12 || standIns.values.contains(where: { $0.count > 12 }) else { return notes }
        var out: [String] = []
        var done = Set<String>()
        for note in notes {
            if note.hasPrefix("Left out ") { continue }
            if let range = note.range(of: marker) {
                let rest = String(note[range.upperBound...])
                guard let who = standIns[rest], done.insert(rest).inserted else { continue }
                out.append(who.count > 12
                    ? "\(who.count) boroughs' long lists (\(who.prefix(5).joined(separator: ", ")), …) have no "
                        + rest.replacingOccurrences(of: "; its ", with: "; their ")
                    : note)
                if who.count <= 12 { out += who.dropFirst().map { $0 + marker + rest } }
                continue
            }
            out.append(note)
        }
        if leftOut.count > 12 {
            out += leftOut.prefix(10) + ["… and \(leftOut.count - 10) more options left out for a missing figure (all in the JSON's left_out)."]
        } else {
            out += leftOut
        }
        return out
    }
}
