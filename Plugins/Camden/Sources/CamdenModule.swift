public import WorkbenchCore

/// The London Borough of Camden, one of the five boroughs that tested the Strategic Options Framework toolkit in
/// 2010: its profile and, later, its own components.
public struct CamdenModule: BoroughModule {
    /// Makes the module; it holds no state.
    public init() {}

    /// The module's metadata.
    public static let descriptor = ModuleDescriptor(
        id: "camden", name: "London Borough of Camden", version: "1.0.0",
        summary: "Camden: 13 libraries in April 2010; three handed to community groups in 2012 and one closed in 2013.")

    /// Camden's statistics, branches, known figures and arrangements, every figure sourced.
    public var profile: BoroughProfile { CamdenProfile.profile }

    /// Registers Camden's own components.
    public func register(in registrar: inout Registrar) throws {
        // Camden's own case studies, calculators, framework rules or evaluators are added here.
        registrar.register(caseStudy: CamdenCommunityLibrariesCase.caseStudy)
        registrar.register(evaluator: CamdenCommunityEvaluator())
        registrar.register(rule: CamdenCommunityLibrariesRule())
        registrar.register(calculator: CamdenCommunityLibrariesCalculator())
    }
}
