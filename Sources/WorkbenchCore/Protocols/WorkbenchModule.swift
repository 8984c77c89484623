/// Metadata of a compiled-in module. Everything but the id has a default.
public struct ModuleDescriptor: Hashable, Sendable {
    /// Whether a module is a borough or the programme's shared toolkit.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// One borough's module under `Plugins/`.
        case borough
        /// The programme's shared parts.
        case toolkit
    }

    /// The module's stable id (`bromley`, `toolkit`).
    public var id: ModuleID
    /// Its display name.
    public var name: String
    /// Its version.
    public var version: String
    /// What it is, in a sentence.
    public var summary: String
    /// Borough or toolkit.
    public var kind: Kind

    /// Makes a descriptor; only the id is required.
    public init(id: ModuleID, name: String? = nil, version: String = "1.0.0", summary: String = "", kind: Kind = .borough) {
        self.id = id
        self.name = name ?? id.rawValue
        self.version = version
        self.summary = summary
        self.kind = kind
    }
}

/// A compiled-in module: a stateless value that registers its components through a narrow registrar.
/// It never reads files, clocks or globals and never prints.
public protocol WorkbenchModule: Sendable {
    /// The module's metadata.
    static var descriptor: ModuleDescriptor { get }
    /// Adds the module's components (calculators, evaluators, framework rules, case studies, sources).
    func register(in registrar: inout Registrar) throws
}

extension WorkbenchModule {
    /// The module's metadata, reached from an instance.
    public var descriptor: ModuleDescriptor { Self.descriptor }
}

/// A borough's module: its profile, every figure sourced, plus whatever components it registers.
public protocol BoroughModule: WorkbenchModule {
    /// The borough's profile.
    var profile: BoroughProfile { get }
}
