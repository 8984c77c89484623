import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `shares <group> <project>`: a fair split of a partnership's NPV, savings and one-off costs by the Shapley value.
struct SharesCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "shares", abstract: "Split a partnership's joint savings and one-off costs fairly among partners (Shapley value).",
        discussion: """
            The game: v(S) is the NPV of coalition S working together on the project (a borough's own NPV alone for a
            single borough; 0 for nobody), from the same model as 'partners'. Each partner's share is its Shapley
            value, its marginal contribution averaged over every order in which the partners could join, computed
            exactly over all 2^n coalitions (up to 20 partners). The same is done for the full annual saving and for
            the one-off costs (transition, kit and joining), so each partner's share of the costs is its Shapley
            share of the cost game. Shares sum to the whole group's figure. A partner whose NPV share is below its NPV
            alone would do better alone.
            """,
        category: "Partnerships",
        arguments: [
            ArgumentSpec("group", "the partners joined by '+', such as bexley+bromley, or a scope such as pilots", completion: .scope),
            ArgumentSpec("project", "a partnership project", completion: .values(ToolkitParts.partnershipProjects.map(\.id))),
        ],
        examples: ["shares bexley+bromley shared-service", "shares merton+sutton+kingston-upon-thames procurement-consortium"])

    let group: [AuthorityStatistics]
    let project: PartnershipProject

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let text = invocation.arguments[0]
        // The group is a scope like any other (ids joined by '+' or ',', or pilots, london, england), within the
        // Shapley value's limit of players.
        let scope = try AuthorityScope.read(text, argument: "<group>")
        let members = try context.authorities(in: scope, argument: "<group>")
        guard (2...Shapley.maximumPlayers).contains(members.count) else {
            throw WorkbenchError(
                .invalidArgument,
                "The group '\(text)' has \(members.count) partner\(members.count == 1 ? "" : "s"); shares need 2 to \(Shapley.maximumPlayers).",
                hint: "Name two or more boroughs joined by '+'.", location: .init(argument: "<group>"))
        }
        if case .ids(let ids) = scope {
            // In the order typed, as the table has always listed them.
            group = try ids.reduce(into: [AuthorityStatistics]()) { out, id in
                let found = try context.authority(id, argument: "<group>")
                if !out.contains(where: { $0.id == found.id }) { out.append(found) }
            }
        } else {
            group = members
        }
        project = try PartnershipArguments.project(invocation.arguments[1])
    }

    func run(in context: CommandContext) throws -> Reply {
        let model = try PartnershipArguments.model(project, among: group, context: context)
        let n = group.count
        func size(_ mask: UInt64) -> Int { mask.nonzeroBitCount }
        func driver(_ mask: UInt64) -> Double {
            (0..<n).filter { mask & (1 << UInt64($0)) != 0 }.reduce(0) { $0 + model.drivers[$1].value }
        }
        let npv = try Shapley.values(players: n) { model.value(mask: $0) }
        // The saving net of the running cost of working together, as the group's outcome counts it.
        let saving = try Shapley.values(players: n) { mask in
            guard mask != 0 else { return 0 }
            let members = (0..<n).filter { mask & (1 << UInt64($0)) != 0 }
            return project.annualSaving(size: size(mask)) * driver(mask) - model.coordinationCost(of: members)
        }
        let cost = try Shapley.values(players: n) { mask in
            mask == 0 ? 0 : model.oneOff(size: size(mask), driver: driver(mask))
        }
        let whole = model.outcome(of: Array(0..<n))
        var table = ReportTable(
            title: "Shapley shares of \(whole.subject): \(project.title)",
            columns: [
                ReportColumn("id", "Id"), ReportColumn("name", "Borough"),
                ReportColumn("driver", project.driver.label, unit: project.driver.isMoney ? "£ a year" : "libraries"),
                ReportColumn("npv_alone", "NPV alone", unit: "£"), ReportColumn("npv_share", "NPV share", unit: "£"),
                ReportColumn("npv_percent", "% of NPV"), ReportColumn("pro_rata", "Pro rata", unit: "£"),
                ReportColumn("saving_share", "Saving share", unit: "£ a year"),
                ReportColumn("cost_share", "One-off share", unit: "£"), ReportColumn("better_alone", "Better alone?"),
            ])
        var betterAlone: [String] = []
        for i in 0..<n {
            let alone = model.value(of: [i])
            let worse = npv[i] < alone - 1e-6
            if worse { betterAlone.append(model.drivers[i].name) }
            table.append([
                .text(model.drivers[i].id.rawValue), .text(model.drivers[i].name),
                PartnershipArguments.driverCell(project, model.drivers[i].value), .money(alone), .money(npv[i]),
                .percent(whole.npvTogether != 0 ? npv[i] / whole.npvTogether : nil, decimals: 1),
                .money(whole.driver > 0 ? whole.npvTogether * model.drivers[i].value / whole.driver : nil),
                .money(saving[i]), .money(cost[i]), .text(worse ? "yes" : "no"),
            ])
        }
        table.append([
            .text("Total"), .text(""), PartnershipArguments.driverCell(project, whole.driver), .money(whole.npvAlone),
            .money(npv.reduce(0, +)), .percent(1, decimals: 1), .money(whole.npvTogether), .money(saving.reduce(0, +)), .money(cost.reduce(0, +)), .text(""),
        ])
        table.notes = [
            PartnershipArguments.convention(model, context: context),
            "Shares sum to the group's NPV together \(MoneyFormat.compact(whole.npvTogether)), full annual saving "
                + "\(MoneyFormat.compact(whole.annualSavingTogether)) and one-off cost \(MoneyFormat.compact(whole.oneOffTogether)) "
                + "(Shapley efficiency); exact over all \(1 << n) coalitions.",
            "Pro rata: the group's NPV split in proportion to each partner's \(project.driver.label.lowercased()), for "
                + "comparison. Where going alone is worth nothing, the Shapley value splits a pair's NPV equally: each "
                + "partner is equally necessary to it.",
            betterAlone.isEmpty
                ? "No partner would do better alone: each one's NPV share is at least its NPV alone."
                : "Would do better alone: \(betterAlone.joined(separator: ", ")) (NPV share below NPV alone).",
        ]
        // The model's basis differs from the project's own costing ('appraise'): the first line says so, with both.
        let basis = context.basis(model, group: Array(0..<n))
        return Reply(
            blocks: [.text(basis.line), .table(table), .table(PartnershipArguments.driversTable(model))],
            data: [
                ("basis", basis.json),
                ("group", .array(whole.members.map { .string($0.rawValue) })), ("project", .string(project.id)),
                ("npv_together", .number(whole.npvTogether)),
                ("shares", .array((0..<n).map { i in
                    .object([
                        ("id", .string(model.drivers[i].id.rawValue)), ("npv_share", .number(npv[i])),
                        ("npv_alone", .number(model.value(of: [i]))), ("saving_share", .number(saving[i])),
                        ("cost_share", .number(cost[i])), ("better_alone", .bool(npv[i] < model.value(of: [i]) - 1e-6)),
                    ])
                })),
            ])
    }
}
