public import WorkbenchCore

/// Checks a case-study evaluator against the rules every evaluator must keep, toolkit's or a borough's, and returns
/// one sentence per problem (empty when it keeps them all), for XCTest and Swift Testing alike.
///
/// The descriptor: a valid id, a title and summary. For each case of a kind it evaluates (all when its kinds are
/// empty), with `partners`: the evaluation succeeds, names the case and the evaluator, gives a confidence from 0 to 1,
/// at least one finding or one thing it could not judge, finite finding values, a text for every finding, and the
/// same evaluation when run again. At least one case must be of a kind it evaluates.
///
/// - Parameters:
///   - evaluator: the evaluator to check.
///   - cases: the case studies to evaluate (those of other kinds are skipped).
///   - partners: the profiles of the cases' partners that the workbench has.
/// - Returns: the problems found, as sentences naming the evaluator.
public func checkEvaluator(
    _ evaluator: any CaseStudyEvaluator, cases: [CaseStudy], partners: [BoroughProfile]
) -> [String] {
    let descriptor = evaluator.descriptor
    var problems: [String] = []
    func problem(_ text: String) { problems.append("\(descriptor.id): \(text)") }

    if !EvaluatorID.isValid(descriptor.id.rawValue) { problem("the id is not a valid id.") }
    if descriptor.title.trimmingWhitespace().isEmpty { problem("the descriptor has no title.") }
    if descriptor.summary.trimmingWhitespace().isEmpty { problem("the descriptor has no summary.") }

    let judged = cases.filter { descriptor.kinds.isEmpty || descriptor.kinds.contains($0.kind) }
    if judged.isEmpty { problem("none of the \(cases.count) cases given is of a kind it evaluates.") }
    for caseStudy in judged {
        let name = "the case '\(caseStudy.id)'"
        let evaluation: CaseEvaluation
        do {
            evaluation = try evaluator.evaluate(caseStudy, partners: partners)
        } catch {
            problem("evaluating \(name) threw: \(error)")
            continue
        }
        if evaluation.caseStudy != caseStudy.id { problem("the evaluation of \(name) names '\(evaluation.caseStudy)'.") }
        if evaluation.evaluator != descriptor.id { problem("the evaluation of \(name) names the evaluator '\(evaluation.evaluator)'.") }
        if !(0...1).contains(evaluation.confidence) {
            problem("the confidence for \(name) is \(evaluation.confidence), outside 0 to 1.")
        }
        if evaluation.findings.isEmpty && evaluation.couldNotJudge.isEmpty {
            problem("the evaluation of \(name) has no finding and says nothing it could not judge.")
        }
        for finding in evaluation.findings {
            if let value = finding.value, !value.isFinite {
                problem("the finding '\(finding.label)' for \(name) has the value \(value).")
            }
            if finding.text.trimmingWhitespace().isEmpty || finding.label.trimmingWhitespace().isEmpty {
                problem("a finding for \(name) has no label or no text.")
            }
        }
        if let again = try? evaluator.evaluate(caseStudy, partners: partners), again != evaluation {
            problem("two evaluations of \(name) differ.")
        }
    }
    return problems
}
