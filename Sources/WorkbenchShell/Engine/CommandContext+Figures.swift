public import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// The one resolver every command reads borough figures through: each module's profile, with the analyst's
    /// entered figures (`figure set`, `inputs/figures.json`) in place of the module's for that authority only, and
    /// every amount of money in the workspace's price base (`resolve(_:with:)`). Comparator statistics from the
    /// workspace's datasets come after both (see `authorities()`).
    /// - Parameter recording: whether the entered figures count as read by the command (`authorities()`, which
    ///   commands call to check ids, does not record them).
    /// - Throws: the file's error when `inputs/figures.json` does not read.
    public func resolvedProfiles(recording: Bool = true) throws -> [BoroughID: BoroughProfile] {
        let entered = try workspace.enteredFigures()
        if recording { recordUse(of: entered.filter { registry.profiles[$0.authority] != nil }) }
        return registry.profiles.mapValues { resolve($0, with: entered) }
    }

    /// The resolver's two steps for one profile: the analyst's entered figures for its authority in place of the
    /// module's, then every figure in pounds, and the annual spend, restated in the workspace's price base year with
    /// HM Treasury's GDP deflator [S82] where it is in another year's prices (`BoroughProfile.inPrices(of:)`).
    func resolve(_ profile: BoroughProfile, with entered: [EnteredFigure]) -> BoroughProfile {
        profile.applying(entered).inPrices(of: workspace.manifest.assumptions.priceBaseYear)
    }

    /// The same two steps for a dataset's statistics row.
    func resolve(_ statistics: AuthorityStatistics, with entered: [EnteredFigure]) -> AuthorityStatistics {
        statistics.applying(entered).inPrices(of: workspace.manifest.assumptions.priceBaseYear)
    }

    /// Notes the entered figures that replace statistics (weekly hours, library budget as annual spend) of the given
    /// authorities as read by the command being run, for commands that show statistics (`compare`).
    func recordStatisticsUse(of authorities: [AuthorityStatistics]) throws {
        let ids = Set(authorities.map(\.id))
        recordUse(of: try workspace.enteredFigures().filter {
            ids.contains($0.authority) && ($0.key == .weeklyHours || $0.key == .libraryBudget)
        })
    }

    /// Notes entered figures as read by the command being run.
    func recordUse(of figures: [EnteredFigure]) {
        for figure in figures where !enteredFiguresUsed.contains(figure) { enteredFiguresUsed.append(figure) }
    }

    /// Clears the record of entered figures read, before a command is parsed and run.
    func beginRecordingEnteredFigures() { enteredFiguresUsed = [] }

    /// The note a reply carries when its command read entered figures: each with its value, year and source, marked
    /// "entered"; nil when it read none.
    func enteredFiguresNote() -> String? {
        guard !enteredFiguresUsed.isEmpty else { return nil }
        let base = workspace.manifest.assumptions.priceBaseYear
        let parts = enteredFiguresUsed.map { figure in
            let label = (figure.definition?.label ?? figure.key.rawValue).lowercased()
            let name = registry.profiles[figure.authority]?.name ?? figure.authority.rawValue
            // Money of another year is used restated (the resolver's last step); the note gives both amounts.
            var used = ""
            let entered = figure.profileFigure
            if entered.unit == .pounds {
                let restated = PriceDeflator.hmTreasuryGDP.restating(entered.value, entered.provenance, to: base)
                if restated.provenance.prices != nil {
                    used = ", used as \(MoneyFormat.compact(restated.value)) in \(base) prices"
                }
            }
            return "\(name)'s \(label) \(entered.formattedValue) (\(figure.year), \(figure.source ?? "source not given")\(used))"
        }
        return "Entered figures used in place of the modules' (evidence: entered, from the workspace's inputs/figures.json): "
            + parts.joined(separator: "; ") + "."
    }

    /// Adds the entered-figures note to a reply when its command read any.
    func noteEnteredFigures(in reply: inout Reply) {
        if reply.error == nil, let note = enteredFiguresNote() { reply.blocks.append(.note(note)) }
    }
}
