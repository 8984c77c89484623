import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `proposal check [<id>]`: tests a proposal's claimed savings against the workbench's own estimate and range.
struct ProposalCommand: ShellCommand {
    /// The subcommands.
    static let actions = ["check"]

    static let spec = CommandSpec(
        name: "proposal", abstract: "Check a proposal's claimed savings against the workbench's own estimate.",
        discussion: """
            'proposal check <id>' (or every proposal without an id) costs the proposal's group for its project with the
            partnership model ('partners') and flags a claim outside the range between the low and high ends of the
            project's uncertain saving (its 'Saving range' parameter, the extremes a simulation of it could draw). It
            also says whether the proposal evidences its own funds and staff capacity, which targeted support requires.
            """,
        category: "Partnerships",
        arguments: [
            ArgumentSpec("action", "check", completion: .values(actions)),
            ArgumentSpec("id", "a proposal's id (default: every proposal)", arity: .optional),
        ],
        examples: ["proposal check bexley-bromley-shared-service", "proposal check"])

    let proposals: [Proposal]

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let action = invocation.arguments[0]
        guard Self.actions.contains(action) else {
            throw WorkbenchError(
                .invalidArgument, "Unknown proposal action '\(action)'." + Suggestions.didYouMean(action, in: Self.actions),
                hint: "Actions: \(Self.actions.joined(separator: ", ")).", location: .init(argument: "<action>"))
        }
        if let id = invocation.argument(1) {
            proposals = [try context.proposal(id)]
        } else {
            proposals = try context.proposals()
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        var table = ReportTable(
            title: "Claims against the workbench's estimate",
            columns: [
                ReportColumn("id", "Proposal"), ReportColumn("group", "Group"), ReportColumn("project", "Project"),
                ReportColumn("claimed", "Claimed", unit: "£ a year"), ReportColumn("estimate", "Estimate", unit: "£ a year"),
                ReportColumn("low", "Low", unit: "£ a year"), ReportColumn("high", "High", unit: "£ a year"),
                ReportColumn("verdict", "Claim"), ReportColumn("funds", "Own funds evidenced"),
                ReportColumn("capacity", "Capacity evidenced"),
            ])
        var notes: [String] = []
        var data: [JSONValue] = []
        for proposal in proposals {
            let estimate = try context.estimate(proposal)
            table.append([
                .text(proposal.id), .text(proposal.subject.description), .text(proposal.project),
                .money(proposal.savingsClaimedPerYear.pounds), .money(estimate.outcome.annualSavingTogether),
                .money(estimate.low), .money(estimate.high), .text(estimate.isFlagged ? "FLAG: \(estimate.verdict)" : estimate.verdict),
                .text(proposal.evidencesOwnFunds ? "yes" : "no"), .text(proposal.evidencesCapacity ? "yes" : "no"),
            ])
            if estimate.estimatedDrivers > 0 {
                notes.append(
                    "\(proposal.id): \(estimate.estimatedDrivers) of \(proposal.group.count) members' \(estimate.project.driver.label.lowercased()) "
                        + "figures are estimates from population (see 'partners'), so the estimate is too.")
            }
            if proposal.illustrative != nil { notes.append("\(proposal.id) is an illustrative example, not a real proposal.") }
            data.append(.object([
                ("id", .string(proposal.id)), ("claimed", .number(proposal.savingsClaimedPerYear.pounds)),
                ("estimate", .number(estimate.outcome.annualSavingTogether)), ("low", .number(estimate.low)),
                ("high", .number(estimate.high)), ("flagged", .bool(estimate.isFlagged)), ("verdict", .string(estimate.verdict)),
            ]))
        }
        table.notes = [
            "Estimate: the full annual saving of the group working together, from the partnership model; low and high: "
                + "× the project's saving range (see 'partners <project>' for its sources).",
        ] + notes
        // The estimate is the partnership model's; the first line states it beside the project's own costing.
        let bases = try proposals.map { try context.basis(of: $0) }
        return Reply(
            blocks: [.text(bases.map(\.line).joined(separator: "\n")), .table(table)],
            data: [("basis", .array(bases.map(\.json))), ("checks", .array(data))])
    }
}
