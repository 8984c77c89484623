import WorkbenchCore
import WorkbenchReports

/// Lookups and formatting shared by `casestudies`, `evaluate` and `compare-cases`.
enum CaseStudyArguments {
    /// `--evaluator id`, as `evaluate` and `compare-cases` declare it (the id is checked against the registry by
    /// `evaluator(_:context:)`).
    static let evaluatorOption = Option<String>.text("--evaluator", value: "id", "the evaluator to use (default standard)")

    /// A registered case study the as-at date admits, or an error with "Did you mean", or the refusal of a case dated
    /// after the as-at date (without `--hindsight`).
    static func caseStudy(_ text: String, context: CommandContext, argument: String = "<case>") throws -> CaseStudy {
        if let id = CaseStudyID(validating: text), let found = context.registry.caseStudies[id] {
            guard context.assumptions.admits(found.caseStudy.evidenceDate) else {
                throw context.caseAfterAsAtError(found.caseStudy, argument: argument)
            }
            return found.caseStudy
        }
        let known = context.registry.caseStudies.keys.map(\.rawValue).sorted()
        throw WorkbenchError(
            .notFound, "Unknown case study '\(text)'." + Suggestions.didYouMean(text, in: known),
            hint: known.isEmpty
                ? "No case studies are registered: the toolkit module registers the shared ones."
                : "Type 'casestudies' for the list.",
            location: .init(argument: argument))
    }

    /// A registered evaluator, or an error naming the ones there are.
    static func evaluator(_ text: String, context: CommandContext) throws -> any CaseStudyEvaluator {
        if let id = EvaluatorID(validating: text), let found = context.registry.evaluators[id] { return found.evaluator }
        if text == "standard" { return ToolkitParts.standardEvaluator }
        let known = context.registry.evaluators.keys.map(\.rawValue).sorted()
        throw WorkbenchError(
            .notFound, "Unknown evaluator '\(text)'." + Suggestions.didYouMean(text, in: known),
            hint: "Evaluators: \(known.isEmpty ? "standard" : known.joined(separator: ", ")).",
            location: .init(argument: "--evaluator"))
    }

    /// Checks that an evaluator takes a kind of case.
    static func check(_ evaluator: any CaseStudyEvaluator, takes c: CaseStudy) throws {
        let kinds = evaluator.descriptor.kinds
        guard kinds.isEmpty || kinds.contains(c.kind) else {
            throw WorkbenchError(
                .invalidArgument,
                "The evaluator '\(evaluator.descriptor.id)' judges \(kinds.map(\.rawValue).sorted().joined(separator: ", ")) cases, but '\(c.id)' is a \(c.kind.rawValue) case.",
                hint: "Use the standard evaluator (omit --evaluator) or choose a case of that kind.",
                location: .init(argument: "--evaluator"))
        }
    }

    /// The profiles the workbench has for a case's partners.
    static func partnerProfiles(_ c: CaseStudy, context: CommandContext) throws -> [BoroughProfile] {
        let profiles = try context.resolvedProfiles()
        return c.partners.compactMap { profiles[$0] }
    }

    /// The cash-flow schedule of `case:<id>` applied to a subject, for `appraise` and `simulate`; nil when `what`
    /// does not start with `case:`. The driver is the first both sides have (see `CaseTransfer`).
    /// - Throws: `missingFigure` when the case records no one-off cost (missing, never read as zero).
    static func transferSchedule(_ what: String, inputs: SubjectInputs, context: CommandContext) throws -> CashFlowSchedule? {
        guard what.hasPrefix("case:") else { return nil }
        let c = try caseStudy(String(what.dropFirst("case:".count)), context: context, argument: "<what>")
        let transfer = try ToolkitParts.transfer(applying: c, caseProfiles: partnerProfiles(c, context: context), to: inputs)
        if transfer.oneOffCostMissing { throw transfer.missingCostError(case: c.id, subject: inputs.subject, argument: "<what>") }
        return transfer.schedule
    }

    /// A finding's value as a table cell, by its unit (a percentage is a fraction in JSON, as every percentage is).
    static func cell(_ finding: EvaluationFinding?) -> ReportCell {
        guard let finding, let value = finding.value else { return .missing }
        switch finding.unit ?? "" {
        case let unit where unit.hasPrefix("£/resident"): return .described(value, text: "£" + MoneyFormat.fixed(value, decimals: 2))
        case let unit where unit.hasPrefix("£"): return .money(value)
        case "%": return .described(value / 100, text: MoneyFormat.fixed(value, decimals: 1) + "%")
        case "0–1": return .number(value, decimals: 2)
        default: return value.rounded() == value ? .number(value, decimals: 0) : .number(value, decimals: 1)
        }
    }

    /// `[S14][S15]`.
    static func tags(_ provenance: Provenance?) -> String {
        provenance?.sources.map(\.description).joined() ?? ""
    }

    /// `2011`, or `–` when unknown.
    static func year(_ year: Int?) -> String { year.map(String.init) ?? "–" }

    /// `July 2011`, `2011`, or `–` when unknown: a date as precisely as the source gives it.
    static func date(_ date: EvidenceDate?) -> String { date?.description ?? "–" }

    /// `decided July 2011, after the as-at date 31 March 2011 (…)` for a case shown only by hindsight; nil for a case
    /// known at the as-at date.
    static func hindsightText(_ c: CaseStudy, context: CommandContext) -> String? {
        guard !context.assumptions.knownAtAsAt(c.evidenceDate) else { return nil }
        return "\(c.evidenceDateText), after the as-at date \(context.assumptions.asAtDescription)"
    }
}
