/// How a saved analysis's command fares against the commands the shell knows; the shell answers it for
/// `Workspace.validate`, which knows the files but not the command table.
public enum SavedCommandCheck: Sendable, Equatable {
    /// The command still parses.
    case parses
    /// The first word names no command.
    case unknownCommand
    /// The command no longer parses, with the parser's message.
    case doesNotParse(String)
}
