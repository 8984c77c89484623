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
}

extension ShellCommand {
    /// Most commands only read the workspace.
    public static var changesWorkspace: Bool { false }
}
