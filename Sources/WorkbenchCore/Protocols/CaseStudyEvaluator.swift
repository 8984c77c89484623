/// Metadata of a case-study evaluator. Everything but the id has a default.
public struct EvaluatorDescriptor: Hashable, Sendable {
    /// Stable id.
    public var id: EvaluatorID
    /// Title.
    public var title: String
    /// What it judges, in a sentence.
    public var summary: String
    /// The kinds of case it evaluates; empty means every kind.
    public var kinds: Set<CaseStudyKind>

    /// Makes a descriptor; only the id is required.
    public init(id: EvaluatorID, title: String? = nil, summary: String = "", kinds: Set<CaseStudyKind> = []) {
        self.id = id
        self.title = title ?? id.rawValue
        self.summary = summary
        self.kinds = kinds
    }
}

/// Turns a case study (planned against reported figures, service measures) into an evaluation.
public protocol CaseStudyEvaluator: Sendable {
    /// The evaluator's metadata.
    static var descriptor: EvaluatorDescriptor { get }
    /// Evaluates a case; partners' profiles are given where the workbench has them.
    func evaluate(_ caseStudy: CaseStudy, partners: [BoroughProfile]) throws -> CaseEvaluation
}

extension CaseStudyEvaluator {
    /// The evaluator's metadata, reached from an instance.
    public var descriptor: EvaluatorDescriptor { Self.descriptor }
}
