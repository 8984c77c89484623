import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension PartnersCommand {
    /// The best partition when geography limits the groups: the exact set-partitioning solver over the allowed
    /// groups, saying whether the answer is proven optimal and, if a time limit stopped it, its proven gap.
    func geographyReply(_ model: PartnershipModel, context: CommandContext) throws -> Reply {
        let (boundaries, graph) = try context.borderGraph(argument: "--geography")
        let ids = model.drivers.map(\.id)
        let libraries = try context.workspace.libraryLocations()
        let groups = try geography.groups(among: ids, boundaries: boundaries, graph: graph, maxSize: maxSize, libraries: libraries)
        let problem = try SetPartitionProblem(memberCount: ids.count, groups: groups, values: groups.map { model.value(of: $0) })
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start.advanced(by: .seconds(timeLimit))
        let environment = context.environment
        let solution = SetPartitionSolver.solve(
            problem, limits: .init(shouldStop: { @Sendable in environment.isCancelled || ContinuousClock().now >= deadline }))
        let elapsed = start.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var table = ReportTable(
            title: "\(project.title): the best split of \(ids.count) boroughs into \(geography.description) of at most \(maxSize)",
            columns: [
                ReportColumn("group", "Group"), ReportColumn("size", "Size"),
                ReportColumn("driver", project.driver.label, unit: project.driver.isMoney ? "£ a year" : "libraries"),
                ReportColumn("saving", "Saving a year", unit: "£ a year"), ReportColumn("one_off", "One-off", unit: "£"),
                ReportColumn("full_year", "Full yr", unit: "appraisal year"), ReportColumn("npv", "NPV", unit: "£"),
                ReportColumn("npv_gained", "NPV gained", unit: "£"),
            ])
        let outcomes = solution.groups.map { model.outcome(of: $0) }
            .sorted { $0.npvTogether != $1.npvTogether ? $0.npvTogether > $1.npvTogether : $0.subject.description < $1.subject.description }
        for outcome in outcomes {
            table.append([
                .text(outcome.subject.description), .integer(outcome.members.count), PartnershipArguments.driverCell(project, outcome.driver),
                .money(outcome.annualSavingTogether), .money(outcome.oneOffTogether),
                outcome.members.count == 1 && !project.savesAlone ? .missing : .integer(outcome.fullSavingYearTogether),
                .money(outcome.npvTogether), .money(outcome.npvDifference),
            ])
        }
        table.append([
            .text("Total"), .integer(ids.count), PartnershipArguments.driverCell(project, outcomes.reduce(0) { $0 + $1.driver }),
            .money(outcomes.reduce(0) { $0 + $1.annualSavingTogether }), .money(outcomes.reduce(0) { $0 + $1.oneOffTogether }),
            .missing, .money(solution.total), .money(outcomes.reduce(0) { $0 + $1.npvDifference }),
        ])
        let proof = solution.isProvenOptimal
            ? "Proven optimal"
            : "Not proven optimal: stopped by the \(solution.stoppedBy ?? "limit") after \(timeLimit) s; the best partition found is within \(String(format: "%.4f", solution.gap * 100))% of the proven bound \(MoneyFormat.compact(solution.bound))"
        table.notes = [
            PartnershipArguments.convention(model, context: context),
            "\(proof). Exact method: branch and bound over the \(MoneyFormat.grouped(Double(solution.groupCount))) allowed groups "
                + "(singletons included) with the LP relaxation's dual prices as the bound and a memo of subproblems; "
                + "\(MoneyFormat.grouped(Double(solution.nodes))) nodes, \(MoneyFormat.grouped(Double(solution.memoHits))) answered from the memo, "
                + "LP bound \(MoneyFormat.compact(solution.lpBound)), \(String(format: "%.2f", seconds)) s.",
            "Borders: at least 1 km of boundary within 250 m (a river counts as a border), from the workspace's boundaries [S72].",
        ]
        if let note = geography.centresNote(among: ids, boundaries: boundaries, libraries: libraries) { table.notes.append(note) }
        let summary = "\(project.title) among \(ids.count) boroughs, \(geography.description) of at most \(maxSize): total NPV "
            + "\(MoneyFormat.compact(solution.total)) in \(solution.groups.count) groups "
            + "(\(solution.groups.filter { $0.count > 1 }.count) partnerships, \(solution.groups.filter { $0.count == 1 }.count) alone); "
            + (solution.isProvenOptimal ? "proven optimal." : "proven gap \(String(format: "%.4f", solution.gap * 100))%.")
        return Reply(
            blocks: [.text(summary), .table(table), .table(PartnershipArguments.driversTable(model))],
            data: [
                ("project", .string(project.id)), ("boroughs", .number(Double(ids.count))),
                ("max_size", .number(Double(maxSize))), ("total", .number(solution.total)),
                ("partition", .array(outcomes.map(Self.json))),
                ("proven_optimal", .bool(solution.isProvenOptimal)), ("bound", .number(solution.bound)),
                ("gap", .number(solution.gap)), ("nodes", .number(Double(solution.nodes))),
                ("lp_bound", .number(solution.lpBound)), ("groups_valued", .number(Double(solution.groupCount))),
            ])
    }
}
