import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `partners <project> [--among <ids>|london] [--max-size k] [--top n]`: every group of boroughs up to size k with its
/// savings together against going alone; `partners optimise <project> …`: the best partition into partnerships.
struct PartnersCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "partners", abstract: "Value every partnership of boroughs for a project, or find the best split into partnerships.",
        discussion: """
            'partners <project>' values every group of 2 to k boroughs (default 4) among --among (default the five
            pilots; 'london' for all 33): its full annual saving together against the sum of going alone, the extra
            one-off cost of working together, the appraisal year of full savings together and alone, and the NPV of
            the difference; the table shows the --top groups (default 15; 'all' for every one) by that NPV and says how
            many were valued. --geography says which groups are allowed: 'contiguous' (the default: the members form
            one connected piece of the border graph, see 'borders'), 'within:<km>' (every pair of members' centres
            within that distance) or 'any'; a workspace without boundaries for the boroughs falls back to 'any' and
            says so. 'partners optimise <project>' finds the partition (every borough in exactly one group of at most
            k, alone allowed) with the largest total NPV, exactly: with geography, by an exact set-partitioning search
            over the allowed groups that says whether its answer is proven optimal or, stopped by --time-limit, its
            proven gap; with 'any', a group's value depends only on its size and its members' total driver, so each
            profile of group sizes is filled optimally by sorting (rearrangement inequality), and every profile is
            tried. Costs of working together grow with the group (a share of spend per partner beyond the first and a
            cost per pair of members, calibrated on the tri-borough and Bexley and Bromley; with geography, a cost per km
            between each pair's centres too), so the best size is found, not assumed the largest. --keep a+b holds an existing partnership fixed (repeatable); --top n|all adds the groups valued,
            best first, so that the optimum can be checked with another solver ('export … --top all --to groups.csv
            --table 2' writes them). The economy of scale counts members, not their size, so a very small member (the
            City of London) raises a whole group's share: read its results with care. Projects: \(ToolkitParts.partnershipProjects.map(\.id).joined(separator: ", ")).
            Pilots use their profile's budget or stock figures where they have one; the others' spend is estimated as
            population × London's spend a head (£203m [S3] ÷ the 33 authorities' population [S72]).
            """,
        category: "Partnerships",
        arguments: [
            ArgumentSpec("project", "a partnership project, or 'optimise'",
                         completion: .values(["optimise"] + ToolkitParts.partnershipProjects.map(\.id))),
            ArgumentSpec("project-to-optimise", "after 'optimise': the project", arity: .optional,
                         completion: .values(ToolkitParts.partnershipProjects.map(\.id))),
        ],
        options: PartnershipArguments.options + [
            topOption.spec, PartnersGeography.option.spec, PartnersGeography.timeLimitOption.spec, PartnersKeep.option.spec,
        ],
        examples: [
            "partners shared-service", "partners procurement-consortium --among london --max-size 3 --top 10",
            "partners optimise shared-service --among london --max-size 4",
            "partners optimise shared-service --among london --keep bexley+bromley --top 10",
        ])

    /// `--top n|all` (`all` is read as `Int.max`).
    static let topOption = Option<Int>(
        "--top", value: "n|all", "how many groups to list (default 15; optimise: none), or 'all' for every group valued",
        accepts: nil, completion: .values(["all"])
    ) { text in
        if text == "all" { return Int.max }
        return try Int.read(text, argument: "--top", in: 1...1_000, expected: "a whole number from 1 to 1000, or 'all'")
    }

    let optimise: Bool
    let project: PartnershipProject
    let among: [AuthorityStatistics]
    let maxSize: Int
    let top: Int
    /// Whether `--top` was given (optimise lists the groups valued only then).
    let topGiven: Bool
    /// `--geography`: which groups are allowed; `--time-limit`: seconds for the exact search.
    let geography: PartnersGeography
    /// Whether `--geography` was given (the default falls back to `any` without boundaries; a given one is refused).
    let geographyGiven: Bool
    let timeLimit: Int
    /// `--keep` (optimise): the existing partnerships held fixed, as written.
    let keepTexts: [String]

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let first = invocation.arguments[0]
        if first == "optimise" || first == "optimize" {
            guard let name = invocation.argument(1) else {
                throw WorkbenchError(
                    .usage, "Missing the project to optimise after 'optimise'.",
                    hint: "Usage: partners optimise <project> [--among <ids>|london] [--max-size k]\nProjects: "
                        + ToolkitParts.partnershipProjects.map(\.id).joined(separator: ", ") + ".",
                    location: .init(argument: "<project>"))
            }
            optimise = true
            project = try PartnershipArguments.project(name)
        } else {
            if let extra = invocation.argument(1) {
                throw WorkbenchError(
                    .usage, "Unexpected argument '\(extra)' after the project '\(first)'.",
                    hint: "Usage: \(Self.spec.usage)", location: .init(argument: extra))
            }
            optimise = false
            project = try PartnershipArguments.project(first)
        }
        among = try PartnershipArguments.among(try invocation.value(PartnershipArguments.amongOption), context: context)
        maxSize = try invocation.value(PartnershipArguments.maxSizeOption) ?? 4
        top = try invocation.value(Self.topOption) ?? 15
        topGiven = invocation.isGiven(Self.topOption)
        geography = try PartnersGeography.parse(try invocation.value(PartnersGeography.option))
        geographyGiven = invocation.isGiven(PartnersGeography.option)
        timeLimit = try invocation.value(PartnersGeography.timeLimitOption) ?? 60
        keepTexts = try invocation.values(PartnersKeep.option)
        if !optimise, !keepTexts.isEmpty {
            throw WorkbenchError(
                .usage, "--keep holds a partnership fixed in 'partners optimise', not in the list of groups.",
                hint: "For example: partners optimise \(project.id) --among london --keep bexley+bromley",
                location: .init(argument: "--keep"))
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        let model = try PartnershipArguments.model(project, among: among, context: context, distanceCosts: false)
        let setting = try geographySetting(model, context: context)
        let costed = setting.withDistanceCosts(model)
        return optimise ? try optimiseReply(costed, setting: setting, context: context) : try listReply(costed, setting: setting, context: context)
    }

    /// Every group up to k (allowed by the geography), the best first.
    func listReply(_ model: PartnershipModel, setting: GeographySetting, context: CommandContext) throws -> Reply {
        var groups: [CoalitionOutcome]
        if setting.geography == .any {
            try Self.checkEveryGroup(count: model.drivers.count, maxSize: maxSize)
            groups = model.groups(maxSize: maxSize)
        } else {
            groups = try setting.allowedGroups(among: model.drivers.map(\.id), maxSize: maxSize)
                .filter { $0.count >= 2 }.map { model.outcome(of: $0) }
        }
        groups.sort {
            $0.npvDifference != $1.npvDifference ? $0.npvDifference > $1.npvDifference
                : $0.subject.description < $1.subject.description
        }
        let shown = Array(groups.prefix(top))
        let moneyDriver = project.driver.isMoney
        var table = ReportTable(
            title: "\(project.title): the \(shown.count) best of \(MoneyFormat.grouped(Double(groups.count))) groups of 2 to \(maxSize) by NPV gained",
            columns: [
                ReportColumn("rank", "#"), ReportColumn("group", "Group"), ReportColumn("size", "Size"),
                ReportColumn("driver", project.driver.label, unit: moneyDriver ? "£ a year" : "libraries"),
                ReportColumn("saving_together", "Saving together", unit: "£ a year"),
                ReportColumn("saving_alone", "Sum alone", unit: "£ a year"),
                ReportColumn("extra_one_off", "Extra one-off", unit: "£"),
                ReportColumn("full_year_together", "Full yr together", unit: "appraisal year"),
                ReportColumn("full_year_alone", "Full yr alone", unit: "appraisal year"),
                ReportColumn("npv_together", "NPV together", unit: "£"),
                ReportColumn("npv_alone", "NPV alone", unit: "£"),
                ReportColumn("npv_difference", "NPV gained", unit: "£"),
            ])
        for (index, group) in shown.enumerated() {
            table.append([
                .integer(index + 1), .text(group.subject.description), .integer(group.members.count),
                PartnershipArguments.driverCell(project, group.driver), .money(group.annualSavingTogether),
                .money(group.annualSavingAlone), .money(group.extraOneOff),
                .integer(group.fullSavingYearTogether), PartnershipArguments.yearCell(group.fullSavingYearAlone),
                .money(group.npvTogether), .money(group.npvAlone), .money(group.npvDifference),
            ])
        }
        table.notes = [
            PartnershipArguments.convention(model, context: context),
            "Full yr: the appraisal year in which the full saving first arrives (year 0 = \(context.assumptions.priceBaseYear))"
                + (project.savesAlone ? "." : "; – where going alone saves nothing."),
        ] + setting.notes
        let summary = "\(project.title) among \(among.count) boroughs: \(MoneyFormat.grouped(Double(groups.count))) "
            + (setting.geography == .any ? "groups" : setting.geography.description)
            + " of 2 to \(maxSize) evaluated."
        let basis = shown.first.map { best in
            context.basis(model, group: best.members.compactMap { model.index(of: $0) }, lead: "for the best group, ")
        }
        return Reply(
            blocks: (basis.map { [.text($0.line)] } ?? []) + [
                .text(summary), .table(table), .table(PartnershipArguments.driversTable(model)),
                .table(PartnershipArguments.parametersTable(project)),
            ],
            data: (basis.map { [("basis", $0.json)] } ?? []) + [
                ("project", .string(project.id)), ("boroughs", .number(Double(among.count))),
                ("groups_evaluated", .number(Double(groups.count))),
                ("groups", .array(shown.map(Self.json))),
            ])
    }

    /// The best partition.
    func optimiseReply(_ model: PartnershipModel, setting: GeographySetting, context: CommandContext) throws -> Reply {
        let keep = try PartnersKeep.resolve(keepTexts, among: model.drivers.map(\.id), context: context)
        if setting.geography != .any || !keep.isEmpty { return try geographyReply(model, setting: setting, keep: keep, context: context) }
        let result = PartitionOptimiser.optimise(model, maxSize: maxSize)
        var table = ReportTable(
            title: "\(project.title): the best split of \(among.count) boroughs into groups of at most \(maxSize)",
            columns: [
                ReportColumn("group", "Group"), ReportColumn("size", "Size"),
                ReportColumn("driver", project.driver.label, unit: project.driver.isMoney ? "£ a year" : "libraries"),
                ReportColumn("saving", "Saving a year", unit: "£ a year"), ReportColumn("one_off", "One-off", unit: "£"),
                ReportColumn("full_year", "Full yr", unit: "appraisal year"), ReportColumn("npv", "NPV", unit: "£"),
                ReportColumn("npv_gained", "NPV gained", unit: "£"),
            ])
        var outcomes: [CoalitionOutcome] = []
        for group in result.groups {
            let outcome = model.outcome(of: group)
            outcomes.append(outcome)
            table.append([
                .text(outcome.subject.description), .integer(group.count), PartnershipArguments.driverCell(project, outcome.driver),
                .money(outcome.annualSavingTogether), .money(outcome.oneOffTogether),
                group.count == 1 && !project.savesAlone ? .missing : .integer(outcome.fullSavingYearTogether),
                .money(outcome.npvTogether), .money(outcome.npvDifference),
            ])
        }
        table.append([
            .text("Total"), .integer(among.count), PartnershipArguments.driverCell(project, outcomes.reduce(0) { $0 + $1.driver }),
            .money(outcomes.reduce(0) { $0 + $1.annualSavingTogether }), .money(outcomes.reduce(0) { $0 + $1.oneOffTogether }),
            .missing, .money(result.total), .money(outcomes.reduce(0) { $0 + $1.npvDifference }),
        ])
        let candidates = (1...min(maxSize, among.count)).reduce(0) { $0 + Self.binomial(among.count, $1) }
        var notes = [
            PartnershipArguments.convention(model, context: context),
            "Method: \(result.method). \(result.profilesEvaluated) size profiles evaluated, \(MoneyFormat.grouped(Double(result.groupsValued))) "
                + "groups valued, standing for all \(MoneyFormat.grouped(Double(candidates))) possible groups of 1 to \(maxSize).",
            "Exact for the model: a group's value depends only on its size and its members' total driver. Geography, "
                + "existing partnerships and politics are not modelled.",
        ] + setting.notes
        if among.count <= 12 {
            let check = try PartitionOptimiser.exhaustive(count: among.count, maxSize: maxSize) { model.value(mask: $0) }
            let agrees = Swift.abs(check.total - result.total) <= 1e-6 * max(1, Swift.abs(result.total))
            notes.append(
                "Checked by dynamic programming over every partition (\(MoneyFormat.grouped(Double(check.groupsValued))) groups valued): total "
                    + "\(MoneyFormat.compact(check.total)), \(agrees ? "the same" : "DIFFERENT — please report this").")
        }
        table.notes = notes
        var valued: (table: ReportTable, json: JSONValue)? = nil
        if topGiven {
            try Self.checkEveryGroup(count: among.count, maxSize: maxSize)
            valued = valuedTable(model, groups: try setting.allowedGroups(among: model.drivers.map(\.id), maxSize: maxSize), chosen: result.groups)
        }
        let summary = "\(project.title) among \(among.count) boroughs, groups of at most \(maxSize): total NPV "
            + "\(MoneyFormat.compact(result.total)) in \(result.groups.count) groups "
            + "(\(result.groups.filter { $0.count > 1 }.count) partnerships, \(result.groups.filter { $0.count == 1 }.count) alone)."
        let map = partnershipMap(outcomes, shape: "groups")
        let partnership = result.groups.filter { $0.count > 1 }.max { model.value(of: $0) < model.value(of: $1) }
        let basis = partnership.map { context.basis(model, group: $0, lead: "for the split's largest-NPV partnership, ") }
        return Reply(
            blocks: (basis.map { [.text($0.line)] } ?? []) + [.text(summary), .table(table)]
                + (valued.map { [.table($0.table)] } ?? []) + [.chart(map), .table(PartnershipArguments.driversTable(model))],
            data: (basis.map { [("basis", $0.json)] } ?? []) + [
                ("project", .string(project.id)), ("boroughs", .number(Double(among.count))),
                ("max_size", .number(Double(maxSize))), ("total", .number(result.total)),
                ("partition", .array(outcomes.map(Self.json))),
                ("profiles_evaluated", .number(Double(result.profilesEvaluated))),
                ("groups_valued", .number(Double(result.groupsValued))),
                ("candidate_groups", .number(Double(candidates))),
            ] + (valued.map { [("groups", $0.json)] } ?? []))
    }

    /// One group as JSON.
    static func json(_ outcome: CoalitionOutcome) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("members", .array(outcome.members.map { .string($0.rawValue) })),
            ("driver", .number(outcome.driver)),
            ("annual_saving_together", .number(outcome.annualSavingTogether)),
            ("annual_saving_alone", .number(outcome.annualSavingAlone)),
            ("coordination_cost", .number(outcome.coordinationCost)),
            ("one_off_together", .number(outcome.oneOffTogether)),
            ("extra_one_off", .number(outcome.extraOneOff)),
            ("full_saving_year_together", .number(Double(outcome.fullSavingYearTogether))),
            ("npv_together", .number(outcome.npvTogether)),
            ("npv_alone", .number(outcome.npvAlone)),
            ("npv_difference", .number(outcome.npvDifference)),
        ]
        pairs.append(("full_saving_year_alone", outcome.fullSavingYearAlone.map { .number(Double($0)) } ?? .null))
        return .object(pairs)
    }

    /// Refuses to list every group of any members when there would be more than a million (England's 151
    /// authorities in groups of up to 4 would be 21 million, more than memory holds); contiguous groups are few.
    static func checkEveryGroup(count: Int, maxSize: Int) throws {
        let groups = (1...max(1, maxSize)).reduce(0) { $0 + binomial(count, $1) }
        guard groups <= 1_000_000 else {
            throw WorkbenchError(
                .invalidArgument, "Every group of 1 to \(maxSize) of \(count) boroughs is \(MoneyFormat.grouped(Double(groups))) groups, too many to list.",
                hint: "Use --geography contiguous (the default) or within:<km>, a smaller --max-size, or fewer boroughs in --among.",
                location: .init(argument: "--geography"))
        }
    }

    /// C(n, k).
    static func binomial(_ n: Int, _ k: Int) -> Int {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for i in 0..<min(k, n - k) { result = result * (n - i) / (i + 1) }
        return result
    }

    /// The partnership map: each group of a split placed by its combined driver and the NPV that working together
    /// gains, partnerships and boroughs alone as two series; `shape` names the groups ("groups", or the geography's).
    func partnershipMap(_ outcomes: [CoalitionOutcome], shape: String) -> ChartSpec {
        ChartSpec(
            kind: .scatter, title: "Partnership map: \(project.title), \(shape) of at most \(maxSize)",
            xLabel: "\(project.driver.label) of the group (\(project.driver.isMoney ? "£ a year" : "libraries"))",
            yLabel: "NPV gained by working together (£)",
            series: [
                ChartSpec.Series(name: "Partnerships", points: outcomes.filter { $0.members.count > 1 }.map {
                    ChartSpec.Point(label: $0.subject.description, x: $0.driver, y: $0.npvDifference)
                }),
                ChartSpec.Series(name: "Alone", points: outcomes.filter { $0.members.count == 1 }.map {
                    ChartSpec.Point(label: $0.subject.description, x: $0.driver, y: $0.npvDifference)
                }),
            ])
    }
}
