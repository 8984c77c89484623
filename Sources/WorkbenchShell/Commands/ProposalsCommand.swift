import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `proposals`: the groups' proposals for support in the workspace, with what they claim and commit.
struct ProposalsCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "proposals", abstract: "List the proposals for support in the workspace (inputs/proposals/*.json).",
        discussion: """
            Each proposal names a group of boroughs, a partnership project, the savings claimed a year, the own funds
            and staff capacity committed with their evidence, and a timetable. Evidenced means an amount committed
            and a piece of evidence of that kind. The shipped proposals are illustrative examples, marked as such in
            their own text; no real 2010 proposals were found.
            """,
        category: "Partnerships", examples: ["proposals", "proposal check bexley-bromley-shared-service"])

    init(parsing invocation: Invocation, context: CommandContext) throws {}

    func run(in context: CommandContext) throws -> Reply {
        let proposals = try context.proposals()
        var table = ReportTable(
            title: "Proposals (\(proposals.count))",
            columns: [
                ReportColumn("id", "Id"), ReportColumn("group", "Group"), ReportColumn("project", "Project"),
                ReportColumn("claimed", "Claimed", unit: "£ a year"), ReportColumn("own_funds", "Own funds", unit: "£"),
                ReportColumn("fte", "FTE"), ReportColumn("days", "Days"),
                ReportColumn("funds_evidenced", "Funds evidenced"), ReportColumn("capacity_evidenced", "Capacity evidenced"),
                ReportColumn("illustrative", "Illustrative"),
            ])
        for p in proposals {
            table.append([
                .text(p.id), .text(p.subject.description), .text(p.project), .money(p.savingsClaimedPerYear.pounds),
                .money(p.ownFundsCommitted.pounds), .number(p.staffCapacity.fte, decimals: 1),
                .number(p.staffCapacity.days, decimals: 0), .text(p.evidencesOwnFunds ? "yes" : "no"),
                .text(p.evidencesCapacity ? "yes" : "no"), .text(p.illustrative == nil ? "no" : "yes"),
            ])
        }
        if proposals.contains(where: { $0.illustrative != nil }) {
            table.notes.append("Illustrative proposals are examples written for the workbench, not real 2010 proposals (none were found).")
        }
        if proposals.isEmpty {
            table.notes.append("No proposals: add JSON files under \(ProposalStore.folder)/ (see the shipped examples).")
        }
        return Reply(
            blocks: [.table(table)],
            data: [("proposals", .array(proposals.map { p in
                .object([
                    ("id", .string(p.id)), ("group", .array(p.group.map { .string($0.rawValue) })),
                    ("project", .string(p.project)), ("savings_claimed_per_year", .number(p.savingsClaimedPerYear.pounds)),
                    ("own_funds_committed", .number(p.ownFundsCommitted.pounds)),
                    ("funds_evidenced", .bool(p.evidencesOwnFunds)), ("capacity_evidenced", .bool(p.evidencesCapacity)),
                    ("illustrative", .bool(p.illustrative != nil)),
                ])
            }))])
    }
}
