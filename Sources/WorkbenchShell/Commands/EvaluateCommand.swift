import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `evaluate <case> [--evaluator <id>] [--apply-to <subject> [--driver <driver>]]`: a case's evaluation, or what the
/// same move would be worth for another subject as a cash-flow schedule.
struct EvaluateCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "evaluate", abstract: "Evaluate a case study, or apply it to another borough or group.",
        discussion: """
            The standard evaluator reports planned against reported savings (per cent delivered = reported ÷ planned),
            time from decision to first and to full savings, savings per partner and per head (partners' populations from
            their profiles), posts, service measures kept or lost, what it could not judge, and a confidence from how much
            of the case is evidenced. A borough may register its own evaluator (--evaluator camden-community).
            With --apply-to, the case's saving is scaled by target driver ÷ case driver (back-office cost, back-office posts,
            staff, libraries or population: the first both have, or --driver), phased by the case's time to savings, with
            a range from the case's own figures: a cash-flow schedule for appraisal. A one-off cost the case does not
            record is missing, never zero: the schedule shows it as missing (–), and --appraise is refused until you
            give the subject's cost with --one-off-cost, which is marked "entered".
            A case dated after the workspace's as-at date ('assumptions') is refused unless --hindsight is given; it is
            then marked hindsight. The header gives the case's own dates as its sources give them.
            """,
        category: "Case studies",
        arguments: [ArgumentSpec("case", "a case study id such as bexley-bromley-shared-service", completion: .caseStudy)],
        options: [
            CaseStudyArguments.evaluatorOption.spec, applyToOption.spec, driverOption.spec, appraiseFlag.spec,
            oneOffCostOption.spec, CommandContext.hindsightFlag.spec,
        ],
        examples: [
            "evaluate hounslow-outsourcing", "evaluate bexley-bromley-shared-service --hindsight",
            "evaluate bexley-bromley-shared-service --hindsight --json",
            "evaluate camden-community-libraries --evaluator camden-community --hindsight",
            "evaluate bexley-bromley-shared-service --apply-to merton --hindsight",
            "evaluate solihull-rfid --apply-to enfield --driver libraries",
            "evaluate solihull-rfid --apply-to bromley --appraise",
            "evaluate bexley-bromley-shared-service --apply-to merton --appraise --one-off-cost 150k --hindsight",
        ])

    /// `--apply-to subject` (checked against the workspace by `context.subjectInputs`).
    static let applyToOption = Option<String>.text(
        "--apply-to", value: "subject", "a borough or group to apply the case to, such as merton or bexley+bromley", completion: .subject)
    /// `--driver driver`.
    static let driverOption = Option<String>.named(
        "--driver", value: "driver", "with --apply-to, what to scale by: " + ToolkitParts.transferDriverNames.joined(separator: ", "),
        names: ToolkitParts.transferDriverNames, noun: "Drivers", lookup: { ToolkitParts.transferDriver($0) })
    /// `--one-off-cost amount`.
    static let oneOffCostOption = Option<Money>(
        "--one-off-cost", value: "£", "with --apply-to, the subject's one-off cost in year 0, in place of the case's (needed when the case records none)",
        accepts: "an amount from £0 to £100m"
    ) { text in
        try Money.read(text, argument: "--one-off-cost", in: Money(pounds: 0)...Money(pounds: 100_000_000), expected: "an amount from £0 to £100m")
    }
    /// `--appraise`.
    static let appraiseFlag = Flag("--appraise", "with --apply-to, appraise the schedule as 'appraise' does (NPV, payback, optimism bias)")

    let caseStudy: CaseStudy
    let evaluator: any CaseStudyEvaluator
    let target: SubjectInputs?
    let driver: String?
    let appraise: Bool
    let oneOffCost: Money?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        caseStudy = try CaseStudyArguments.caseStudy(invocation.arguments[0], context: context)
        evaluator = try CaseStudyArguments.evaluator(try invocation.value(CaseStudyArguments.evaluatorOption) ?? "standard", context: context)
        try CaseStudyArguments.check(evaluator, takes: caseStudy)
        target = try invocation.value(Self.applyToOption).map { try context.subjectInputs($0, argument: "--apply-to") }
        appraise = invocation.flag(Self.appraiseFlag)
        if appraise, target == nil {
            throw WorkbenchError(
                .usage, "The flag '--appraise' needs '--apply-to <subject>'.",
                hint: "Usage: \(Self.spec.usage)", location: .init(argument: "--appraise"))
        }
        oneOffCost = try invocation.value(Self.oneOffCostOption)
        if oneOffCost != nil, target == nil {
            throw WorkbenchError(
                .usage, "The option '--one-off-cost' needs '--apply-to <subject>'.",
                hint: "Usage: \(Self.spec.usage)", location: .init(argument: "--one-off-cost"))
        }
        if let driver = try invocation.value(Self.driverOption) {
            guard target != nil else {
                throw WorkbenchError(
                    .usage, "The option '--driver' needs '--apply-to <subject>'.",
                    hint: "Usage: \(Self.spec.usage)", location: .init(argument: "--driver"))
            }
            self.driver = driver
        } else {
            driver = nil
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        let c = caseStudy
        let profiles = try CaseStudyArguments.partnerProfiles(c, context: context)
        let evaluation = try context.registry.evaluate(evaluator, c, partners: profiles)
        if let target { return try transferReply(target: target, profiles: profiles, evaluation: evaluation, context: context) }

        var blocks: [ReplyBlock] = [.text(Self.header(c, hindsight: CaseStudyArguments.hindsightText(c, context: context)))]
        var table = ReportTable(
            title: "Evaluation (\(evaluation.evaluator)): confidence \(MoneyFormat.fixed(evaluation.confidence, decimals: 2))",
            columns: [
                ReportColumn("finding", "Finding"), ReportColumn("value", "Value"), ReportColumn("unit", "Unit"),
                ReportColumn("sources", "Sources"),
            ])
        let shown = evaluation.findings.filter { $0.label != "Confidence" }
        for finding in shown {
            table.append([
                .text(finding.label), CaseStudyArguments.cell(finding), .text(finding.unit ?? ""),
                .text(CaseStudyArguments.tags(finding.provenance)),
            ])
        }
        blocks.append(.table(table))
        if !shown.isEmpty {
            blocks.append(.text("Findings:\n" + shown.map { "- \($0.label): \($0.text)" }.joined(separator: "\n")))
        }
        if !c.lessons.isEmpty {
            blocks.append(.text("Lessons recorded:\n" + c.lessons.map { "- " + $0 }.joined(separator: "\n")))
        }
        if let confidence = evaluation.findings.first(where: { $0.label == "Confidence" }) {
            blocks.append(.note("Confidence " + confidence.text))
        }
        blocks += evaluation.couldNotJudge.map { .note("Could not judge: " + $0) }
        blocks += c.notes.map { .note($0) }
        return Reply(blocks: blocks, data: try Self.data(c, evaluation, sources: context.registry.sources))
    }

    private func transferReply(
        target: SubjectInputs, profiles: [BoroughProfile], evaluation: CaseEvaluation, context: CommandContext
    ) throws -> Reply {
        let transfer = try ToolkitParts.transfer(
            applying: caseStudy, caseProfiles: profiles, to: target, driver: driver, oneOffCost: oneOffCost)
        if appraise, transfer.oneOffCostMissing {
            throw transfer.missingCostError(
                case: caseStudy.id, subject: target.subject, argument: "--appraise", hindsight: context.hindsight)
        }
        let s = transfer.schedule
        var table = ReportTable(
            title: "\(s.title): cash flows (£, \(s.baseYear) prices)",
            columns: [
                ReportColumn("year", "Year"), ReportColumn("financial_year", "Financial year"),
                ReportColumn("saving", "Saving", unit: "£"), ReportColumn("one_off_cost", "One-off cost", unit: "£"),
                ReportColumn("net", "Net", unit: "£"),
            ])
        let savings = s.totals(of: .saving)
        let costs = s.totals(of: .oneOffCost)
        for (year, net) in s.netFlows.enumerated() {
            table.append([
                .integer(year), .text(s.baseYear.advanced(by: year).description), .money(savings[year]),
                transfer.oneOffCostMissing ? .missing : .money(costs[year]), transfer.oneOffCostMissing ? .missing : .money(net),
            ])
        }
        var blocks: [ReplyBlock] = [
            .text(
                (CaseStudyArguments.hindsightText(caseStudy, context: context).map { "Hindsight: \($0); used because --hindsight was given.\n" } ?? "")
                    + "\(caseStudy.id) applied to \(target.subject): \(MoneyFormat.compact(transfer.scaledSaving)) a year at full savings "
                    + "(range \(MoneyFormat.compact(transfer.scaledSaving * transfer.low)) to \(MoneyFormat.compact(transfer.scaledSaving * transfer.high))), "
                    + "scaled by \(transfer.driverLabel) × \(MoneyFormat.fixed(transfer.ratio, decimals: 4))."),
            .table(table),
        ]
        blocks += s.notes.map { .note($0) }
        blocks.append(.note("Optimism-bias category: \(s.optimismBias?.rawValue ?? "none"). Case evaluation confidence \(MoneyFormat.fixed(evaluation.confidence, decimals: 2)); see 'evaluate \(caseStudy.id)'."))
        var appraisal: [(String, JSONValue)] = []
        if appraise {
            let result = try Appraisal.appraise(s, assumptions: target.assumptions)
            blocks += AppraisalReply.blocks(result)
            appraisal = [("appraisal", try JSONValue(encoding: result))]
        } else {
            blocks.append(.note("Add --appraise for its NPV, payback and optimism bias as 'appraise' reports them."))
        }
        return Reply(
            blocks: blocks,
            data: appraisal + [
                ("case", .string(caseStudy.id.rawValue)), ("subject", .string(target.subject.description)),
                ("driver", .string(transfer.driver)), ("ratio", .number(transfer.ratio)),
                ("case_driver", .number(transfer.caseDriver)), ("target_driver", .number(transfer.targetDriver)),
                ("annual_saving", .number(transfer.scaledSaving)), ("low", .number(transfer.low)),
                ("high", .number(transfer.high)), ("one_off_cost_missing", .bool(transfer.oneOffCostMissing)),
                ("schedule", try JSONValue(encoding: s)),
                ("evaluation", try JSONValue(encoding: evaluation)),
            ])
    }

    /// `Bexley and Bromley … (shared-service; bexley, bromley; decided July 2011, started 1 January 2012, ended 2017)`:
    /// the case's own dates as its sources give them, and the hindsight mark when it has one.
    static func header(_ c: CaseStudy, hindsight: String? = nil) -> String {
        var dates = ["decided \(CaseStudyArguments.date(c.decisionDate))", "started \(CaseStudyArguments.date(c.startDate))"]
        if let ended = c.ended { dates.append("ended \(ended)") }
        var text = "\(c.title)\n\(c.kind.rawValue); partners \(c.partners.map(\.rawValue).joined(separator: ", ")); "
            + dates.joined(separator: ", ") + (c.datesProvenance.map { " \(CaseStudyArguments.tags($0))" } ?? "")
        if c.decisionDate == nil, c.startDate == nil { text += "; dated by its figures of \(CaseStudyArguments.date(c.evidenceDate))" }
        if let hindsight { text += "\n(hindsight: \(hindsight))" }
        if !c.changes.isEmpty { text += "\n" + c.changes.map { "- " + $0 }.joined(separator: "\n") }
        return text
    }

    /// The JSON content: the case's savings and posts figures with their sources, the evaluation, and every source
    /// the case cites with its title and address where the sources list has them.
    static func data(
        _ c: CaseStudy, _ evaluation: CaseEvaluation, sources: [SourceTag: SourceReference]
    ) throws -> [(String, JSONValue)] {
        func figures(_ measures: [String]) throws -> JSONValue {
            .array(try measures.flatMap { ToolkitParts.figures(of: c, $0) }.map { item in
                var pairs: [(String, JSONValue)] = [("set", .string(item.set))]
                if case .object(let rest) = try JSONValue(encoding: item.figure) { pairs += rest }
                return .object(pairs)
            })
        }
        return [
            ("case", .string(c.id.rawValue)),
            ("evaluator", .string(evaluation.evaluator.rawValue)),
            ("confidence", .number(evaluation.confidence)),
            ("savings", try figures([CaseFigure.Measure.annualSaving, CaseFigure.Measure.totalSaving])),
            ("posts", try figures([
                CaseFigure.Measure.postsBefore, CaseFigure.Measure.postsAfter, CaseFigure.Measure.postsLost,
                CaseFigure.Measure.postsCreated,
            ])),
            ("sources", .array(c.citedSources.map { tag in
                var pairs: [(String, JSONValue)] = [("tag", .string(tag.rawValue))]
                if let reference = sources[tag] {
                    pairs.append(("title", .string(reference.title)))
                    if let address = reference.address { pairs.append(("address", .string(address))) }
                }
                return .object(pairs)
            })),
            ("evaluation", try JSONValue(encoding: evaluation)),
            ("case_study", try JSONValue(encoding: c)),
        ]
    }
}
