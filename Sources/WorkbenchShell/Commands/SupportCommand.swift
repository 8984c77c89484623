import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `support allocate [--days D] [--targeted N]` and `support peers <subject> [--project p]`: the programme's support
/// package (seed bulletin no. 8, 27 October 2010).
struct SupportCommand: ShellCommand {
    /// The subcommands.
    static let actions = ["allocate", "peers"]

    static let spec = CommandSpec(
        name: "support", abstract: "Allocate the support package to proposals, or pair boroughs with peers who have done a project.",
        discussion: """
            'support allocate' ranks the workspace's proposals by the workbench's estimate of their annual saving (the
            estimate, not the claim) per borough in the group per day of support asked (1 when the proposal does not
            say), so a group does not rank higher for being large; ties go to the higher strategic impact (the
            project's choice as the options framework scored it for the group's pilots, mean score ÷ 3). In rank order
            each group gets the days it asks, at most one, until the --days (default 5) run out; then up to
            --targeted (default 2) projects are selected for targeted support, gated: only proposals that evidence
            both their own funds and their staff capacity are eligible. Every decision comes with its reason.
            'support peers <subject>' pairs each borough of the subject with London boroughs that have done a project
            of the same kind in the case studies, nearest first by the nearest-neighbours distance ('neighbours'). Only
            case studies known at the workspace's as-at date name peers; --hindsight adds the later ones, marked.
            With --within <scope> (england after the imports), distances are taken within the scope, and its
            authorities' own changes 2010–2016 in the libraries dataset count too: closures, libraries handed to
            communities, libraries commissioned [S71]; the nearest \(Self.peersPerKind) of each kind are listed.
            """,
        category: "Partnerships",
        arguments: [
            ArgumentSpec("action", "allocate or peers", completion: .values(actions)),
            ArgumentSpec("subject", "peers: the borough or group starting a project", arity: .optional, completion: .subject),
        ],
        options: [
            daysOption.spec, targetedOption.spec, projectOption.spec, withinOption.spec,
            CommandContext.hindsightFlag.spec,
        ],
        examples: [
            "support allocate", "support allocate --days 2 --targeted 1", "support peers merton",
            "support peers enfield --project shared-rfid", "support peers merton --within london",
            "support peers merton --hindsight",
        ])

    /// `--days D`.
    static let daysOption = Option<Double>.number(
        "--days", value: "D", "allocate: total days of support to refine proposals (default 5)", in: 0...1_000,
        expected: "a number of days from 0 to 1,000, such as 5 or 2.5")
    /// `--targeted N`.
    static let targetedOption = Option<Int>.integer(
        "--targeted", value: "N", "allocate: projects to select for targeted support (default 2)", in: 0...100)
    /// `--within scope` (also `--among`): peers: where peers are sought.
    static let withinOption = Option<AuthorityScope>.scope(
        "peers: where to seek peers, adding the scope's own library changes 2010–2016 (default london, case studies only)")
    /// With a scope, how many peers of each kind are listed for each starting borough.
    static let peersPerKind = 5
    /// `--project p`.
    static let projectOption = PartnershipArguments.projectOption("peers: only peers for this partnership project")

