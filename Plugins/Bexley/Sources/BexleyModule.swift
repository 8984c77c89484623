public import WorkbenchCore

/// The London Borough of Bexley, one of the five boroughs that tested the Strategic Options Framework toolkit in
/// 2010: its profile and, later, its own components.
public struct BexleyModule: BoroughModule {
    /// Makes the module; it holds no state.
    public init() {}

    /// The module's metadata.
    public static let descriptor = ModuleDescriptor(
        id: "bexley", name: "London Borough of Bexley", version: "1.0.0",
        summary: "Bexley: 12 libraries in April 2010; shared service with Bromley from January 2012; six community "
            + "libraries by 2016.")

    /// Bexley's statistics, branches, known figures and arrangements, every figure sourced.
    public var profile: BoroughProfile { BexleyProfile.profile }

    /// Registers Bexley's own components.
    public func register(in registrar: inout Registrar) throws {
        // Nothing yet: Bexley's own case studies, calculators, framework rules or evaluators are added here.
    }
}
