public import WorkbenchCore

/// The programme's shared toolkit as a module: the sources list, the options framework, the standard savings
/// calculators, the shared case studies and the evaluators.
public struct ToolkitModule: WorkbenchModule {
    /// Makes the module; it holds no state.
    public init() {}

    /// The module's metadata.
    public static let descriptor = ModuleDescriptor(
        id: "toolkit", name: "Strategic Options Framework toolkit", version: "1.0.0",
        summary: "The LLCP toolkit's shared parts: options framework, savings calculators, case studies, evaluators.",
        kind: .toolkit)

    /// Registers the toolkit's components.
    public func register(in registrar: inout Registrar) throws {
        registrar.register(sources: SourceList.all)
        registrar.register(framework: ToolkitComponents.framework)
        for calculator in ToolkitComponents.calculators { registrar.register(calculator: calculator) }
        for caseStudy in CaseStudyComponents.caseStudies { registrar.register(caseStudy: caseStudy) }
        for evaluator in CaseStudyComponents.evaluators { registrar.register(evaluator: evaluator) }
    }
}
