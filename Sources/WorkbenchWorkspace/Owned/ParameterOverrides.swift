/// The workspace's calculator parameter overrides, `inputs/parameters.json`
/// (`{"shared-service": {"cost-per-post": 25000}}`): values by calculator id, then by parameter id, as the file
/// holds them. Checking them against a calculator's declared parameters is the caller's: the workspace knows the
/// file, the registry knows the calculators.
public struct ParameterOverrides: Sendable, Equatable {
    /// The file's path inside a workspace.
    public static let path = "inputs/parameters.json"

    /// The overrides by calculator id, then by parameter id.
    public var byCalculator: [String: [String: Double]]

    /// Makes overrides; none by default.
    public init(byCalculator: [String: [String: Double]] = [:]) { self.byCalculator = byCalculator }

    /// The overrides the file gives one calculator (none when it names the calculator nowhere).
    public func values(for calculator: String) -> [String: Double] { byCalculator[calculator] ?? [:] }
}
