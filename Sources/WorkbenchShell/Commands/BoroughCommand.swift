import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `borough <id>`: a borough's profile, every figure with its source and evidence kind.
struct BoroughCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "borough", abstract: "Show a borough's profile: statistics, libraries, budgets, savings, arrangements.",
        discussion: "Every figure carries its source tag and whether it is published, derived or an estimate. "
            + "Authorities without a module show their comparator statistics only.",
        category: "Boroughs",
        arguments: [ArgumentSpec("borough", "a borough id such as bromley", completion: .borough)],
        examples: ["borough bromley", "borough camden --json"])

    let id: String

    init(parsing invocation: Invocation, context: CommandContext) throws {
        id = try context.authority(invocation.arguments[0]).id.rawValue
    }

    func run(in context: CommandContext) throws -> Reply {
        let statistics = try context.authority(id)
        guard let id = BoroughID(validating: id), let profile = try context.resolvedProfiles()[id] else {
            return Reply(
                blocks: [
                    .text("\(statistics.name) (\(statistics.onsCode ?? "no ONS code")): comparator authority, no borough module."),
                    .table(Self.statisticsTable(statistics)),
                ],
                data: [("id", .string(statistics.id.rawValue)), ("name", .string(statistics.name)), ("module", .bool(false))])
        }
        var blocks: [ReplyBlock] = [
            .text("\(profile.name) (\(statistics.onsCode ?? "no ONS code")), module '\(profile.id)'"),
            .table(Self.statisticsTable(statistics)),
        ]
        var libraries = ReportTable(
            title: "Libraries in April 2010 (\(profile.libraries.filter(\.statutory2010).count) statutory; \(profile.librariesSource))",
            columns: [
                ReportColumn("name", "Library"), ReportColumn("postcode", "Postcode"),
                ReportColumn("weekly_hours", "Weekly hours", unit: "h/week"), ReportColumn("hours_year", "Hours year"),
                ReportColumn("statutory_2016", "Statutory 2016"), ReportColumn("type_2016", "Type 2016"),
                ReportColumn("change", "Change by 2016"),
            ])
        for branch in profile.libraries {
            libraries.append([
                .text(branch.name), .text(branch.postcode), .number(branch.weeklyHours, decimals: 1),
                branch.hoursYear.map { .text(String($0)) } ?? .missing, .text(branch.statutory2016 ? "yes" : "no"),
                .text((branch.operation2016?.rawValue ?? "–") + (branch.sharedSpace2016 ? "+" : "")),
                .text(branch.change ?? ""),
            ])
        }
        libraries.notes = ["Types: LAL council-run, CRL community-run with council support, ICL independent community, CL commissioned, XL closed; + shared space [S71]."]
        blocks.append(.table(libraries))
        if !profile.figures.isEmpty {
            var figures = ReportTable(
                title: "Known budgets, costs, savings and staffing",
                columns: [
                    ReportColumn("figure", "Figure"), ReportColumn("value", "Value"), ReportColumn("period", "Period"),
                    ReportColumn("evidence", "Evidence"), ReportColumn("sources", "Sources"),
                ])
            for figure in profile.figures {
                figures.append([
                    .text(figure.label), .described(figure.value, text: figure.formattedValue), .text(figure.provenance.periodWithPrices ?? ""),
                    .text(figure.provenance.kind.rawValue), .text(figure.provenance.sources.map(\.description).joined()),
                ])
            }
            let methods = profile.figures.compactMap { f in f.provenance.method.map { "\(f.label): \($0)" } }
            figures.notes = methods
            blocks.append(.table(figures))
        }
        if !profile.arrangements.isEmpty {
            var arrangements = ReportTable(
                title: "Arrangements and changes",
                columns: [
                    ReportColumn("since", "Since"), ReportColumn("kind", "Kind"), ReportColumn("title", "What"),
                    ReportColumn("partners", "Partners"), ReportColumn("sources", "Sources"),
                ])
            for item in profile.arrangements.sorted(by: { $0.since < $1.since }) {
                arrangements.append([
                    .text(String(item.since)), .text(item.kind.rawValue), .text(item.title),
                    .text(item.partners.map(\.rawValue).joined(separator: ", ")),
                    .text(item.provenance.sources.map(\.description).joined()),
                ])
            }
            blocks.append(.table(arrangements))
        }
        blocks += profile.notes.map { .note($0) }
        return Reply(
            blocks: blocks,
            data: [
                ("id", .string(profile.id.rawValue)), ("name", .string(profile.name)), ("module", .bool(true)),
                ("profile", try JSONValue(encoding: profile)),
            ])
    }

    /// The comparable statistics as a table of measure, value, evidence and source.
    static func statisticsTable(_ s: AuthorityStatistics) -> ReportTable {
        var table = ReportTable(
            title: "Statistics",
            columns: [
                ReportColumn("measure", "Measure"), ReportColumn("value", "Value"), ReportColumn("period", "Period"),
                ReportColumn("evidence", "Evidence"), ReportColumn("sources", "Sources"),
            ])
        func add(_ label: String, _ cell: ReportCell, _ provenance: Provenance?) {
            table.append([
                .text(label), cell, .text(provenance?.periodWithPrices ?? ""), .text(provenance?.kind.rawValue ?? "missing"),
                .text(provenance?.sources.map(\.description).joined() ?? ""),
            ])
        }
        let row = ComparisonRow(s)
        add("Population", .number(s.population?.value, decimals: 0), s.population?.provenance)
        add("Area (hectares)", .number(s.hectares?.value, decimals: 0), s.hectares?.provenance)
        add("People per hectare", .number(row.density, decimals: 1),
            s.population.map { _ in Provenance(.derived, [SourceTag("S72")], period: s.population?.provenance.period, method: "population ÷ hectares") })
        add("IMD 2015 score (1 most deprived … 10 least)", .number(s.deprivation?.value.multiple, decimals: 2), s.deprivation?.provenance)
        add("Statutory libraries, April 2010", .integer(s.libraries2010?.value), s.libraries2010?.provenance)
        add("Statutory libraries, July 2016", .integer(s.libraries2016?.value), s.libraries2016?.provenance)
        add("Scheduled weekly hours", .number(s.weeklyHours?.value, decimals: 1), s.weeklyHours?.provenance)
        add("Annual library spend", .money(s.annualSpend?.value.pounds), s.annualSpend?.provenance)
        return table
    }
}
