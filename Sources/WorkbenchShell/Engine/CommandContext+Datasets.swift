import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// England's authorities, as `import authorities` wrote them into the workspace, with the pilots' own statistics
    /// in place of their rows.
    /// - Parameter argument: the option or argument the error points at.
    /// - Throws: `missingFigure` naming the imports to run when the workspace has not imported them.
    func englandAuthorities(argument: String = "--within") throws -> [AuthorityStatistics] {
        guard let rows = try importedEngland() else { throw Self.englandNotImported(argument: argument) }
        return rows
    }
}
