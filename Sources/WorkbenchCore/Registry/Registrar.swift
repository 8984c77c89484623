/// The narrow door through which a module adds its components. The host makes one per module, so every component
/// is recorded with the module that registered it.
public struct Registrar: Sendable {
    /// The module registering.
    public let module: ModuleID
    /// Calculators registered so far.
    public private(set) var calculators: [any SavingsCalculator] = []
    /// Options frameworks registered so far.
    public private(set) var frameworks: [any OptionsFramework] = []
    /// Framework rules registered so far.
    public private(set) var rules: [any OptionsRule] = []
    /// Evaluators registered so far.
    public private(set) var evaluators: [any CaseStudyEvaluator] = []
    /// Case studies registered so far.
    public private(set) var caseStudies: [CaseStudy] = []
    /// Source references registered so far.
    public private(set) var sources: [SourceReference] = []

    /// Makes an empty registrar for a module.
    public init(module: ModuleID) { self.module = module }

    /// Adds a savings calculator.
    public mutating func register(calculator: any SavingsCalculator) { calculators.append(calculator) }
    /// Adds an options framework.
    public mutating func register(framework: any OptionsFramework) { frameworks.append(framework) }
    /// Adds a rule to the options framework.
    public mutating func register(rule: any OptionsRule) { rules.append(rule) }
    /// Adds a case-study evaluator.
    public mutating func register(evaluator: any CaseStudyEvaluator) { evaluators.append(evaluator) }
    /// Adds a case study.
    public mutating func register(caseStudy: CaseStudy) { caseStudies.append(caseStudy) }
    /// Adds entries to the sources list.
    public mutating func register(sources: [SourceReference]) { self.sources.append(contentsOf: sources) }

    /// How many components of each kind were registered, for `modules`.
    public var summary: [(kind: String, count: Int)] {
        [
            ("calculators", calculators.count), ("frameworks", frameworks.count), ("rules", rules.count),
            ("evaluators", evaluators.count), ("case studies", caseStudies.count), ("sources", sources.count),
        ].filter { $0.1 > 0 }
    }
}
