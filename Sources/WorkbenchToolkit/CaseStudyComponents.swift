public import WorkbenchCore

/// The case-study parts of the toolkit, for the toolkit module to register: the shared case library and the
/// standard evaluator. Boroughs register their own cases and evaluators in their modules.
public enum CaseStudyComponents {
    /// The shared case studies (`CaseLibrary.shared`).
    public static let caseStudies: [CaseStudy] = CaseLibrary.shared
    /// The toolkit's evaluators: the standard one.
    public static let evaluators: [any CaseStudyEvaluator] = [StandardCaseEvaluator()]
}
