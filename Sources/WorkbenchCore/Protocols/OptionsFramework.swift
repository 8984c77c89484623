/// Metadata of an options framework or framework rule. Everything but the id has a default.
public struct FrameworkDescriptor: Hashable, Sendable {
    /// Stable id.
    public var id: FrameworkID
    /// Title.
    public var title: String
    /// What it does, in a sentence.
    public var summary: String

    /// Makes a descriptor; only the id is required.
    public init(id: FrameworkID, title: String? = nil, summary: String = "") {
        self.id = id
        self.title = title ?? id.rawValue
        self.summary = summary
    }
}

/// Turns a subject and the workspace's objectives and critical success factors into a long list across the five
/// dimensions, each choice assessed and marked, and a short list.
public protocol OptionsFramework: Sendable {
    /// The framework's metadata.
    static var descriptor: FrameworkDescriptor { get }
    /// Builds the long and short lists, applying the rules that modules registered.
    func appraise(_ inputs: FrameworkInputs, rules: [any OptionsRule]) throws -> OptionsAppraisal
}

/// A borough's addition to the options framework: extra choices or changed verdicts, from its own history.
public protocol OptionsRule: Sendable {
    /// The rule's metadata.
    static var descriptor: FrameworkDescriptor { get }
    /// Adds or amends choices for subjects the rule applies to; a rule that does not apply leaves the list alone.
    func apply(to longList: inout [OptionChoice], inputs: FrameworkInputs) throws
}

extension OptionsFramework {
    /// The framework's metadata, reached from an instance.
    public var descriptor: FrameworkDescriptor { Self.descriptor }
}

extension OptionsRule {
    /// The rule's metadata, reached from an instance.
    public var descriptor: FrameworkDescriptor { Self.descriptor }
}
