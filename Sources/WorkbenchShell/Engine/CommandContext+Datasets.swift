import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// England's authorities, as `import authorities` wrote them into the workspace, with the pilots' own statistics
    /// in place of their rows.
    /// - Throws: `missingFigure` at `--within` when the workspace has not imported them.
    func englandAuthorities() throws -> [AuthorityStatistics] {
        guard var rows = try workspace.englandAuthorities() else {
            throw WorkbenchError(
                .missingFigure, "England-wide neighbours need the England authorities, which this workspace has not imported.",
                hint: "Run 'import authorities <path to authorities.csv>' (the DCMS/ONS authorities dataset), then try again.",
                location: .init(argument: "--within"))
        }
        let entered = try workspace.enteredFigures()
        let profiles = try resolvedProfiles()
        for index in rows.indices {
            rows[index] = profiles[rows[index].id]?.statistics ?? rows[index].applying(entered)
        }
        return rows
    }
}
