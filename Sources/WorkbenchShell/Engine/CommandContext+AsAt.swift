public import WorkbenchCore

/// The registered case studies as at the workspace's decision date: the one filter `casestudies`, `evaluate`,
/// `compare-cases` and `support peers` apply, by the rule the options framework applies to a borough's own
/// arrangements (`Assumptions.knownAtAsAt`).
extension CommandContext {
    /// `--hindsight`, declared by every command that filters evidence by the as-at date.
    public static let hindsightFlag = Flag(
        "--hindsight",
        "include case studies, peers and arrangements dated after the workspace's as-at date (marked hindsight)")

    /// A registered case study with its module and whether it is shown only by hindsight.
    public struct DatedCase: Sendable {
        /// The case.
        public let caseStudy: CaseStudy
        /// The module that registered it.
        public let module: ModuleID
        /// Whether it is dated after the as-at date (or undated) and shown only because of `--hindsight`.
        public let isHindsight: Bool
    }

    /// Every registered case study the as-at date admits, sorted by id, and how many it left out.
    public func casesAsAt() -> (cases: [DatedCase], leftOut: Int) {
        let assumptions = self.assumptions
        var kept: [DatedCase] = []
        var leftOut = 0
        for (caseStudy, module) in registry.caseStudies.values.sorted(by: { $0.caseStudy.id < $1.caseStudy.id }) {
            let known = assumptions.knownAtAsAt(caseStudy.evidenceDate)
            if known || assumptions.hindsight {
                kept.append(DatedCase(caseStudy: caseStudy, module: module, isHindsight: !known))
            } else {
                leftOut += 1
            }
        }
        return (kept, leftOut)
    }

    /// The one line a command adds when the as-at date left evidence out, or marks it hindsight; nil when neither.
    /// - Parameters:
    ///   - noun: what was left out, plural (`case studies`).
    ///   - leftOut: how many were left out.
    ///   - hindsight: how many are shown only by hindsight.
    public func asAtNote(_ noun: String, leftOut: Int, hindsight: Int) -> String? {
        let asAt = assumptions.asAtDescription
        if leftOut > 0 {
            return "As at \(asAt): \(leftOut) \(noun) dated after it (or undated) left out; --hindsight includes them, marked."
        }
        if hindsight > 0 {
            return "Hindsight: \(hindsight) \(noun) dated after the as-at date, \(asAt), included and marked 'hindsight'."
        }
        return nil
    }

    /// The refusal for a case named on the command line that the as-at date leaves out.
    public func caseAfterAsAtError(_ caseStudy: CaseStudy, argument: String = "<case>") -> WorkbenchError {
        WorkbenchError(
            .invalidArgument,
            "The case study '\(caseStudy.id)' is \(caseStudy.evidenceDateText), after the workspace's as-at date, "
                + "\(assumptions.asAtDescription): it was not known then.",
            hint: "Add --hindsight to use it anyway (marked hindsight), or move the as-at date with 'set as-at YYYY-MM-DD'.",
            location: .init(argument: argument))
    }
}
