import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `proposal check [<id>]`: tests a proposal's claimed savings against the workbench's own estimate and range;
/// `proposal new <group> <project>`: drafts a proposal in the workspace from the workbench's own figures;
/// `proposal edit <id> <field> <value>`: changes one field of it (`ProposalEdit`). `check` only reads, so it may be
/// saved as an analysis and put in a report; `new` and `edit` change the workspace.
struct ProposalCommand: ShellCommand {
    /// The subcommands.
    static let actions = ["check", "new", "edit"]

    static let spec = CommandSpec(
        name: "proposal", abstract: "Draft a proposal, or check its claimed savings against the workbench's own estimate.",
        discussion: """
            'proposal check <id>' (or every proposal without an id) costs the proposal's group for its project with the
            partnership model ('partners') and flags a claim outside the range between the low and high ends of the
            project's uncertain saving (its 'Saving range' parameter, the extremes a simulation of it could draw). It
            also says whether the proposal evidences its own funds and staff capacity, which targeted support requires,
            and which fields of a drafted proposal are still to fill in.
            'proposal new <group> <project>' drafts inputs/proposals/<id>.json from the workbench's own figures: the
            group, the project, the savings claimed (set to the workbench's estimate, with the estimate and its range
            beside it, for the group to change to its own figure), the days of support asked (--days, at most one, as
            the programme offered), and placeholders marked TO FILL IN for the own funds and staff capacity each
            member commits, their evidence and the timetable. Nothing is invented: a placeholder is never evidence.
            'proposal edit <id> <field> <value>' changes one field of a proposal in the workspace (under the lock,
            checked as reading checks it, written atomically): title, savings (£ a year claimed), days (of support
            asked, at most 1), funds.<member> (£), fte.<member>, staff-days.<member> (the totals follow the members'
            sums), evidence.funds, evidence.capacity, milestone.<n>, date.<n> (n+1 adds a milestone). 'report proposal
            <id>' writes the proposal as a short document the group could send. 'proposal check' only reads the
            workspace, so it may be saved as an analysis; 'new' and 'edit' change it.
            """,
        category: "Partnerships",
        arguments: [
            ArgumentSpec("action", "check, new or edit", completion: .values(actions)),
            ArgumentSpec("id", "check, edit: a proposal's id (check: default every proposal); new: the group, such as bexley+bromley", arity: .optional),
            ArgumentSpec("project", "new: the partnership project, such as shared-service; edit: the field", arity: .optional,
                         completion: .values(ToolkitParts.partnershipProjects.map(\.id))),
            ArgumentSpec("value", "edit: the field's new value", arity: .optional),
        ],
        options: [idOption.spec, daysOption.spec, replaceFlag.spec],
        examples: [
            "proposal check bexley-bromley-shared-service", "proposal check",
            "proposal new bexley+bromley shared-service --id bexley-bromley-draft",
            "proposal edit bexley-bromley-shared-service savings 700k",
        ],
        effects: .workspace)

    /// `proposal new` and `edit` write a file in the workspace.
    static var changesWorkspace: Bool { true }

    /// `proposal check` only reads; `new` and `edit` change the workspace.
    static func changesWorkspace(for arguments: [String]) -> Bool { arguments.first != "check" }

    /// `proposal check` has no effects; `new` and `edit` change the workspace.
    static func effects(of arguments: [String]) -> CommandEffects { arguments.first == "check" ? .none : .workspace }

    /// `--id ID`.
    static let idOption = Option<String>.text("--id", value: "ID", "new: the proposal's id (default: the members and the project joined by '-')")
    /// `--days D`.
    static let daysOption = Option<Double>.number(
        "--days", value: "D", "new: days of support asked to refine the proposal (default 1)", in: 0.1...1,
        expected: "a number of days from 0.1 to 1 (the programme offers up to one day a group)")
    /// `--replace`.
    static let replaceFlag = Flag("--replace", "new: replace a proposal with the same id")

    /// A proposal to draft.
    struct Draft {
        /// The group.
        var group: Subject
        /// The project.
        var project: PartnershipProject
        /// The id to save it under.
        var id: String
        /// Days of support asked.
        var days: Double
        /// Whether an existing proposal may be replaced.
        var replace: Bool
    }

