import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `options <subject> [--detail]`: the Strategic Options Framework's long and short lists for a borough or group.
struct OptionsCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "options", abstract: "Run the Strategic Options Framework for a borough or group: long list and short list.",
        discussion: "Choices across scope, solution, delivery, implementation and funding [S57], each scored 0–3 against "
            + "the workspace's spending objectives and critical success factors (each once) from the subject's own figures "
            + "(people per library against London's median, hours against the 128-hour standard, budget a head against "
            + "its nearest neighbours, deprivation, libraries), and marked preferred, carried forward, discounted or "
            + "already-has with its reason. The as-at date is the workspace's ('set as-at 2011-03-31'; by default the end of "
            + "the price base year): arrangements that started later are not yet in place (a year alone counts as its "
            + "31 December); --hindsight recognises them, marked. Borough modules may add rules.",
        category: "Options and savings",
        arguments: [ArgumentSpec("subject", "a borough id or a group such as bexley+bromley", completion: .subject)],
        options: [detailFlag.spec, CommandContext.hindsightFlag.spec],
        examples: ["options bexley+bromley", "options camden --detail", "options bexley+bromley --hindsight"])

    /// `--detail`.
    static let detailFlag = Flag("--detail", "show every assessment with its score and reason")

    let subject: String
    let detail: Bool

    /// Checks the subject names boroughs the workbench knows. The workspace's files the appraisal reads (library
    /// locations and catchments among them) are read when the command runs, so a saved `options` analysis still
    /// parses when one of them is damaged, and running it names the file, line and field.
    init(parsing invocation: Invocation, context: CommandContext) throws {
        subject = invocation.arguments[0]
        _ = try context.subjectInputs(subject)
        detail = invocation.flag(Self.detailFlag)
    }

    func run(in context: CommandContext) throws -> Reply {
        let (appraisal, inputs) = try context.optionsAppraisalAndInputs(for: subject)
        let title = context.optionsFramework?.descriptor.title ?? ""
        var blocks: [ReplyBlock] = [
            .text("\(title) for \(appraisal.subject), as at \(inputs.subject.assumptions.asAtDate), prices of \(inputs.subject.assumptions.priceBaseYear)")
        ]
        var recognised = ReportTable(
            title: "Arrangements in place",
            columns: [
                ReportColumn("since", "Since"), ReportColumn("kind", "Kind"), ReportColumn("title", "What"),
                ReportColumn("sources", "Sources"),
            ] + (context.hindsight ? [ReportColumn("as_at", "As at")] : []))
        let assumptions = inputs.subject.assumptions
        for item in appraisal.recognised {
            recognised.append([
                .text(String(item.since)), .text(item.kind.rawValue), .text(item.title),
                .text(item.provenance.sources.map(\.description).joined()),
            ] + (context.hindsight ? [.text(assumptions.knownAtAsAt(EvidenceDate(item.since)) ? "known" : "hindsight")] : []))
        }
        if appraisal.recognised.isEmpty { recognised.notes = ["None recognised as at this date."] }
        blocks.append(.table(recognised))

        if !appraisal.position.isEmpty {
            var position = ReportTable(
                title: "Position: the figures the assessments use",
                columns: [
                    ReportColumn("measure", "Measure"), ReportColumn("value", "Figure"),
                    ReportColumn("comparison", "Against"), ReportColumn("effect", "Effect on scores"),
                ])
            for item in appraisal.position {
                position.append([.text(item.measure), .text(item.value), .text(item.comparison), .text(item.effect)])
            }
            blocks.append(.table(position))
        }

        var long = ReportTable(
            title: "Long list",
            columns: [
                ReportColumn("dimension", "Dimension"), ReportColumn("choice", "Choice"), ReportColumn("score", "Score"),
                ReportColumn("status", "Status"), ReportColumn("reason", "Reason"),
            ])
        for choice in appraisal.longList {
            long.append([
                .text(choice.dimension.rawValue), .text(choice.id.rawValue), .integer(choice.totalScore),
                .text(choice.status.rawValue), .text(choice.reason),
            ])
        }
        let criteria = appraisal.criteria.isEmpty
            ? inputs.objectives.map(\.id) + (inputs.factors.isEmpty ? CriticalSuccessFactor.standard : inputs.factors).map(\.id)
            : appraisal.criteria
        long.notes = ["Score: the sum over \(criteria.count) criteria (\(criteria.joined(separator: ", "))), each 0–3, each once."]
        blocks.append(.table(long))

        if detail {
            var assessments = ReportTable(
                title: "Assessments",
                columns: [
                    ReportColumn("choice", "Choice"), ReportColumn("criterion", "Criterion"), ReportColumn("score", "Score"),
                    ReportColumn("reason", "Reason"),
                ])
            for choice in appraisal.longList {
                for item in choice.assessments {
                    assessments.append([.text(choice.id.rawValue), .text(item.criterion), .integer(item.score), .text(item.reason)])
                }
            }
            blocks.append(.table(assessments))
        }

        var short = ReportTable(
            title: "Short list",
            columns: [
                ReportColumn("role", "Role"), ReportColumn("option", "Option"), ReportColumn("choices", "Choices"),
                ReportColumn("calculators", "Calculators"),
            ])
        for option in appraisal.shortList {
            short.append([
                .text(option.role.rawValue), .text(option.title), .text(option.choices.map(\.rawValue).joined(separator: ", ")),
                .text(option.calculators.isEmpty ? "none (baseline)" : option.calculators.map(\.rawValue).joined(separator: ", ")),
            ])
        }
        short.notes = appraisal.shortList.map { "\($0.role.rawValue): \($0.rationale)" }
        short.notes.append(
            "The preferred way forward comes from the long list; the preferred option is chosen only after costing, by "
                + "'appraise shortlist \(appraisal.subject)'. " + PreferredOptionRule.statement)
        blocks.append(.table(short))
        blocks += appraisal.notes.map { .note($0) }
        return Reply(blocks: blocks, data: [("appraisal", try JSONValue(encoding: appraisal))])
    }
}
