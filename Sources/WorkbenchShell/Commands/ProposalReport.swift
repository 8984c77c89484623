import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `report proposal <id>`: a proposal written as a short document a group could send: what it asks and claims,
/// what each member commits, its evidence and timetable, and the workbench's check of the claim (`proposal check
/// <id>`, run as that command runs), with what is still to fill in.
enum ProposalReport {
    /// The document's sections.
    static func sections(_ proposal: Proposal, context: CommandContext) throws -> [ReportSection] {
        func name(_ id: BoroughID) -> String { context.registry.profiles[id]?.name ?? (try? context.authority(id.rawValue, argument: "<id>"))?.name ?? id.rawValue }
        let project = ToolkitParts.partnershipProjects.first { $0.id == proposal.project }
        var summary = ReportTable(
            title: "What the group proposes and asks",
            columns: [ReportColumn("item", "Item"), ReportColumn("value", "Value")])
        summary.append([.text("Group"), .text(proposal.group.map(name).joined(separator: ", "))])
        summary.append([.text("Project"), .text(project.map { "\($0.title) (\($0.id))" } ?? proposal.project)])
        summary.append([.text("Savings claimed a year, in full"), .money(proposal.savingsClaimedPerYear.pounds)])
        if let estimate = proposal.workbenchEstimate {
            summary.append([
                .text("The workbench's estimate when drafted"),
                .text("\(MoneyFormat.whole(estimate.perYear.pounds)) a year (range \(MoneyFormat.whole(estimate.low.pounds))–\(MoneyFormat.whole(estimate.high.pounds)))"),
            ])
        }
        summary.append([.text("Own funds committed"), .money(proposal.ownFundsCommitted.pounds)])
        summary.append([.text("Staff capacity committed"), .text(capacity(proposal.staffCapacity))])
        summary.append([.text("Days of support asked"), .text(SupportCommand.format(proposal.supportDaysAsked ?? 1) + (proposal.supportDaysAsked == nil ? " (not stated: counts as one)" : ""))])
        if let illustrative = proposal.illustrative { summary.notes.append("Illustrative: \(illustrative)") }

        var commitments = ReportTable(
            title: "What each member commits",
            columns: [ReportColumn("member", "Member"), ReportColumn("funds", "Own funds", unit: "£"), ReportColumn("capacity", "Staff capacity"), ReportColumn("open", "Still to fill in")])
        for commitment in proposal.commitments ?? [] {
            commitments.append([
                .text(name(commitment.borough)), commitment.ownFunds.map { .money($0.pounds) } ?? .text("–"),
                .text(commitment.staffCapacity.map(capacity) ?? "–"), .text(commitment.toFillIn ?? ""),
            ])
        }
        if commitments.rows.isEmpty { commitments.notes = ["The proposal lists no member's commitments; its totals are above."] }

        var evidence = ReportTable(title: "Evidence offered", columns: [ReportColumn("kind", "Kind"), ReportColumn("evidence", "Evidence")])
        for item in proposal.evidence { evidence.append([.text(item.kind.rawValue), .text(item.description)]) }
        var timetable = ReportTable(title: "Timetable", columns: [ReportColumn("n", "#"), ReportColumn("milestone", "Milestone"), ReportColumn("date", "Date")])
        for (index, item) in proposal.timetable.enumerated() { timetable.append([.integer(index + 1), .text(item.milestone), .text(item.date)]) }

        var proposalBlocks: [ReportBlock] = [.table(summary), .table(commitments), .table(evidence), .table(timetable)]
        proposalBlocks.append(.note(proposal.placeholders.isEmpty
            ? "Every field is filled in."
            : "Still \(Proposal.toFillIn) before sending: \(proposal.placeholders.joined(separator: ", ")) ('proposal edit \(proposal.id) <field> <value>')."))
        let check = try ReportSupport.run("proposal check \(proposal.id)", context: context)
        return [
            ReportSection(heading: proposal.title, blocks: proposalBlocks),
            ReportSection(heading: "The workbench's check of the claim ('proposal check \(proposal.id)')", blocks: ReportSupport.blocks(check)),
        ]
    }

    /// Staff capacity in words: `1.5 FTE and 20 days`, or `none stated`.
    static func capacity(_ capacity: Proposal.Capacity) -> String {
        var parts: [String] = []
        if let fte = capacity.fte { parts.append(MoneyFormat.fixed(fte, decimals: fte.rounded() == fte ? 0 : 1) + " FTE") }
        if let days = capacity.days { parts.append(MoneyFormat.fixed(days, decimals: days.rounded() == days ? 0 : 1) + " days") }
        return parts.isEmpty ? "none stated" : parts.joined(separator: " and ")
    }
}