    let proposals: [Proposal]
    let draft: Draft?
    /// `proposal edit`: the id, field and value.
    let edit: (id: String, field: String, value: String)?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let action = invocation.arguments[0]
        guard Self.actions.contains(action) else {
            throw WorkbenchError(
                .invalidArgument, "Unknown proposal action '\(action)'." + Suggestions.didYouMean(action, in: Self.actions),
                hint: "Actions: \(Self.actions.joined(separator: ", ")).", location: .init(argument: "<action>"))
        }
        if action == "new" {
            proposals = []
            edit = nil
            draft = try Self.draft(invocation, context: context)
            return
        }
        draft = nil
        if action == "edit" {
            proposals = []
            let usage = "Usage: proposal edit <id> <field> <value>, such as 'proposal edit bexley-bromley-draft savings 700k'."
            guard let id = invocation.argument(1) else {
                throw WorkbenchError(.usage, "Missing the proposal's id for 'proposal edit'.", hint: usage, location: .init(argument: "<id>"))
            }
            _ = try context.proposal(id)
            guard let field = invocation.argument(2) else {
                throw WorkbenchError(
                    .usage, "Missing the field for 'proposal edit'.",
                    hint: usage + " Fields: " + ProposalEdit.fields.joined(separator: ", ") + ".", location: .init(argument: "<field>"))
            }
            _ = try ProposalEdit.field(field)
            guard let value = invocation.argument(3) else {
                throw WorkbenchError(.usage, "Missing the value for 'proposal edit \(id) \(field)'.", hint: usage, location: .init(argument: "<value>"))
            }
            edit = (id, field, value)
            return
        }
        edit = nil
        if let extra = invocation.argument(2) {
            throw WorkbenchError(
                .usage, "Unexpected argument '\(extra)' after 'proposal check'.",
                hint: "Usage: proposal check [<id>]", location: .init(argument: extra))
        }
        if let id = invocation.argument(1) {
            proposals = [try context.proposal(id)]
        } else {
            proposals = try context.proposals()
        }
    }

    /// Reads `proposal new <group> <project> [--id ID] [--days D] [--replace]`.
    static func draft(_ invocation: Invocation, context: CommandContext) throws -> Draft {
        let usage = "Usage: proposal new <group> <project> [--id ID] [--days D] [--replace], such as 'proposal new bexley+bromley shared-service'."
        guard let groupText = invocation.argument(1) else {
            throw WorkbenchError(.usage, "Missing the group for 'proposal new'.", hint: usage, location: .init(argument: "<group>"))
        }
        guard let group = Subject(argument: groupText) else {
            throw WorkbenchError(
                .invalidArgument, "The group '\(groupText)' is not a borough id or a group such as 'bexley+bromley'.",
                hint: "Borough ids are lower-case with hyphens; join a group with '+'.", location: .init(argument: "<group>"))
        }
        for id in group.boroughs { _ = try context.authority(id.rawValue, argument: "<group>") }
        guard let projectText = invocation.argument(2) else {
            throw WorkbenchError(.usage, "Missing the project for 'proposal new'.", hint: usage, location: .init(argument: "<project>"))
        }
        let project = try PartnershipArguments.project(projectText)
        let id = try invocation.value(idOption)
            ?? (group.boroughs.map(\.rawValue) + [project.id]).joined(separator: "-")
        guard BoroughID.isValid(id) else {
            throw WorkbenchError.invalid("--id", id, expected: "lower-case letters, digits and hyphens, such as bexley-bromley-draft")
        }
        return Draft(
            group: group, project: project, id: id, days: try invocation.value(daysOption) ?? 1,
            replace: invocation.flag(replaceFlag))
    }

    func run(in context: CommandContext) throws -> Reply {
        if let draft { return try ProposalDraft.write(draft, context: context) }
        if let edit { return try ProposalEdit.run(id: edit.id, field: edit.field, value: edit.value, context: context) }
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
            if !proposal.placeholders.isEmpty {
                notes.append("\(proposal.id): still \(Proposal.toFillIn): \(proposal.placeholders.joined(separator: ", ")).")
            }
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
