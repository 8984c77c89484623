public import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// The authorities a scope names, sorted by id: the pilots (their profiles' statistics), London's 33, England's
    /// imported authorities, or each id of a list (looked up in London and, when imported, England, with "Did you
    /// mean"). Every figure comes through the one resolver: module, then entered figures, then the datasets.
    /// - Parameters:
    ///   - scope: the scope as read.
    ///   - argument: the option or argument errors point at.
    /// - Throws: `missingFigure` naming the imports to run when `england` is named before them; `notFound` for an
    ///   unknown id.
    public func authorities(in scope: AuthorityScope, argument: String = "--within") throws -> [AuthorityStatistics] {
        switch scope {
        case .pilots:
            let profiles = try resolvedProfiles(recording: false)
            return registry.boroughIDs.compactMap { profiles[$0]?.statistics }.sorted { $0.id < $1.id }
        case .london:
            return try authorities().filter(\.isLondon).sorted { $0.id < $1.id }
        case .england:
            return try englandAuthorities(argument: argument).sorted { $0.id < $1.id }
        case .ids(let ids):
            var seen = Set<BoroughID>()
            var out: [AuthorityStatistics] = []
            for id in ids {
                let found = try authority(id, argument: argument)
                if seen.insert(found.id).inserted { out.append(found) }
            }
            return out.sorted { $0.id < $1.id }
        }
    }

    /// A sentence naming a scope for titles: `the 5 pilots`, `London's 33 authorities`, `England's 150 authorities`,
    /// `bexley+bromley`.
    public func scopeLabel(_ scope: AuthorityScope, count: Int) -> String {
        switch scope {
        case .pilots: "the \(count) pilots"
        case .london: "London's \(count) authorities"
        case .england: "England's \(count) authorities"
        case .ids: "\(count) named authorit\(count == 1 ? "y" : "ies")"
        }
    }

    /// England's authorities from the workspace's import, or nil before `import authorities`, with each pilot's
    /// statistics from its profile and every other's entered figures applied.
    func importedEngland() throws -> [AuthorityStatistics]? {
        guard var rows = try workspace.englandAuthorities() else { return nil }
        let entered = try workspace.enteredFigures()
        let profiles = try resolvedProfiles(recording: false)
        for index in rows.indices {
            rows[index] = profiles[rows[index].id]?.statistics ?? resolve(rows[index], with: entered)
        }
        return rows
    }

    /// The error for the `england` scope before the imports: what is missing and the commands to run.
    static func englandNotImported(argument: String) -> WorkbenchError {
        WorkbenchError(
            .missingFigure, "The scope 'england' needs the England datasets, which this workspace has not imported.",
            hint: "Run 'import authorities ../shared/data/authorities.csv' and 'import libraries ../shared/data/libraries_raw.csv' "
                + "(the DCMS/ONS datasets, wherever they are on this machine), then 'import boundaries "
                + "../shared/data/authorities_geo.json' for maps and borders; then try again.",
            location: .init(argument: argument))
    }

    /// A profile for an authority without a borough module, derived from the workspace's datasets: its statistics
    /// (population, area, deprivation [S72]; libraries in 2010 and 2016 and 2016 hours [S71], each derived), its
    /// branches from the imported libraries dataset, its weekly hours as a figure, and the analyst's entered figures
    /// (a library budget among them) in place of the dataset's. Figures the datasets lack (budgets, posts, stock
    /// spend) are absent, so a calculator that needs one says which, as for any profile.
    func derivedProfile(_ statistics: AuthorityStatistics) throws -> BoroughProfile {
        let entered = try workspace.enteredFigures()
        let branches = try workspace.importedBranches(for: statistics.id)
        var figures: [ProfileFigure] = []
        if let hours = statistics.weeklyHours {
            figures.append(ProfileFigure(.weeklyHours, "Weekly opening hours", hours.value, .hours, hours.provenance))
        }
        if let spend = statistics.annualSpend {
            figures.append(ProfileFigure(.libraryBudget, "Library budget", spend.value.pounds, .pounds, spend.provenance))
        }
        let profile = BoroughProfile(
            statistics: statistics, libraries: branches,
            librariesSource: Provenance(
                .derived, ["S71"], period: "April 2010 and July 2016",
                method: branches.isEmpty
                    ? "no branches: the workspace has not imported the libraries dataset ('import libraries')"
                    : "the authority's rows of the imported basic dataset"),
            figures: figures,
            notes: [
                "Derived from the workspace's datasets: \(statistics.name) has no borough module, so its profile holds the "
                    + "dataset's statistics [S71][S72] and the analyst's entered figures only; budgets, posts and stock "
                    + "spend are missing unless entered ('figure set').",
            ])
        let own = entered.filter { $0.authority == statistics.id }
        recordUse(of: own)
        return resolve(profile, with: own)
    }
}
