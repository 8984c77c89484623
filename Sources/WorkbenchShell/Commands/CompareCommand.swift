import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `compare [<ids>…] [--within <scope>] [--all] [--by <measure>] [--where <condition>]… [--top n]`: the comparative
/// table of the pilots, named authorities, a scope (`london`, `england`, …) or all London.
struct CompareCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "compare", abstract: "Compare boroughs: population, libraries, hours against the 128 standard, deprivation, spend.",
        discussion: """
            Without ids, compares the boroughs that have modules (the pilots); with --all, every London authority the
            workspace holds; with --within, a scope: pilots, london, england (after 'import authorities' and 'import
            libraries') or ids joined by '+'. --where keeps the rows that meet every condition given (population>300000,
            region=london, hours<100, name~upon; a row missing the figure is left out, never counted as zero), --by sorts
            them, largest first, and --top keeps the first n on screen; 'report' and 'export' of the same line without
            --top carry every row.
            Populations are ONS mid-2015 [S72]; library counts are statutory libraries in April 2010 and July 2016 [S71];
            hours are 2016 scheduled weekly hours × 52 per 1,000 people against the PLSS 2 standard of 128 a year [S68].
            Missing figures show as –, never as zero.
            """,
        category: "Boroughs",
        arguments: [ArgumentSpec("ids", "borough ids to compare", arity: .variadic, completion: .borough)],
        options: [
            byOption.spec, allFlag.spec, withinOption.spec, whereOption.spec, topOption.spec,
        ],
        examples: [
            "compare", "compare bromley bexley sutton --by hours", "compare --all --by libraries",
            "compare --within london --where 'population>300000' --by hours --top 5",
        ])

    /// `--by measure`.
    static let byOption = Option<ComparisonRow.Measure>.named(
        "--by", value: "measure", "sort by a measure, largest first: " + ComparisonRow.Measure.allCases.map(\.rawValue).joined(separator: ", "),
        names: ComparisonRow.Measure.allCases.map(\.rawValue), noun: "Measures", lookup: { ComparisonRow.Measure(rawValue: $0) })
    /// `--all`.
    static let allFlag = Flag("--all", "compare every London authority the workspace holds (with --within: every one of the scope)")
    /// `--within scope` (also `--among`).
    static let withinOption = Option<AuthorityScope>.scope("the authorities to compare (default the pilots; --all: london)")
    /// `--where condition`, repeatable.
    static let whereOption = Option<ComparisonFilter>.filter("keep rows that meet the condition (repeat for several)")
    /// `--top n`.
    static let topOption = Option<Int>.integer("--top", "show only the first n rows (after --where and --by)", in: 1...10_000)

    let ids: [String]
    let measure: ComparisonRow.Measure?
    let all: Bool
    let scope: AuthorityScope?
    let filters: [ComparisonFilter]
    let top: Int?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        ids = invocation.arguments
        all = invocation.flag(Self.allFlag)
        measure = try invocation.value(Self.byOption)
        scope = try invocation.value(Self.withinOption)
        filters = try invocation.values(Self.whereOption)
        top = try invocation.value(Self.topOption)
        if all, !ids.isEmpty {
            throw WorkbenchError(.usage, "Give borough ids or --all, not both.", location: .init(argument: "--all"))
        }
        if scope != nil, !ids.isEmpty {
            throw WorkbenchError(
                .usage, "Give borough ids or --within, not both.",
                hint: "Name the ids in the scope instead: --within \(ids.joined(separator: "+")).", location: .init(argument: "--within"))
        }
        for id in ids { _ = try context.authority(id, argument: "<ids>") }
        if let scope { _ = try context.authorities(in: scope) }
    }

    func run(in context: CommandContext) throws -> Reply {
        let statistics: [AuthorityStatistics]
        if let scope {
            statistics = try context.authorities(in: scope).sorted { $0.name < $1.name }
        } else if all {
            statistics = try context.authorities()
        } else if ids.isEmpty {
            let profiles = try context.resolvedProfiles(recording: false)
            statistics = context.registry.boroughIDs.compactMap { profiles[$0]?.statistics }
        } else {
            statistics = try ids.map { try context.authority($0, argument: "<ids>") }
        }
        var rows = statistics.map(ComparisonRow.init)
        let considered = rows.count
        if !filters.isEmpty { rows = rows.filter { row in filters.allSatisfy { $0.matches(row) } } }
        let matched = rows.count
        if let measure { rows = ComparisonRow.sorted(rows, by: measure) }
        if let top, rows.count > top { rows = Array(rows.prefix(top)) }
        try context.recordStatisticsUse(of: rows.map(\.statistics))
        var table = Self.table(rows)
        if scope != nil || !filters.isEmpty || top != nil {
            table.title = Self.title(shown: rows.count, matched: matched, considered: considered, scope: scope, filters: filters, measure: measure)
            if rows.count < matched {
                table.notes.append(
                    "Showing \(rows.count) of \(matched) rows (--top \(top ?? rows.count)); 'export' or 'report' of the line without "
                        + "--top carries all of them.")
            }
            if !filters.isEmpty {
                table.notes.append(
                    "Kept \(matched) of \(considered) where " + filters.map(\.description).joined(separator: " and ")
                        + "; a row missing a tested figure is left out. Region: the datasets give London (ONS codes E09) and outside it only.")
            }
        }
        return Reply(
            blocks: [.table(table), .chart(Self.chart(rows))],
            data: [("count", .number(Double(rows.count)))]
                + (scope != nil || !filters.isEmpty || top != nil
                    ? [("matched", .number(Double(matched))), ("considered", .number(Double(considered)))] : []))
    }

    /// The title of a scoped, filtered or cut table: `Comparison of 150 authorities within england by hours: top 10`.
    static func title(
        shown: Int, matched: Int, considered: Int, scope: AuthorityScope?, filters: [ComparisonFilter], measure: ComparisonRow.Measure?
    ) -> String {
        var title = "Comparison of \(considered) authorit\(considered == 1 ? "y" : "ies")"
        if let scope { title += " within \(scope)" }
        if !filters.isEmpty { title += " where " + filters.map(\.description).joined(separator: " and ") + " (\(matched))" }
        if let measure { title += " by \(measure.rawValue)" }
        if shown < matched { title += ": top \(shown)" }
        return title
    }

    /// Bars of annual opening hours per 1,000 people, with the PLSS 2 standard of 128 marked; authorities without
    /// hours are left out.
    static func chart(_ rows: [ComparisonRow]) -> ChartSpec {
        let points = rows.compactMap { row in
            row.annualHoursPerThousand.map { ChartSpec.Point(label: row.statistics.name, y: $0) }
        }
        return ChartSpec(
            kind: .bar, title: "Annual opening hours per 1,000 people, 2016 [S71][S72]", xLabel: "Authority",
            yLabel: "Hours per 1,000 people a year (h)", series: [ChartSpec.Series(name: "Hours per 1,000", points: points)],
            references: [ChartSpec.Reference(label: "2008 standard: 128 [S68]", value: 128)])
    }

    /// The year a figure refers to, short: the first word of its period (`2020` of `2020 (a decade after …)`).
    static func year(_ provenance: Provenance?) -> String? {
        provenance?.period.flatMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// The comparison table; shared with reports and the benchmark. No column mixes years silently: the hours and
    /// spend columns name their year in the header when every row's figure is of one year, and otherwise gain a
    /// year column beside them.
    static func table(_ rows: [ComparisonRow]) -> ReportTable {
        let hoursYears = Set(rows.compactMap { year($0.statistics.weeklyHours?.provenance) })
        let spendYears = Set(rows.compactMap { row in row.spendPerHead == nil ? nil : year(row.statistics.annualSpend?.provenance) })
        let hoursMixed = hoursYears.count > 1
        let spendMixed = spendYears.count > 1
        let hoursHeader = "Hours/1,000/yr" + (hoursYears.count == 1 ? " (\(hoursYears.first ?? ""))" : "")
        // Restated spend names the price base it is in, `Spend/head (2020, 2010/11 prices)`, when every row's spend is
        // in it (restated, or of the base year itself); a figure the deflator could not convert leaves it unnamed.
        let spendProvenances = rows.compactMap { row in row.spendPerHead == nil ? nil : row.statistics.annualSpend?.provenance }
        let base = spendProvenances.lazy.compactMap(\.prices).first
        let allInBase = base.map { base in
            spendProvenances.allSatisfy { ($0.prices ?? PriceDeflator.year(ofPeriod: $0.period)) == base }
        } ?? false
        let spendLabels = (spendYears.count == 1 ? [spendYears.first ?? ""] : []) + (allInBase ? ["\(base!) prices"] : [])
        let spendHeader = "Spend/head" + (spendLabels.isEmpty ? "" : " (" + spendLabels.joined(separator: ", ") + ")")
        var table = ReportTable(
            title: "Comparison of \(rows.count) authorit\(rows.count == 1 ? "y" : "ies")",
            columns: [
                ReportColumn("id", "Id"), ReportColumn("name", "Authority"),
                ReportColumn("population", "Population", unit: "people"),
                ReportColumn("population_source", "Src"),
                ReportColumn("libraries_2010", "Libs 2010", unit: "libraries"),
                ReportColumn("libraries_2016", "Libs 2016", unit: "libraries"),
                ReportColumn("change_2010_2016", "Change", unit: "libraries"),
                ReportColumn("libraries_source", "Src"),
                ReportColumn("people_per_library", "People/lib", unit: "people"),
                ReportColumn("hours_per_1000", hoursHeader, unit: "h per 1,000 people a year"),
            ]
                + (hoursMixed ? [ReportColumn("hours_year", "Hours year")] : [])
                + [
                    ReportColumn("against_standard", "vs 128", unit: "fraction of PLSS 2"),
                    ReportColumn("imd_score", "IMD", unit: "score 1-10"),
                    ReportColumn("spend_per_head", spendHeader, unit: "£ per person"),
                ]
                + (spendMixed ? [ReportColumn("spend_year", "Spend year")] : []))
        for row in rows {
            let s = row.statistics
            let hoursYear: [ReportCell] = hoursMixed ? [year(s.weeklyHours?.provenance).map { .text($0) } ?? .missing] : []
            let spendYear: [ReportCell] =
                spendMixed ? [row.spendPerHead == nil ? .missing : year(s.annualSpend?.provenance).map { .text($0) } ?? .missing] : []
            table.append(
                [
                    .text(s.id.rawValue), .text(s.name), .number(s.population?.value, decimals: 0),
                    .text(s.population?.provenance.sources.map(\.rawValue).joined(separator: ",") ?? ""),
                    .integer(s.libraries2010?.value), .integer(s.libraries2016?.value),
                    row.libraryChange.map { .described(Double($0), text: $0 > 0 ? "+\($0)" : "\($0)") } ?? .missing,
                    .text(s.libraries2010?.provenance.sources.map(\.rawValue).joined(separator: ",") ?? ""),
                    .number(row.peoplePerLibrary, decimals: 0), .number(row.annualHoursPerThousand, decimals: 1),
                ] + hoursYear + [
                    .percent(row.againstStandard, decimals: 0), .number(s.deprivation?.value.multiple, decimals: 2),
                    row.spendPerHead.map { .described($0, text: "£" + MoneyFormat.fixed($0, decimals: 2)) } ?? .missing,
                ] + spendYear)
        }
        table.notes = [
            "Population: ONS mid-2015 [S72]. Libraries: statutory in April 2010 and July 2016 [S71] (Camden 13 in 2010: St Pancras has no row of its own [S30]).",
            "People per library: mid-2015 population ÷ April 2010 libraries, a ratio of two years (2015 people, 2010 libraries; derived). Hours: 2016 scheduled weekly hours × 52 ÷ mid-2015 population × 1,000, a ratio of two years (2016 hours, 2015 people), against PLSS 2's 128 [S68] (derived).",
            "Spend per head only where a budget figure exists, in its own year (see 'borough <id>') ÷ mid-2015 population, so "
                + "it combines that year with 2015; when rows' years differ, the Spend year column gives each. Spend of "
                + "another year is restated in the workspace's price base with HM Treasury's GDP deflator [S82] (March "
                + "2026 release; a year alone is read as the financial year starting in it). – means no figure.",
        ]
        return table
    }
}
