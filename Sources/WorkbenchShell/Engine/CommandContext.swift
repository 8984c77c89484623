public import Foundation
public import WorkbenchCore
public import WorkbenchWorkspace

/// The session state commands read and change: the registered modules, the open workspace, the history and the
/// host environment. Commands receive it; they never reach for globals.
public final class CommandContext {
    /// Everything the compiled-in modules registered.
    public let registry: ModuleRegistry
    /// The open workspace.
    public let workspace: Workspace
    /// The host environment.
    public let environment: ShellEnvironment
    /// The lines entered in this session, oldest first.
    public internal(set) var history: [String] = []
    /// The commands the session knows, for `help` and completion.
    public internal(set) var commands: CommandSet
    /// The analyst's entered figures the command being run has read through `profile(_:)` or `resolvedProfiles()`,
    /// in the order first read; the session clears it before each command and notes it under the reply.
    public internal(set) var enteredFiguresUsed: [EnteredFigure] = []
    /// Whether the command being run was given `--hindsight` (evidence dated after the as-at date is then included,
    /// marked); the session sets it before each command.
    public internal(set) var hindsight = false

    /// Makes a context.
    public init(registry: ModuleRegistry, workspace: Workspace, environment: ShellEnvironment, commands: CommandSet) {
        self.registry = registry
        self.workspace = workspace
        self.environment = environment
        self.commands = commands
    }

    /// The workspace's assumptions, with `hindsight` set when the command being run was given `--hindsight`.
    public var assumptions: Assumptions {
        var assumptions = workspace.manifest.assumptions
        assumptions.hindsight = hindsight
        return assumptions
    }

    /// Every authority the workbench knows: the comparators of the workspace, with each pilot's row replaced by its
    /// module's profile statistics, plus pilots the comparators lack, and every authority's entered figures (see
    /// `resolvedProfiles()`) in place of the others. Sorted by name.
    public func authorities() throws -> [AuthorityStatistics] {
        let entered = try workspace.enteredFigures()
        var byID: [BoroughID: AuthorityStatistics] = [:]
        for row in try workspace.comparators() { byID[row.id] = resolve(row, with: entered) }
        for (id, profile) in try resolvedProfiles(recording: false) { byID[id] = profile.statistics }
        return byID.values.sorted { $0.name < $1.name }
    }

    /// The statistics of one authority, London's or a pilot's first, then England's when imported, or an error with
    /// "Did you mean".
    public func authority(_ text: String, argument: String = "<borough>") throws -> AuthorityStatistics {
        let all = try authorities()
        if let found = all.first(where: { $0.id.rawValue == text }) { return found }
        if let found = AuthorityLookup.find(text, in: all) { return found }
        let england = try importedEngland() ?? []
        if let found = england.first(where: { $0.id.rawValue == text }) { return found }
        if let found = AuthorityLookup.find(text, in: england) { return found }
        throw unknownBorough(text, known: Array(Set(all.map(\.id.rawValue) + england.map(\.id.rawValue))).sorted(), argument: argument)
    }

    /// An authority's profile through the one resolver: a compiled-in module's with the analyst's entered figures
    /// applied; for an authority without a module (London's or, when imported, England's), one derived from the
    /// datasets (`derivedProfile`); otherwise an error with "Did you mean".
    public func profile(_ text: String, argument: String = "<borough>") throws -> BoroughProfile {
        if let id = BoroughID(validating: text), let profile = registry.profiles[id] {
            let entered = try workspace.enteredFigures()
            recordUse(of: entered.filter { $0.authority == id })
            return resolve(profile, with: entered)
        }
        if let found = try? authorities(), let named = AuthorityLookup.find(text, in: found), let profile = registry.profiles[named.id] {
            let entered = try workspace.enteredFigures()
            recordUse(of: entered.filter { $0.authority == named.id })
            return resolve(profile, with: entered)
        }
        // No module: a profile derived from the datasets (module → entered → dataset), marked as derived.
        if let statistics = try? authority(text, argument: argument) {
            return try derivedProfile(statistics)
        }
        throw unknownBorough(text, known: registry.boroughIDs.map(\.rawValue), argument: argument)
    }

