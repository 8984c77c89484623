/// The one list of shell commands, in the order `help` shows them within each category. Add a command's type here.
public enum CommandTable {
    /// Every command type.
    public static var all: [any ShellCommand.Type] { [
        HelpCommand.self,
        ModulesCommand.self,
        BoroughCommand.self,
        CompareCommand.self,
        NeighboursCommand.self,
        AssumptionsCommand.self,
        SetCommand.self,
        HistoryCommand.self,
        QuitCommand.self,
    ] }
}
