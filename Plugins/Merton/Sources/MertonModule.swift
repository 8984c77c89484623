public import WorkbenchCore

/// The London Borough of Merton, one of the five boroughs that tested the Strategic Options Framework toolkit in
/// 2010: its profile and, later, its own components.
public struct MertonModule: BoroughModule {
    /// Makes the module; it holds no state.
    public init() {}

    /// The module's metadata.
    public static let descriptor = ModuleDescriptor(
        id: "merton", name: "London Borough of Merton", version: "1.0.0",
        summary: "Merton: 7 libraries in April 2010; joined the London Libraries Consortium in 2011.")

    /// Merton's statistics, branches, known figures and arrangements, every figure sourced.
    public var profile: BoroughProfile { MertonProfile.profile }

    /// Registers Merton's own components.
    public func register(in registrar: inout Registrar) throws {
        // Merton's own case studies, calculators, framework rules or evaluators are added here.
        registrar.register(caseStudy: MertonJoinsConsortiumCase.caseStudy)
    }
}
