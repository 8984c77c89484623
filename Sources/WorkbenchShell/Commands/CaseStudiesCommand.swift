import WorkbenchCore
import WorkbenchReports

/// `casestudies [--partner <id>] [--kind <kind>]`: the case-study library, shared and boroughs' own.
struct CaseStudiesCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "casestudies", aliases: ["cases"],
        abstract: "List the case studies of collaborative and alternative-delivery projects.",
        discussion: """
            Shared cases come from the toolkit; a borough's own cases from its module. Savings shown are a case's first
            whole-case figure, or the sum of its partners' first figures; a dash means none was found, never zero.
            Evaluate one with 'evaluate <case>'; set several side by side with 'compare-cases'. Cases dated after the
            workspace's as-at date ('assumptions'; a year alone counts as its 31 December) are left out unless
            --hindsight is given, which lists them marked 'hindsight'.
            """,
        category: "Case studies",
        options: [
            partnerOption.spec, kindOption.spec, CommandContext.hindsightFlag.spec,
        ],
        examples: ["casestudies", "casestudies --partner bromley", "casestudies --kind community", "casestudies --hindsight"])

    /// `--partner id`.
    static let partnerOption = Option<BoroughID>(
        "--partner", value: "id", "only cases with this authority as a partner", accepts: nil, completion: .borough
    ) { text in
        guard let id = BoroughID(validating: text) else {
            throw WorkbenchError.invalid("--partner", text, expected: "a borough id such as bromley")
        }
        return id
    }
    /// `--kind kind`.
    static let kindOption = Option<CaseStudyKind>.named(
        "--kind", value: "kind", "only cases of this kind: " + CaseStudyKind.allCases.map(\.rawValue).joined(separator: ", "),
        names: CaseStudyKind.allCases.map(\.rawValue), noun: "Kinds", lookup: { CaseStudyKind(rawValue: $0) })

    let partner: BoroughID?
    let kind: CaseStudyKind?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        partner = try invocation.value(Self.partnerOption)
        kind = try invocation.value(Self.kindOption)
    }

    func run(in context: CommandContext) throws -> Reply {
        let (all, leftOut) = context.casesAsAt()
        let chosen = all.filter { entry in
            (partner.map { entry.caseStudy.partners.contains($0) } ?? true) && (kind.map { entry.caseStudy.kind == $0 } ?? true)
        }
        let marking = context.hindsight
        var table = ReportTable(
            title: "Case studies (\(chosen.count) of \(all.count))",
            columns: (marking ? [ReportColumn("as_at", "As at")] : []) + [
                ReportColumn("id", "Case"), ReportColumn("kind", "Kind"), ReportColumn("partners", "Partners"),
                ReportColumn("decided", "Decided"), ReportColumn("started", "Started"),
                ReportColumn("planned_saving", "Planned", unit: "£ a year"),
                ReportColumn("reported_saving", "Reported", unit: "£ a year"),
                ReportColumn("module", "Module"), ReportColumn("sources", "Sources"),
            ])
        for entry in chosen {
            let (c, module) = (entry.caseStudy, entry.module)
            table.append((marking ? [.text(entry.isHindsight ? "hindsight" : "known")] : []) + [
                .text(c.id.rawValue), .text(c.kind.rawValue), .text(c.partners.map(\.rawValue).joined(separator: ", ")),
                .text(CaseStudyArguments.date(c.decisionDate)), .text(CaseStudyArguments.date(c.startDate)),
                .money(ToolkitParts.annualSaving(of: c, reported: false)), .money(ToolkitParts.annualSaving(of: c, reported: true)),
                .text(module.rawValue), .text(c.citedSources.map(\.description).joined()),
            ])
        }
        if let note = context.asAtNote("case studies", leftOut: leftOut, hindsight: chosen.filter(\.isHindsight).count) {
            table.notes.append(note)
        }
        var blocks: [ReplyBlock] = [.table(table)]
        if chosen.isEmpty {
            var filters: [String] = []
            if let partner { filters.append("partner '\(partner)'") }
            if let kind { filters.append("kind '\(kind.rawValue)'") }
            blocks.append(.note("No case study matches \(filters.joined(separator: " and "))."))
        }
        return Reply(
            blocks: blocks,
            data: [
                ("count", .number(Double(chosen.count))),
                ("cases", .array(try chosen.map { try JSONValue(encoding: $0.caseStudy) })),
                ("left_out", .number(Double(leftOut))),
                ("hindsight", .array(chosen.filter(\.isHindsight).map { .string($0.caseStudy.id.rawValue) })),
            ])
    }
}
