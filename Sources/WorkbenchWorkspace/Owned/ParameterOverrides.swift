/// The workspace's calculator parameter overrides, `inputs/parameters.json`, each scoped explicitly: to every subject
/// (`"all"`), to one authority (`"merton"`), or to one group as the shell writes it (`"bexley+bromley"`); then by
/// calculator id and parameter id:
///
/// ```json
/// {"all": {"shared-service": {"cost-per-post": 25000}}, "merton": {"stock-consortium": {"stock-spend": 399000}}}
/// ```
///
/// A subject takes the `"all"` overrides, then those scoped to exactly that subject, which win. An override scoped to
/// Merton never reaches Bromley or a group that includes Merton. Checking scopes, calculators and parameters against
/// the registry is the caller's (`Workspace.parameterOverrideProblems`, the shell's costing path): the workspace knows
/// the file, the registry knows the calculators.
public struct ParameterOverrides: Sendable, Equatable {
    /// The file's path inside a workspace.
    public static let path = "inputs/parameters.json"
    /// The scope that applies to every subject.
    public static let allScope = "all"

    /// One override as the file gives it.
    public struct Entry: Sendable, Equatable {
        /// `all`, an authority id, or a group such as `bexley+bromley`.
        public var scope: String
        /// The calculator id.
        public var calculator: String
        /// The parameter id.
        public var parameter: String
        /// The value.
        public var value: Double
        /// The line of the parameter's key in the file, when found.
        public var line: Int?

        /// `merton.stock-consortium.stock-spend`: the field an error names.
        public var field: String { "\(scope).\(calculator).\(parameter)" }

        /// Makes an entry.
        public init(scope: String, calculator: String, parameter: String, value: Double, line: Int? = nil) {
            self.scope = scope
            self.calculator = calculator
            self.parameter = parameter
            self.value = value
            self.line = line
        }
    }

    /// Every override, in scope, calculator and parameter order.
    public var entries: [Entry]

    /// Makes overrides; none by default.
    public init(entries: [Entry] = []) { self.entries = entries }

    /// Makes overrides from values by scope, then calculator id, then parameter id.
    public init(byScope: [String: [String: [String: Double]]]) {
        var entries: [Entry] = []
        for (scope, calculators) in byScope.sorted(by: { $0.key < $1.key }) {
            for (calculator, parameters) in calculators.sorted(by: { $0.key < $1.key }) {
                for (parameter, value) in parameters.sorted(by: { $0.key < $1.key }) {
                    entries.append(Entry(scope: scope, calculator: calculator, parameter: parameter, value: value))
                }
            }
        }
        self.entries = entries
    }

    /// The overrides that apply to one calculator for one subject (written as the shell writes it, `merton` or
    /// `bexley+bromley`): the `"all"` ones, replaced by any scoped to exactly that subject.
    public func entries(for calculator: String, subject: String) -> [Entry] {
        var byParameter: [String: Entry] = [:]
        for entry in entries where entry.calculator == calculator && entry.scope == Self.allScope {
            byParameter[entry.parameter] = entry
        }
        for entry in entries where entry.calculator == calculator && entry.scope == subject {
            byParameter[entry.parameter] = entry
        }
        return byParameter.values.sorted { $0.parameter < $1.parameter }
    }

    /// The scopes the file names, sorted.
    public var scopes: [String] { Array(Set(entries.map(\.scope))).sorted() }
}
