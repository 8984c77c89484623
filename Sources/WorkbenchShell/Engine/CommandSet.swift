/// The commands a session knows, by name and alias. Built from `CommandTable.all`, the one list of command types.
public struct CommandSet {
    /// The command types in the order `help` lists them.
    public let types: [any ShellCommand.Type]

    /// Makes a table from command types.
    public init(_ types: [any ShellCommand.Type]) { self.types = types }

    /// The command type for a name or alias.
    public func command(named name: String) -> (any ShellCommand.Type)? {
        types.first { $0.spec.name == name || $0.spec.aliases.contains(name) }
    }

    /// Every command name (not aliases), sorted.
    public var names: [String] { types.map { $0.spec.name }.sorted() }
}
