public import WorkbenchCore

/// How much of a case is evidenced, from 0 to 1: a weighted share of its key measures, each scored by its evidence
/// (published 1, derived 0.75, estimate 0.5, missing 0).
///
/// | part | weight | score |
/// |---|---|---|
/// | planned annual saving | 0.20 | its evidence × the share of partners it covers |
/// | reported annual saving | 0.30 | its evidence × the share of partners it covers |
/// | decision and start years | 0.10 | 0.05 each when known, × the dates' evidence (0.5 when unsourced) |
/// | posts or one-off costs | 0.10 | the best evidence among posts before/after/lost and one-off costs |
/// | service measures before and after | 0.20 | the mean evidence of measures with both values |
/// | a dated reported saving (time to full savings) | 0.10 | its evidence |
public struct CaseConfidence: Hashable, Sendable {
    /// One part of the formula.
    public struct Part: Hashable, Sendable {
        /// What it scores.
        public var label: String
        /// Its weight (the weights add up to 1).
        public var weight: Double
        /// Its score from 0 to 1.
        public var score: Double
    }

    /// The parts, in the order of the table above.
    public let parts: [Part]

    /// The confidence: the sum of weight × score.
    public var value: Double { parts.reduce(0) { $0 + $1.weight * $1.score } }

    /// The formula applied, in words: `0.20×0.75 (planned annual saving) + …`.
    public var explanation: String {
        let terms = parts.map { "\(MoneyFormat.fixed($0.weight, decimals: 2))×\(MoneyFormat.fixed($0.score, decimals: 2)) (\($0.label))" }
        return "\(MoneyFormat.fixed(value, decimals: 2)) = " + terms.joined(separator: " + ")
            + ". Evidence scores: published 1, derived 0.75, estimate 0.5, missing 0."
    }

    /// Scores a case.
    public init(_ c: CaseStudy) {
        let planned = CaseTotal.read(CaseFigure.Measure.annualSaving, in: c.planned, partners: c.partners)
        let reported = CaseTotal.read(CaseFigure.Measure.annualSaving, in: c.reported, partners: c.partners)
        func score(_ total: CaseTotal?) -> Double {
            guard let total else { return 0 }
            return CaseTotal.weight(of: total.evidence) * total.coverage(of: c.partners)
        }
        let dateWeight = c.datesProvenance.map { CaseTotal.weight(of: $0.kind) } ?? 0.5
        let dates = (c.decided == nil ? 0 : 0.5) + (c.started == nil ? 0 : 0.5)
        let resourceMeasures = [
            CaseFigure.Measure.postsBefore, CaseFigure.Measure.postsAfter, CaseFigure.Measure.postsLost,
            CaseFigure.Measure.oneOffCost,
        ]
        let resources = (c.planned + c.reported).filter { resourceMeasures.contains($0.measure) }
            .map { CaseTotal.weight(of: $0.provenance.kind) }.max() ?? 0
        let complete = c.measures.filter { $0.before != nil && $0.after != nil }
            .map { CaseTotal.weight(of: $0.provenance.kind) }
        let measures = complete.isEmpty ? 0 : complete.reduce(0, +) / Double(complete.count)
        let dated = c.reported.filter { $0.measure == CaseFigure.Measure.annualSaving && $0.year != nil }
            .map { CaseTotal.weight(of: $0.provenance.kind) }.max() ?? 0
        parts = [
            Part(label: "planned annual saving", weight: 0.2, score: score(planned)),
            Part(label: "reported annual saving", weight: 0.3, score: score(reported)),
            Part(label: "decision and start years", weight: 0.1, score: dates * dateWeight),
            Part(label: "posts or one-off costs", weight: 0.1, score: resources),
            Part(label: "service measures before and after", weight: 0.2, score: measures),
            Part(label: "a dated reported saving", weight: 0.1, score: dated),
        ]
    }
}

extension StandardCaseEvaluator {
    /// The confidence formula in one sentence, for the provenance of the confidence finding.
    static let confidenceMethod =
        "weighted share of key measures evidenced: planned saving 0.2, reported saving 0.3, dates 0.1, posts or one-off costs 0.1, service measures 0.2, a dated reported saving 0.1; each scored published 1, derived 0.75, estimate 0.5, missing 0"

    /// The confidence of a case under the standard formula (see `CaseConfidence`).
    public static func confidence(for caseStudy: CaseStudy) -> CaseConfidence { CaseConfidence(caseStudy) }
}