    /// The inputs for a subject such as `bexley+bromley`: each borough's profile and the assumptions.
    public func subjectInputs(_ text: String, argument: String = "<subject>") throws -> SubjectInputs {
        guard let subject = Subject(argument: text) else {
            throw WorkbenchError(
                .invalidArgument, "The subject '\(text)' is not a borough id or a group such as 'bexley+bromley'.",
                hint: "Borough ids are lower-case with hyphens; join a group with '+'.", location: .init(argument: argument))
        }
        let profiles = try subject.boroughs.map { try profile($0.rawValue, argument: argument) }
        return SubjectInputs(subject: subject, profiles: profiles, assumptions: assumptions)
    }

    /// The options framework's inputs for a subject, with its comparators (`frameworkComparators(for:)`). Where the
    /// workspace has library locations and catchments, the network-change choices' reach is measured
    /// (`measuredAccessScores`) instead of judged.
    public func frameworkInputs(_ text: String, argument: String = "<subject>") throws -> FrameworkInputs {
        let subject = try subjectInputs(text, argument: argument)
        var inputs = FrameworkInputs(
            subject: subject, objectives: workspace.manifest.objectives,
            factors: workspace.manifest.allSuccessFactors, comparators: try frameworkComparators(for: subject))
        inputs.measuredService = try measuredAccessScores(for: subject.subject.boroughs)
        return inputs
    }

    /// The options framework the workbench uses: the first registered, or nil when no module registers one.
    public var optionsFramework: (any OptionsFramework)? { registry.frameworks.first?.framework }

    /// The options appraisal of a subject: the first registered options framework run on the subject's inputs and
    /// the workspace's objectives and factors, with every registered rule.
    /// - Parameters:
    ///   - subject: a borough or a group such as `bexley+bromley`, as typed.
    ///   - argument: the argument named in errors about the subject.
    ///   - consequence: what cannot be had without a framework, to end the error's sentence (`there is no short list`).
    ///   - location: where that error points.
    /// - Throws: `notFound` when no framework is registered (before the subject is read); errors about the subject;
    ///   the framework's own errors, as its module's.
    public func optionsAppraisal(
        for subject: String, argument: String = "<subject>", without consequence: String? = nil,
        at location: WorkbenchError.Location? = nil
    ) throws -> OptionsAppraisal {
        try optionsAppraisalAndInputs(for: subject, argument: argument, without: consequence, at: location).appraisal
    }

    /// `optionsAppraisal(for:argument:without:at:)` with the inputs it was made from, read once (the workspace's
    /// geography included) when the command runs.
    func optionsAppraisalAndInputs(
        for subject: String, argument: String = "<subject>", without consequence: String? = nil,
        at location: WorkbenchError.Location? = nil
    ) throws -> (appraisal: OptionsAppraisal, inputs: FrameworkInputs) {
        guard let framework = optionsFramework else {
            throw WorkbenchError(
                .notFound, "No options framework is registered" + (consequence.map { ", so \($0)." } ?? "."),
                hint: "Enable the toolkit module in workspace.json.", location: location)
        }
        let inputs = try frameworkInputs(subject, argument: argument)
        var appraisal = try registry.appraise(framework, inputs, rules: registry.rules.map(\.rule))
        for (choice, measured) in inputs.measuredService.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            appraisal.notes.append(
                "Access measured, not judged: '\(choice)' scores \(measured.score) of 3 on the access criteria. \(measured.reason) (see 'access <borough>').")
        }
        return (appraisal, inputs)
    }

    /// Resolves a file path typed in a command: absolute as given; relative to the workspace when it exists there,
    /// otherwise relative to the current directory.
    public func resolveInputPath(_ path: String) -> URL {
        workspace.resolveInput(path, currentDirectory: environment.currentDirectory)
    }

    private func unknownBorough(_ text: String, known: [String], argument: String) -> WorkbenchError {
        WorkbenchError(
            .notFound, "Unknown borough '\(text)'." + Suggestions.didYouMean(text, in: known),
            hint: "See 'compare' for the authorities the workspace holds.", location: .init(argument: argument))
    }
}
