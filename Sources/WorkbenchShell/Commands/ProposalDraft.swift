import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `proposal new`: drafts a proposal from the workbench's own figures and saves it in the workspace. What the
/// workbench knows (the group, the project, its estimate and range, the days asked) is filled in; what only the
/// group can say (the own funds and staff capacity each member commits, their evidence, the timetable) is left as a
/// placeholder marked `TO FILL IN`, never invented.
enum ProposalDraft {
    /// Drafts, saves and describes the proposal.
    static func write(_ draft: ProposalCommand.Draft, context: CommandContext) throws -> Reply {
        let members = try draft.group.boroughs.map { try context.authority($0.rawValue, argument: "<group>") }
        let names = members.map(\.name)
        let joined = names.count <= 1
            ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        let mark = Proposal.toFillIn
        var proposal = Proposal(
            id: draft.id, title: "\(joined): \(draft.project.title)", group: draft.group.boroughs, project: draft.project.id,
            savingsClaimedPerYear: .zero, ownFundsCommitted: .zero, staffCapacity: Proposal.Capacity(),
            evidence: [
                Proposal.Evidence(kind: .funds, description: "\(mark): the budget decision or cabinet report committing each member's own funds"),
                Proposal.Evidence(kind: .capacity, description: "\(mark): the named officers and the days or FTE each member commits"),
            ],
            timetable: [
                Proposal.Milestone(milestone: "\(mark): business case to each member's cabinet", date: mark),
                Proposal.Milestone(milestone: "\(mark): the project running in full", date: mark),
            ],
            supportDaysAsked: draft.days)
        proposal.commitments = members.map {
            Proposal.Commitment(
                borough: $0.id, toFillIn: "\(mark): the own funds (£) and staff capacity (FTE, days) \($0.name) commits")
        }
        let estimate = try context.estimate(proposal)
        let saving = estimate.outcome.annualSavingTogether
        // The claim starts at the workbench's estimate, to the nearest pound; the group changes it to its own figure.
        proposal.savingsClaimedPerYear = Money(pounds: saving.rounded())
        let basis = try context.basis(of: proposal)
        proposal.workbenchEstimate = Proposal.WorkbenchEstimate(
            perYear: Money(pounds: saving), low: Money(pounds: estimate.low), high: Money(pounds: estimate.high),
            basis: basis.line)
        try ProposalStore.save(proposal, in: context.workspace, replace: draft.replace)

        let path = "\(ProposalStore.folder)/\(proposal.id).json"
        var table = ReportTable(
            title: "Drafted \(path)",
            columns: [ReportColumn("field", "Field"), ReportColumn("value", "Value"), ReportColumn("from", "From")])
        table.append([.text("group"), .text(draft.group.description), .text("the command line")])
        table.append([.text("project"), .text(draft.project.id), .text("the command line")])
        table.append([
            .text("savingsClaimedPerYear"),
            .described(proposal.savingsClaimedPerYear.pounds, text: MoneyFormat.whole(proposal.savingsClaimedPerYear.pounds)),
            .text("the workbench's estimate: change it to the group's own figure"),
        ])
        table.append([
            .text("workbenchEstimate"),
            .text("\(MoneyFormat.compact(saving)) a year (\(MoneyFormat.compact(estimate.low))–\(MoneyFormat.compact(estimate.high)))"),
            .text("the partnership model ('partners'), × the project's saving range"),
        ])
        table.append([.text("supportDaysAsked"), .described(draft.days, text: SupportCommand.format(draft.days)), .text("--days (at most one, as the programme offered)")])
        for member in members {
            table.append([.text("commitments.\(member.id)"), .text(mark), .text("the group: own funds and staff capacity")])
        }
        table.append([.text("ownFundsCommitted, staffCapacity"), .text("0, none"), .text("the group: the totals of the commitments")])
        table.append([.text("evidence"), .text(mark), .text("the group: funds and capacity, which targeted support requires")])
        table.append([.text("timetable"), .text(mark), .text("the group")])
        table.notes = [
            "Nothing is invented: until the group fills in its own funds, staff capacity and their evidence, the proposal "
                + "is not eligible for targeted support ('support allocate'). 'proposal check \(proposal.id)' lists what is still \(mark).",
        ]
        return Reply(
            blocks: [.text(basis.line), .table(table)],
            data: [("file", .string(path)), ("proposal", try JSONValue(encoding: proposal))])
    }
}