    let action: String
    let subject: Subject?
    let days: Double
    let targeted: Int
    let project: PartnershipProject?
    let within: AuthorityScope?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        action = invocation.arguments[0]
        guard Self.actions.contains(action) else {
            throw WorkbenchError(
                .invalidArgument, "Unknown support action '\(action)'." + Suggestions.didYouMean(action, in: Self.actions),
                hint: "Actions: \(Self.actions.joined(separator: ", ")).", location: .init(argument: "<action>"))
        }
        days = try invocation.value(Self.daysOption) ?? 5
        targeted = try invocation.value(Self.targetedOption) ?? 2
        project = try invocation.value(Self.projectOption)
        within = try invocation.value(Self.withinOption)
        if let within { _ = try context.authorities(in: within) }
        if action == "peers" {
            guard let text = invocation.argument(1) else {
                throw WorkbenchError(
                    .usage, "Missing the subject for 'support peers'.",
                    hint: "Usage: support peers <subject> [--project p], such as 'support peers merton'.",
                    location: .init(argument: "<subject>"))
            }
            guard let parsed = Subject(argument: text) else {
                throw WorkbenchError(
                    .invalidArgument, "The subject '\(text)' is not a borough id or a group such as 'bexley+bromley'.",
                    hint: "Borough ids are lower-case with hyphens; join a group with '+'.", location: .init(argument: "<subject>"))
            }
            for id in parsed.boroughs { _ = try context.authority(id.rawValue, argument: "<subject>") }
            subject = parsed
        } else {
            if let extra = invocation.argument(1) {
                throw WorkbenchError(
                    .usage, "Unexpected argument '\(extra)' after 'support allocate'.",
                    hint: "Usage: support allocate [--days D] [--targeted N]", location: .init(argument: extra))
            }
            subject = nil
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        action == "peers" ? try peers(context) : try allocate(context)
    }

