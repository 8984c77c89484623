public import WorkbenchCore

/// The London Borough of Enfield, one of the five boroughs that tested the Strategic Options Framework toolkit in
/// 2010: its profile and, later, its own components.
public struct EnfieldModule: BoroughModule {
    /// Makes the module; it holds no state.
    public init() {}

    /// The module's metadata.
    public static let descriptor = ModuleDescriptor(
        id: "enfield", name: "London Borough of Enfield", version: "1.0.0",
        summary: "Enfield: 17 libraries in April 2010, all still statutory in 2016; three shared spaces from 2016.")

    /// Enfield's statistics, branches, known figures and arrangements, every figure sourced.
    public var profile: BoroughProfile { EnfieldProfile.profile }

    /// Registers Enfield's own components.
    public func register(in registrar: inout Registrar) throws {
        // Nothing yet: Enfield's own case studies, calculators, framework rules or evaluators are added here.
    }
}
