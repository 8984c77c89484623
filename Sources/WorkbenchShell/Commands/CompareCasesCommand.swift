import WorkbenchCore
import WorkbenchReports

/// `compare-cases <case> <case>…`: case studies side by side under the standard evaluation.
struct CompareCasesCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "compare-cases", abstract: "Set case studies side by side: savings, delivery, timing, posts, confidence.",
        discussion: "Each column is one case under the standard evaluator (or --evaluator). A dash means the case does not evidence it.",
        category: "Case studies",
        arguments: [ArgumentSpec("cases", "two or more case study ids", arity: .oneOrMore, completion: .caseStudy)],
        options: [CaseStudyArguments.evaluatorOption.spec, CommandContext.hindsightFlag.spec],
        examples: [
            "compare-cases hounslow-outsourcing london-libraries-consortium",
            "compare-cases bexley-bromley-shared-service tri-borough-libraries --hindsight",
        ])

    let cases: [CaseStudy]
    let evaluator: any CaseStudyEvaluator

    init(parsing invocation: Invocation, context: CommandContext) throws {
        guard invocation.arguments.count >= 2 else {
            throw WorkbenchError(
                .usage, "compare-cases needs at least two case studies, but \(invocation.arguments.count) was given.",
                hint: "Usage: \(Self.spec.usage)\nType 'casestudies' for the list.", location: .init(argument: "<cases>"))
        }
        cases = try invocation.arguments.map { try CaseStudyArguments.caseStudy($0, context: context, argument: "<cases>") }
        evaluator = try CaseStudyArguments.evaluator(try invocation.value(CaseStudyArguments.evaluatorOption) ?? "standard", context: context)
        for c in cases { try CaseStudyArguments.check(evaluator, takes: c) }
    }

    func run(in context: CommandContext) throws -> Reply {
        let evaluations = try cases.map { try context.registry.evaluate(evaluator, $0, partners: try CaseStudyArguments.partnerProfiles($0, context: context)) }
        var table = ReportTable(
            title: "Case studies side by side (\(evaluator.descriptor.id))",
            columns: [ReportColumn("measure", "Measure")] + cases.map { ReportColumn($0.id.rawValue, $0.id.rawValue) })
        func row(_ label: String, _ cell: (CaseStudy, CaseEvaluation) -> ReportCell) {
            table.append([.text(label)] + zip(cases, evaluations).map { cell($0, $1) })
        }
        func finding(_ label: String) -> (CaseStudy, CaseEvaluation) -> ReportCell {
            { _, e in CaseStudyArguments.cell(e.findings.first { $0.label == label }) }
        }
        row("Kind") { c, _ in .text(c.kind.rawValue) }
        row("Partners") { c, _ in .text(c.partners.map(\.rawValue).joined(separator: ", ")) }
        row("Decided") { c, _ in .text(CaseStudyArguments.date(c.decisionDate)) }
        row("Started") { c, _ in .text(CaseStudyArguments.date(c.startDate)) }
        if context.hindsight {
            row("As at") { c, _ in .text(CaseStudyArguments.hindsightText(c, context: context) == nil ? "known" : "hindsight") }
        }
        row("Planned saving (£/year)", finding("Planned annual saving"))
        row("Reported saving (£/year)", finding("Reported annual saving"))
        row("Delivered against plan", finding("Savings delivered against plan"))
        row("Years to first savings") { _, e in
            CaseStudyArguments.cell(e.findings.first { $0.label.hasPrefix("Time") && $0.label.contains("first savings") })
        }
        row("Years to full savings") { _, e in
            CaseStudyArguments.cell(e.findings.first { $0.label.hasPrefix("Time") && $0.label.contains("full savings") })
        }
        row("Saving per partner (£/year)", finding("Savings per partner"))
        row("Saving per head (£/year)", finding("Savings per head"))
        row("Posts before", finding("Posts before"))
        row("Posts after", finding("Posts after"))
        row("One-off cost (£)") { _, e in
            CaseStudyArguments.cell(e.findings.first { $0.label.hasPrefix("One-off cost (") })
        }
        row("Measures kept or improved", finding("Improvements kept or lost"))
        row("Not judged") { _, e in .integer(e.couldNotJudge.count) }
        row("Confidence") { _, e in .number(e.confidence, decimals: 2) }
        row("Sources") { c, _ in .text(c.citedSources.map(\.description).joined()) }
        table.notes = ["Confidence: planned saving 0.2, reported saving 0.3, dates 0.1, posts or one-off costs 0.1, service measures 0.2, a dated reported saving 0.1; each scored published 1, derived 0.75, estimate 0.5, missing 0."]
        return Reply(
            blocks: [.table(table)],
            data: [("evaluations", .array(try evaluations.map { try JSONValue(encoding: $0) }))])
    }
}