    func allocate(_ context: CommandContext) throws -> Reply {
        let proposals = try context.proposals()
        guard !proposals.isEmpty else {
            throw WorkbenchError(
                .notFound, "The workspace has no proposals to allocate support to.",
                hint: "Add JSON files under \(ProposalStore.folder)/ (see 'help proposals').")
        }
        var notes: [String] = []
        var estimates: [String: ProposalEstimate] = [:]
        var candidates: [SupportAllocation.Candidate] = []
        for proposal in proposals {
            let estimate = try context.estimate(proposal)
            estimates[proposal.id] = estimate
            let impact = try context.impact(of: estimate, group: proposal.group)
            if impact == nil { notes.append("\(proposal.id): no pilot in the group, so its impact counts as 0.") }
            candidates.append(SupportAllocation.Candidate(
                id: proposal.id, group: proposal.subject, savingsPotential: estimate.outcome.annualSavingTogether,
                impact: impact ?? 0, fundsEvidenced: proposal.evidencesOwnFunds, capacityEvidenced: proposal.evidencesCapacity,
                daysAsked: proposal.supportDaysAsked ?? 1))
        }
        let decisions = SupportAllocation.allocate(candidates, days: days, targeted: targeted)
        let byID = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0) })
        var table = ReportTable(
            title: "Support for \(proposals.count) proposals: \(Self.format(days)) days, up to \(targeted) targeted",
            columns: [
                ReportColumn("rank", "#"), ReportColumn("id", "Proposal"), ReportColumn("group", "Group"),
                ReportColumn("estimate", "Saving (estimate)", unit: "£ a year"), ReportColumn("boroughs", "Boroughs"),
                ReportColumn("asked", "Days asked"), ReportColumn("score", "Score", unit: "£ a year per borough per day asked"),
                ReportColumn("impact", "Impact", unit: "0–1"), ReportColumn("days", "Days"), ReportColumn("days_reason", "Why"),
                ReportColumn("targeted", "Targeted"), ReportColumn("targeted_reason", "Why"),
            ])
        for decision in decisions {
            let candidate = byID[decision.id]
            let saving: Double? = candidate?.savingsPotential
            let impact: Double? = candidate?.impact
            let row: [ReportCell] = [
                .integer(decision.rank), .text(decision.id), .text(candidate?.group.description ?? ""),
                .money(saving), .integer(candidate?.group.boroughs.count ?? 0), .number(candidate?.daysAsked, decimals: 1),
                .money(decision.score), .number(impact, decimals: 3),
                .number(decision.days, decimals: 1), .text(decision.daysReason), .text(decision.targeted ? "yes" : "no"),
                .text(decision.targetedReason),
            ]
            table.append(row)
        }
        let flagged = proposals.filter { estimates[$0.id]?.isFlagged == true }.map(\.id)
        if !flagged.isEmpty {
            notes.append("Claims outside the workbench's range (see 'proposal check'): \(flagged.joined(separator: ", ")); ranking uses the estimate, not the claim.")
        }
        table.notes = [SupportAllocation.rule] + notes
        // The estimates are the partnership model's; the first line states each beside the project's own costing.
        let bases = try proposals.map { try context.basis(of: $0) }
        return Reply(
            blocks: [.text(bases.map(\.line).joined(separator: "\n")), .table(table)],
            data: [("basis", .array(bases.map(\.json))), ("decisions", try JSONValue(encoding: decisions))])
    }

    /// `2.5`, `5`: days without trailing zeros.
    static func format(_ days: Double) -> String {
        var text = MoneyFormat.fixed(days, decimals: 2)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    func peers(_ context: CommandContext) throws -> Reply {
        guard let subject else { return Reply(blocks: []) }
        if within != nil { return try scopedPeers(context, subject: subject) }
        let london = try context.authorities().filter(\.isLondon)
        let kinds: [CaseStudyKind] = project.map { [$0.caseKind] } ?? CaseStudyKind.allCases
        // Who has done what: London partners of the case studies, by kind.
        // Only cases known at the as-at date name peers (the same rule as 'casestudies'), unless --hindsight.
        let (known, leftOut) = context.casesAsAt()
        let hindsightCases = Set(known.filter(\.isHindsight).map(\.caseStudy.id))
        var doers: [CaseStudyKind: [(borough: BoroughID, caseStudy: CaseStudy)]] = [:]
        for caseStudy in known.map(\.caseStudy) {
            for partner in caseStudy.partners where !subject.boroughs.contains(partner) {
                doers[caseStudy.kind, default: []].append((partner, caseStudy))
            }
        }
        var table = ReportTable(
            title: "Peers for \(subject): boroughs that have done a similar project (case studies), nearest first",
            columns: [
                ReportColumn("starting", "Starting"), ReportColumn("kind", "Project kind"), ReportColumn("peer", "Peer"),
                ReportColumn("case", "Case study"), ReportColumn("started", "Started"),
                ReportColumn("distance", "Distance", unit: "rebased, farthest = 1"), ReportColumn("pairing", "Pairing"),
            ])
        var pairs: [JSONValue] = []
        for starting in subject.boroughs {
            let result = try NearestNeighbours.find(subject: starting, among: london, k: max(1, london.count - 1))
            let distance = Dictionary(result.neighbours.map { ($0.id, $0.distance) }, uniquingKeysWith: { a, _ in a })
            for kind in kinds {
                let candidates = (doers[kind] ?? []).sorted {
                    (distance[$0.borough] ?? 2, $0.borough.rawValue) < (distance[$1.borough] ?? 2, $1.borough.rawValue)
                }
                var seen = Set<BoroughID>()
                for (index, entry) in candidates.enumerated() where seen.insert(entry.borough).inserted {
                    table.append([
                        .text(starting.rawValue), .text(kind.rawValue), .text(entry.borough.rawValue), .text(entry.caseStudy.id.rawValue),
                        (entry.caseStudy.startDate ?? entry.caseStudy.decisionDate).map { .text($0.description) } ?? .missing,
                        .number(distance[entry.borough], decimals: 3),
                        .text((index == 0 ? "suggested peer" : "also")
                            + (hindsightCases.contains(entry.caseStudy.id) ? " (hindsight)" : "")),
                    ])
                    if index == 0 {
                        pairs.append(.object([
                            ("starting", .string(starting.rawValue)), ("kind", .string(kind.rawValue)),
                            ("peer", .string(entry.borough.rawValue)), ("case", .string(entry.caseStudy.id.rawValue)),
                        ]))
                    }
                }
            }
        }
        table.notes = [
            "Peers are the partners of the case studies known at the as-at date (\(known.count) cases); distance is the "
                + "nearest-neighbours distance from the starting borough among the 33 London authorities ('neighbours'); "
                + "– for a peer outside London, listed after the London ones.",
        ]
        if let note = context.asAtNote("case studies", leftOut: leftOut, hindsight: hindsightCases.count) { table.notes.append(note) }
        if table.rows.isEmpty { table.notes.append("No London borough outside the subject has done a project of that kind in the case studies.") }
        return Reply(blocks: [.table(table)], data: [("pairs", .array(pairs))])
    }
}
