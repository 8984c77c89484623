public import WorkbenchCore

/// The London Borough of Bromley, one of the five boroughs that tested the Strategic Options Framework toolkit in
/// 2010: its profile and, later, its own components.
public struct BromleyModule: BoroughModule {
    /// Makes the module; it holds no state.
    public init() {}

    /// The module's metadata.
    public static let descriptor = ModuleDescriptor(
        id: "bromley", name: "London Borough of Bromley", version: "1.0.0",
        summary: "Bromley: 15 libraries and a mobile in April 2010; shared service with Bexley from January 2012.")

    /// Bromley's statistics, branches, known figures and arrangements, every figure sourced.
    public var profile: BoroughProfile { BromleyProfile.profile }

    /// Registers Bromley's own components.
    public func register(in registrar: inout Registrar) throws {
        // Bromley's own case studies, calculators, framework rules or evaluators are added here.
        registrar.register(rule: BromleyTrustRule())
    }
}
