import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `report board <subject> [--project p] [--inflation r] [--target £]`: one paper for a decision, in the Green Book's
/// Five Case Model order (strategic, economic, commercial, financial, management), then the assumptions and sources.
///
/// Every figure comes from the command that shows it: the pack runs those commands' own code (`compare`,
/// `neighbours`, `options`, `appraise`, `simulate`, `shares`, `evaluate`/`compare-cases`) and, for the option put to
/// the board, reads `AppraiseCommand.projectCosting` and renders it with `AppraisalReply`, so the pack's appraisal
/// and cash figures are `appraise <option> <subject> --inflation r`'s. `BoardPack+Cases` builds the case sections.
struct BoardPack {
    /// The options `report board` reads after the subject.
    static let spec = CommandSpec(
        name: "report board", abstract: "The board pack: the Five Case Model for a subject.",
        arguments: [ArgumentSpec("subject", "a borough or a group such as bexley+bromley", completion: .subject)],
        options: [
            projectOption.spec,
            CashTermsOption.inflation.spec, targetOption.spec,
        ])

    /// `--project p`.
    static let projectOption = PartnershipArguments.projectOption("the partnership project put to the board (default: the short list's preferred option)")

    /// `--target £`: the council's savings target a year, in cash, as the analyst enters it.
    static let targetOption = Option<Money>(
        "--target", value: "£", "the savings target a year (cash), which the financial case sets the net flows against",
        accepts: "an amount from £0 to £1bn"
    ) { text in
        try Money.read(text, argument: "--target", in: Money(pounds: 0)...Money(pounds: 1_000_000_000), expected: "an amount from £0 to £1bn")
    }

    /// The subject as typed.
    let subjectText: String
    /// The subject.
    let subject: SubjectInputs
    /// The project put to the board, when named.
    let project: PartnershipProject?
    /// The inflation assumption for the cash view.
    let inflation: (rate: Rate, basis: String)
    /// The savings target a year, cash, when entered.
    let target: Money?

    /// Reads the words after `report board`.
    init(words: [String], context: CommandContext) throws {
        let invocation = try Invocation(spec: Self.spec, words: words)
        subjectText = invocation.arguments[0]
        subject = try context.subjectInputs(subjectText)
        project = try invocation.value(Self.projectOption)
        inflation = try CashTermsOption.readOrDefault(invocation)
        target = try invocation.value(Self.targetOption)
    }

    /// What the pack appraises, and the figures the financial case shows.
    struct Appraised {
        /// The short-listed option, when the project matches one (otherwise the project's calculator alone).
        var option: ShortListedOption?
        /// The `appraise` line whose figures these are (without `--inflation`).
        var line: String
        /// The costing: schedules and appraisal.
        var costing: ProjectCosting
        /// The cash view.
        var cash: CashTerms
    }

    /// The option or calculator the pack appraises: the short-listed option costed by exactly the project's calculator
    /// (or containing it), else the calculator alone; without a project, the preferred option.
    func appraisalLine(context: CommandContext) throws -> (option: ShortListedOption?, line: String) {
        let shortList = try context.optionsAppraisal(for: subjectText).shortList
        if let project {
            guard let calculator = ToolkitParts.calculator(for: project) else {
                throw WorkbenchError(
                    .notFound, "No calculator costs the project '\(project.id)', so the board pack has nothing to appraise.",
                    location: .init(argument: "--project"))
            }
            let option = shortList.first { $0.calculators == [calculator] } ?? shortList.first { $0.calculators.contains(calculator) }
            return (option, "appraise \(option?.id.rawValue ?? calculator.rawValue) \(subjectText)")
        }
        guard let preferred = shortList.first(where: { $0.role == .preferred }), !preferred.calculators.isEmpty else {
            throw WorkbenchError(
                .notFound, "The short list for \(subjectText) has no costed preferred option to put to the board.",
                hint: "Name the project with --project, such as --project shared-service.", location: .init(argument: "--project"))
        }
        return (preferred, "appraise \(preferred.id) \(subjectText)")
    }

    /// The appraisal the pack shows, from `appraise`'s own costing.
    func appraised(context: CommandContext) throws -> Appraised {
        let (option, line) = try appraisalLine(context: context)
        guard let command = try ReportSupport.parse(line, context: context) as? AppraiseCommand,
              let costing = try command.projectCosting(context: context)
        else {
            throw WorkbenchError(.internal, "'\(line)' gave no costing to put to the board.")
        }
        return Appraised(
            option: option, line: line, costing: costing,
            cash: CashTerms(costing.appraisal, inflation: inflation.rate, basis: inflation.basis))
    }

    /// The `appraise` line with the pack's inflation (`--cash` for the default), which shows the same figures and
    /// notes as the pack.
    func appraiseLine(_ appraised: Appraised) -> String {
        appraised.line + (inflation.basis == CashTerms.defaultBasis ? " --cash" : " --inflation \(inflation.rate)")
    }

    /// The whole document.
    func document(context: CommandContext) throws -> (document: ReportDocument, appraised: Appraised) {
        let outer = context.enteredFiguresUsed
        context.beginRecordingEnteredFigures()
        defer { context.recordUse(of: outer) }
        let appraised = try appraised(context: context)
        var sections = [
            try strategicCase(context: context),
            try economicCase(appraised, context: context),
            try commercialCase(appraised, context: context),
            financialCase(appraised),
            try managementCase(appraised, context: context),
        ]
        sections.append(assumptionsAndSources(appraised, context: context))
        let what = appraised.option.map { "\($0.title) (\($0.id))" } ?? appraised.costing.title
        let document = ReportSupport.document(
            title: "Board paper for \(subject.subject): \(what)", sections: sections, context: context)
        return (document, appraised)
    }

    /// Runs a command line for the pack and returns its blocks, or a note saying why it could not run.
    static func blocks(_ line: String, context: CommandContext) -> (reply: Reply?, blocks: [ReportBlock]) {
        do {
            let reply = try ReportSupport.run(line, context: context)
            return (reply, [.text("From '\(line)':")] + ReportSupport.blocks(reply))
        } catch let error as WorkbenchError {
            return (nil, [.note("'\(line)' could not run: \(error.message)")])
        } catch {
            return (nil, [.note("'\(line)' could not run: \(error)")])
        }
    }
}
