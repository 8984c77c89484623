public import WorkbenchCore

/// The contents of `workspace.json`: the workspace's name, enabled modules, assumptions, spending objectives and
/// its own critical success factors.
public struct WorkspaceManifest: Sendable, Codable, Equatable {
    /// The format version, so later versions can migrate old files.
    public var formatVersion: Int
    /// The workspace's name (shown in the prompt).
    public var name: String
    /// What the workspace is for.
    public var description: String
    /// Modules switched on; empty means all compiled-in modules.
    public var modules: [ModuleID]
    /// The appraisal assumptions.
    public var assumptions: Assumptions
    /// The spending objectives options are assessed against.
    public var objectives: [SpendingObjective]
    /// Up to three critical success factors of the workspace's own, added to the five standard ones.
    public var successFactors: [CriticalSuccessFactor]

    /// Makes a manifest.
    public init(
        formatVersion: Int = 1, name: String, description: String = "", modules: [ModuleID] = [],
        assumptions: Assumptions = Assumptions(), objectives: [SpendingObjective] = [],
        successFactors: [CriticalSuccessFactor] = []
    ) {
        self.formatVersion = formatVersion
        self.name = name
        self.description = description
        self.modules = modules
        self.assumptions = assumptions
        self.objectives = objectives
        self.successFactors = successFactors
    }

    /// The five standard critical success factors followed by the workspace's own.
    public var allSuccessFactors: [CriticalSuccessFactor] { CriticalSuccessFactor.standard + successFactors }

    /// Checks values a decoder cannot: ranges, counts and repeats. Returns the field path and message of the first
    /// problem, or nil.
    public func problems() -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if formatVersion != 1 { out.append(("formatVersion", "Format version \(formatVersion) is not supported; this workbench reads version 1.")) }
        if name.trimmingWhitespace().isEmpty { out.append(("name", "The workspace name is empty.")) }
        out += AssumptionRules.problems(assumptions).map { ("assumptions.\($0.field)", $0.message) }
        if successFactors.count > 3 {
            out.append(("successFactors", "There are \(successFactors.count) workspace success factors; the Green Book allows up to three of your own besides the five standard ones."))
        }
        var seen = Set<String>()
        for (index, objective) in objectives.enumerated() where !seen.insert(objective.id).inserted {
            out.append(("objectives[\(index)].id", "The objective id '\(objective.id)' is used twice."))
        }
        return out
    }
}
