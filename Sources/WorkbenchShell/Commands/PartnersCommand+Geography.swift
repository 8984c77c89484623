import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension PartnersCommand {
    /// The geography in effect for this command (see `GeographySetting.resolve`).
    func geographySetting(_ model: PartnershipModel, context: CommandContext) throws -> GeographySetting {
        try GeographySetting.resolve(geography, given: geographyGiven, ids: model.drivers.map(\.id), context: context)
    }

    /// The best partition when geography limits the groups or partnerships are kept: the exact set-partitioning
    /// solver over the allowed groups of the boroughs not kept, saying whether the answer is proven optimal and, if a
    /// time limit stopped it, its proven gap.
    func geographyReply(_ model: PartnershipModel, setting: GeographySetting, keep: PartnersKeep, context: CommandContext) throws -> Reply {
        let ids = model.drivers.map(\.id)
        let kept = keep.members
        let free = ids.indices.filter { !kept.contains($0) }
        let groups = try setting.allowedGroups(among: free.map { ids[$0] }, maxSize: maxSize)
        let problem = try SetPartitionProblem(
            memberCount: free.count, groups: groups, values: groups.map { model.value(of: $0.map { free[$0] }) })
        let deadline = ContinuousClock().now.advanced(by: .seconds(timeLimit))
        let environment = context.environment
        let solution = SetPartitionSolver.solve(
            problem, limits: .init(shouldStop: { @Sendable in environment.isCancelled || ContinuousClock().now >= deadline }))
        let keptValue = keep.groups.reduce(0.0) { $0 + model.value(of: $1.members) }
        let chosen = solution.groups.map { $0.map { free[$0] } } + keep.groups.map(\.members)
        let total = solution.total + keptValue
        let bound = solution.bound + keptValue
        let gap = solution.isProvenOptimal ? 0 : max(0, bound - total) / max(Swift.abs(total), 1e-9)
        let shape = setting.geography == .any ? "groups" : setting.geography.description
        var table = ReportTable(
            title: "\(project.title): the best split of \(ids.count) boroughs into \(shape) of at most \(maxSize)",
            columns: [
                ReportColumn("group", "Group"), ReportColumn("size", "Size"),
                ReportColumn("driver", project.driver.label, unit: project.driver.isMoney ? "£ a year" : "libraries"),
                ReportColumn("saving", "Saving a year", unit: "£ a year"), ReportColumn("one_off", "One-off", unit: "£"),
                ReportColumn("full_year", "Full yr", unit: "appraisal year"), ReportColumn("npv", "NPV", unit: "£"),
                ReportColumn("npv_gained", "NPV gained", unit: "£"),
            ])
        let keptNames = Set(keep.groups.map(\.name))
        let outcomes = chosen.map { model.outcome(of: $0) }
            .sorted { $0.npvTogether != $1.npvTogether ? $0.npvTogether > $1.npvTogether : $0.subject.description < $1.subject.description }
        for outcome in outcomes {
            table.append([
                .text(outcome.subject.description),
                .integer(outcome.members.count), PartnershipArguments.driverCell(project, outcome.driver),
                .money(outcome.annualSavingTogether), .money(outcome.oneOffTogether),
                outcome.members.count == 1 && !project.savesAlone ? .missing : .integer(outcome.fullSavingYearTogether),
                .money(outcome.npvTogether), .money(outcome.npvDifference),
            ])
        }
        table.append([
            .text("Total"), .integer(ids.count), PartnershipArguments.driverCell(project, outcomes.reduce(0) { $0 + $1.driver }),
            .money(outcomes.reduce(0) { $0 + $1.annualSavingTogether }), .money(outcomes.reduce(0) { $0 + $1.oneOffTogether }),
            .missing, .money(total), .money(outcomes.reduce(0) { $0 + $1.npvDifference }),
        ])
        let proof = solution.isProvenOptimal
            ? "Proven optimal"
            : "Not proven optimal: stopped by the \(solution.stoppedBy ?? "limit") after \(timeLimit) s; the best partition found is within \(String(format: "%.4f", gap * 100))% of the proven bound \(MoneyFormat.compact(bound))"
        let flags = try keep.flags(ids: ids, maxSize: maxSize, geography: setting.geography, boundaries: setting.boundaries, graph: setting.graph)
        let keptWords = keep.isEmpty ? "" : " (the \(keep.groups.count) kept partnership\(keep.groups.count == 1 ? "" : "s") held fixed: \(MoneyFormat.compact(keptValue)))"
        table.notes = [
            PartnershipArguments.convention(model, context: context),
            "\(proof). Exact method: branch and bound over the \(MoneyFormat.grouped(Double(solution.groupCount))) allowed groups "
                + "(singletons included)\(keptWords) with the LP relaxation's dual prices as the bound and a memo of subproblems; "
                + "\(MoneyFormat.grouped(Double(solution.nodes))) nodes, \(MoneyFormat.grouped(Double(solution.memoHits))) answered from the memo, "
                + "LP bound \(MoneyFormat.compact(solution.lpBound + keptValue)).",
        ] + (keep.isEmpty ? [] : ["Held fixed (--keep): \(keep.groups.map(\.name).joined(separator: ", "))."]) + setting.notes + flags
        let summary = "\(project.title) among \(ids.count) boroughs, \(shape) of at most \(maxSize)"
            + (keep.isEmpty ? "" : ", keeping \(keep.groups.map(\.name).joined(separator: ", "))") + ": total NPV "
            + "\(MoneyFormat.compact(total)) in \(chosen.count) groups "
            + "(\(chosen.filter { $0.count > 1 }.count) partnerships, \(chosen.filter { $0.count == 1 }.count) alone); "
            + (solution.isProvenOptimal ? "proven optimal." : "proven gap \(String(format: "%.4f", gap * 100))%.")
        let valued = topGiven
            ? valuedTable(model, groups: groups.map { $0.map { free[$0] } } + keep.groups.map(\.members), chosen: chosen, kept: keptNames)
            : nil
        // The partnership map and the basis line, as the size-profile reply gives them.
        let map = partnershipMap(outcomes, shape: shape)
        let partnership = chosen.filter { $0.count > 1 }.max { model.value(of: $0) < model.value(of: $1) }
        let basis = partnership.map { context.basis(model, group: $0, lead: "for the split's largest-NPV partnership, ") }
        return Reply(
            blocks: (basis.map { [.text($0.line)] } ?? []) + [.text(summary), .table(table)]
                + (valued.map { [.table($0.table)] } ?? []) + [.chart(map), .table(PartnershipArguments.driversTable(model))],
            data: (basis.map { [("basis", $0.json)] } ?? []) + [
                ("project", .string(project.id)), ("boroughs", .number(Double(ids.count))),
                ("max_size", .number(Double(maxSize))), ("total", .number(total)),
                ("partition", .array(outcomes.map(Self.json))),
                ("proven_optimal", .bool(solution.isProvenOptimal)), ("bound", .number(bound)),
                ("gap", .number(gap)), ("nodes", .number(Double(solution.nodes))),
                ("lp_bound", .number(solution.lpBound + keptValue)), ("groups_valued", .number(Double(solution.groupCount))),
            ] + (keep.isEmpty ? [] : [("kept", .array(keep.groups.map { .string($0.name) }))])
                + (valued.map { [("groups", $0.json)] } ?? []))
    }

    /// The groups valued, best NPV first (the --top best, or all), marking those in the split: with the values, anyone
    /// can check the optimum with another solver.
    func valuedTable(
        _ model: PartnershipModel, groups: [[Int]], chosen: [[Int]], kept: Set<String> = []
    ) -> (table: ReportTable, json: JSONValue) {
        let inSplit = Set(chosen.map { $0.sorted() })
        var rows = groups.map { group -> (name: String, members: [Int], value: Double) in
            (PartnershipArguments.name(group, model), group, model.value(of: group))
        }
        rows.sort { $0.value != $1.value ? $0.value > $1.value : $0.name < $1.name }
        let shown = rows.prefix(top)
        var table = ReportTable(
            title: shown.count == rows.count
                ? "Every group valued (\(MoneyFormat.grouped(Double(rows.count))), singletons included), best NPV first"
                : "The \(shown.count) best of \(MoneyFormat.grouped(Double(rows.count))) groups valued (singletons included) by NPV",
            columns: [
                ReportColumn("rank", "#"), ReportColumn("group", "Group"), ReportColumn("size", "Size"),
                ReportColumn("npv", "NPV", unit: "£"), ReportColumn("in_split", "In the split"),
            ])
        for (index, row) in shown.enumerated() {
            let mark = kept.contains(row.name) ? "kept" : inSplit.contains(row.members.sorted()) ? "yes" : ""
            table.append([.integer(index + 1), .text(row.name), .integer(row.members.count), .money(row.value), .text(mark)])
        }
        table.notes = ["NPV: the value the solver used for each group (the group together, or a borough alone)."]
        let json = JSONValue.array(shown.map { row in
            .object([
                ("members", .array(row.members.map { .string(model.drivers[$0].id.rawValue) })),
                ("npv", .number(row.value)), ("in_split", .bool(inSplit.contains(row.members.sorted()))),
            ])
        })
        return (table, json)
    }
}
