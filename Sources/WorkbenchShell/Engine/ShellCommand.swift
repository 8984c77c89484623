import WorkbenchCore

/// One shell command: its spec, a parsing step that validates every argument before anything runs, and the run
/// itself. Commands throw `WorkbenchError`; only the front end prints.
public protocol ShellCommand {
    /// The command's declaration, read by parsing, completion and `help`.
    static var spec: CommandSpec { get }
    /// Validates the parsed line. Throws before any work or any change to the workspace.
    init(parsing invocation: Invocation, context: CommandContext) throws
    /// Runs the command.
    func run(in context: CommandContext) throws -> Reply
    /// Whether the command changes the workspace (and so is recorded in the session journal before it runs).
    static var changesWorkspace: Bool { get }
    /// Whether one invocation changes the workspace, for commands whose actions differ (`proposal check` reads,
    /// `proposal new` writes); by default `changesWorkspace`.
    static func changesWorkspace(for arguments: [String]) -> Bool
    /// The effects of one invocation, read by `save-analysis` and `rerun`; by default the spec's.
    static func effects(of arguments: [String]) -> CommandEffects
}

extension ShellCommand {
    /// Most commands only read the workspace.
    public static var changesWorkspace: Bool { false }

    /// The command's own answer, whatever its arguments.
    public static func changesWorkspace(for arguments: [String]) -> Bool { changesWorkspace }

    /// The spec's effects, whatever the arguments.
    public static func effects(of arguments: [String]) -> CommandEffects { spec.effects }
}
