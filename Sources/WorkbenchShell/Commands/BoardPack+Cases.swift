import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension BoardPack {
    /// Section headings, in the Five Case Model's order [S57].
    static let headings = [
        "1. Strategic case", "2. Economic case", "3. Commercial case", "4. Financial case", "5. Management case",
        "Assumptions and sources",
    ]

    /// The strategic case: where the service stands against its nearest neighbours and the 128-hours standard
    /// (`neighbours`, `compare`, mapped), and the objectives and critical success factors options are assessed against.
    func strategicCase(context: CommandContext) throws -> ReportSection {
        var blocks: [ReportBlock] = [
            .text("Where \(subject.subject)'s library service stands against its nearest neighbours and the 2008 standard of 128 hours a year per 1,000 people, and what the change must achieve."),
        ]
        let members = subject.subject.boroughs.map(\.rawValue)
        var compared = members
        for member in members {
            let (found, neighbourBlocks) = Self.blocks("neighbours \(member) --k 3", context: context)
            blocks += neighbourBlocks
            guard let reply = found else { continue }
            for block in reply.blocks {
                guard case .table(let table) = block, let column = table.columns.firstIndex(where: { $0.key == "id" }) else { continue }
                for row in table.rows where column < row.count && !compared.contains(row[column].text) {
                    compared.append(row[column].text)
                }
            }
        }
        let compareLine = "compare " + compared.joined(separator: " ") + " --by hours"
        let (reply, compareBlocks) = Self.blocks(compareLine, context: context)
        blocks += compareBlocks
        if let reply, let boundaries = try? context.boundaries(argument: "report"),
           let content = try? MapContent.make(line: compareLine, reply: reply, boundaries: boundaries) {
            blocks.append(.map(content.spec))
        }
        blocks.append(.note("Compared: the members and each member's three nearest neighbours by the CIPFA method, as listed above."))
        var objectives = ReportTable(
            title: "Spending objectives and critical success factors (the workspace's; factors from Green Book Box 18 [S57])",
            columns: [ReportColumn("kind", "Kind"), ReportColumn("id", "Id"), ReportColumn("text", "What it asks")])
        for objective in context.workspace.manifest.objectives {
            objectives.append([.text("Spending objective"), .text(objective.id), .text(objective.text)])
        }
        for factor in context.workspace.manifest.allSuccessFactors {
            objectives.append([.text("Critical success factor"), .text(factor.id), .text("\(factor.title): \(factor.question)")])
        }
        blocks.append(.table(objectives))
        return ReportSection(heading: Self.headings[0], blocks: blocks)
    }

    /// The economic case: the long list with reasons and the short list (`options`), the short list appraised
    /// (`appraise shortlist`), the option put to the board (`appraise`: NPV, switching values, sensitivity) and its
    /// risk simulation (`simulate`).
    func economicCase(_ appraised: Appraised, context: CommandContext) throws -> ReportSection {
        var blocks: [ReportBlock] = Self.blocks("options \(subjectText)", context: context).blocks
        blocks += Self.blocks("appraise shortlist \(subjectText)", context: context).blocks
        let result = appraised.costing.appraisal
        blocks.append(.text("The option put to the board, from '\(appraised.line)':"
            + (appraised.option.map { " \($0.title) (\($0.id), \($0.role.rawValue)), costed by \($0.calculators.map(\.rawValue).joined(separator: " + "))." } ?? "")))
        for block in AppraisalReply.blocks(result) {
            switch block {
            case .table(let table): blocks.append(.table(table))
            case .chart(let chart): blocks.append(.chart(chart))
            case .note(let note): blocks.append(.note(note))
            case .text(let text): blocks.append(.text(text))
            }
        }
        let what = appraised.line.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        blocks += Self.blocks("simulate \(what) \(subjectText)", context: context).blocks
        return ReportSection(heading: Self.headings[1], blocks: blocks)
    }

    /// The commercial case: the delivery model (the option's choices from the long list, with their reasons), the
    /// partners' shares of savings and costs (`shares`), and the case studies that support the project as at the
    /// price base year (`evaluate` or `compare-cases`).
    func commercialCase(_ appraised: Appraised, context: CommandContext) throws -> ReportSection {
        var blocks: [ReportBlock] = []
        if let option = appraised.option {
            let longList = try context.optionsAppraisal(for: subjectText).longList
            var model = ReportTable(
                title: "Delivery model: the choices of '\(option.id)' in each dimension (from 'options \(subjectText)')",
                columns: [
                    ReportColumn("dimension", "Dimension"), ReportColumn("choice", "Choice"), ReportColumn("status", "Status"),
                    ReportColumn("reason", "Reason"),
                ])
            for id in option.choices {
                guard let choice = longList.first(where: { $0.id == id }) else { continue }
                model.append([.text(choice.dimension.rawValue), .text(choice.title), .text(choice.status.rawValue), .text(choice.reason)])
            }
            model.notes = [option.rationale]
            blocks.append(.table(model))
        }
        let project = self.project ?? ToolkitParts.partnershipProjects.first { candidate in
            ToolkitParts.calculator(for: candidate).map { appraised.costing.calculators.contains($0) } ?? false
        }
        if let project, subject.subject.isGroup {
            blocks += Self.blocks("shares \(subjectText) \(project.id)", context: context).blocks
        } else {
            blocks.append(.note("Partners: \(subject.subject) acts alone on this option, so there are no shares to agree."))
        }
        guard let project else {
            blocks.append(.note("No partnership project matches the option, so no case studies are set beside it."))
            return ReportSection(heading: Self.headings[2], blocks: blocks)
        }
        let asAt = subject.assumptions.priceBaseYear
        let members = Set(subject.subject.boroughs)
        let cases = context.registry.caseStudies.values.map(\.caseStudy).filter { $0.kind == project.caseKind }
            .sorted { $0.id.rawValue < $1.id.rawValue }
        let own = cases.filter { Set($0.partners) == members }
        let later = cases.filter { Set($0.partners) != members && ($0.decided ?? $0.started ?? Int.max) > asAt.startYear + 1 }
        let supporting = cases.filter { Set($0.partners) != members && ($0.decided ?? $0.started ?? Int.max) <= asAt.startYear + 1 }
        switch supporting.count {
        case 0: blocks.append(.note("No \(project.caseKind.rawValue) case study decided by \(asAt) supports the project."))
        case 1: blocks += Self.blocks("evaluate \(supporting[0].id)", context: context).blocks
        default: blocks += Self.blocks("compare-cases " + supporting.map(\.id.rawValue).joined(separator: " "), context: context).blocks
        }
        var remarks = ["Case studies: those of kind '\(project.caseKind.rawValue)' decided by the end of \(asAt) (the price base year, the decision date here)."]
        if !own.isEmpty { remarks.append("Left out as hindsight, being this subject's own later project: " + own.map(\.id.rawValue).joined(separator: ", ") + ".") }
        if !later.isEmpty { remarks.append("Left out as decided after \(asAt): " + later.map(\.id.rawValue).joined(separator: ", ") + ".") }
        blocks += remarks.map(ReportBlock.note)
        return ReportSection(heading: Self.headings[2], blocks: blocks)
    }

    /// The financial case: cash terms year by year beside real terms, with the capital (one-off) and revenue
    /// (recurring) split and the optimism-bias contingency as its own line (`AppraisalReply.cash`, as `appraise
    /// --inflation` shows it), the totals, and the net flows against the savings target when one is entered.
    func financialCase(_ appraised: Appraised) -> ReportSection {
        let result = appraised.costing.appraisal
        let cash = appraised.cash
        var blocks: [ReportBlock] = [
            .text("Cash figures are what the budget sees; the appraisal and its NPV stay in real terms (\(result.baseYear) prices), as the Green Book requires [S54]. The same table is '\(appraiseLine(appraised))'."),
            .table(AppraisalReply.cash(result, cash)),
        ]
        func total(_ values: [Double]) -> Double { values.reduce(0, +) }
        var totals = ReportTable(
            title: "Totals over years 0–\(result.years), undiscounted: capital and revenue",
            columns: [ReportColumn("line", "Line"), ReportColumn("real", "Real", unit: "£, \(result.baseYear) prices"), ReportColumn("cash", "Cash", unit: "£")])
        totals.append([.text("One-off costs (capital)"), .number(total(result.rows.map(\.oneOffCosts.pounds)), decimals: 0), .number(total(cash.rows.map(\.oneOffCosts.pounds)), decimals: 0)])
        totals.append([.text("Recurring costs (revenue)"), .number(total(result.rows.map(\.recurringCosts.pounds)), decimals: 0), .number(total(cash.rows.map(\.recurringCosts.pounds)), decimals: 0)])
        totals.append([.text("Optimism-bias contingency"), .number(total(result.rows.map(\.optimismBias.pounds)), decimals: 0), .number(total(cash.rows.map(\.optimismBias.pounds)), decimals: 0)])
        totals.append([.text("Savings (revenue)"), .number(total(result.rows.map(\.savings.pounds)), decimals: 0), .number(total(cash.rows.map(\.savings.pounds)), decimals: 0)])
        totals.append([.text("Net"), .number(cash.totalRealNet.pounds, decimals: 0), .number(cash.totalNet.pounds, decimals: 0)])
        totals.notes = [
            "The contingency is the optimism-bias uplift on costs [S55], shown apart from the costs it covers; Net = Savings − One-off − Recurring − Contingency, as in 'appraise'.",
        ]
        blocks.append(.table(totals))
        if let target {
            var against = ReportTable(
                title: "Net flow (cash) against the savings target of \(MoneyFormat.whole(target.pounds)) a year (entered with --target)",
                columns: [
                    ReportColumn("year", "Year"), ReportColumn("financial_year", "FY"), ReportColumn("net_cash", "Net, cash", unit: "£"),
                    ReportColumn("target", "Target", unit: "£"), ReportColumn("difference", "Above (below) target", unit: "£"),
                ])
            for row in cash.rows where row.year > 0 {
                against.append([
                    .integer(row.year), .text(row.financialYear.description), .number(row.net.pounds, decimals: 0),
                    .number(target.pounds, decimals: 0), .number(row.net.pounds - target.pounds, decimals: 0),
                ])
            }
            let met = cash.rows.filter { $0.year > 0 && $0.net.pounds >= target.pounds }.map(\.financialYear.description)
            against.notes = [met.isEmpty ? "The target is met in no year." : "The target is met in \(met.count) of \(result.years) years, first in \(met[0])."]
            blocks.append(.table(against))
        } else {
            blocks.append(.note("No savings target was entered: give the council's target a year with --target (for example --target 500k) to set the net flows against it."))
        }
        return ReportSection(heading: Self.headings[3], blocks: blocks)
    }

    /// The management case: the timetable and ramp-up (the schedule's years and notes), the risks (each uncertain
    /// input's range, NPV at its worst end and switching value, from the same appraisal), and the posts affected as
    /// the calculators' methods state them.
    func managementCase(_ appraised: Appraised, context: CommandContext) throws -> ReportSection {
        let result = appraised.costing.appraisal
        var blocks: [ReportBlock] = []
        let full = result.rows.map(\.savings.pounds).max() ?? 0
        var timetable = ReportTable(
            title: "Timetable and ramp-up (from the costing's schedule, \(result.baseYear) prices)",
            columns: [
                ReportColumn("year", "Year"), ReportColumn("financial_year", "FY"), ReportColumn("phase", "Phase"),
                ReportColumn("one_off", "One-off costs", unit: "£"), ReportColumn("savings", "Savings", unit: "£"),
                ReportColumn("share", "Share of full saving"),
            ])
        for row in result.rows {
            let share = full > 0 ? row.savings.pounds / full : 0
            let phase = row.oneOffCosts.pounds > 0 ? "implementation" : share >= 0.999 ? "full saving" : share > 0 ? "ramp-up" : "before start"
            timetable.append([
                .integer(row.year), .text(row.financialYear.description), .text(phase), .number(row.oneOffCosts.pounds, decimals: 0),
                .number(row.savings.pounds, decimals: 0), .percent(share, decimals: 0),
            ])
        }
        timetable.notes = appraised.costing.schedules.flatMap(\.notes)
        if let option = appraised.option,
           let implementation = try context.optionsAppraisal(for: subjectText).longList.first(where: { option.choices.contains($0.id) && $0.dimension == .implementation }) {
            timetable.notes.insert("Implementation: \(implementation.title) — \(implementation.reason)", at: 0)
        }
        blocks.append(.table(timetable))

        var risks = ReportTable(
            title: "Risks: each uncertain input at its worse end, the others at base (from the same appraisal)",
            columns: [
                ReportColumn("input", "Risk (uncertain input)"), ReportColumn("range", "Range"),
                ReportColumn("npv_worst", "NPV at worse end", unit: "£"), ReportColumn("switches_at", "Switches at"),
                ReportColumn("within_range", "Switch within range"),
            ])
        for row in result.sensitivity {
            let switching = result.switchingValues.first { $0.input == row.input }
            risks.append([
                .text(row.input), .text("×\(MoneyFormat.fixed(row.low, decimals: 2))–×\(MoneyFormat.fixed(row.high, decimals: 2))"),
                .number(min(row.npvAtLow.pounds, row.npvAtHigh.pounds), decimals: 0),
                switching?.multiplier.map { .described($0, text: "×" + MoneyFormat.fixed($0, decimals: 3)) } ?? .missing,
                .text(switching?.multiplier == nil ? "–" : switching?.withinRange == true ? "yes" : "no"),
            ])
        }
        risks.notes = result.optimismBias.filter { $0.category != nil }.map { "Optimism bias for '\($0.schedule)': \($0.summary)." }
            + ["The risk simulation in the economic case draws all inputs together."]
        blocks.append(.table(risks))

        var posts = ReportTable(
            title: "Posts affected (as each saving line's method states them)",
            columns: [ReportColumn("line", "Line"), ReportColumn("posts", "Posts (FTE)"), ReportColumn("method", "Method")])
        var totalPosts = 0.0
        for schedule in appraised.costing.schedules {
            for line in schedule.lines {
                guard let method = line.provenance.method, let fte = Self.posts(in: method) else { continue }
                totalPosts += fte
                posts.append([.text(line.label), .number(fte, decimals: 1), .text(method)])
            }
        }
        if posts.rows.isEmpty {
            posts.notes = ["No line of the costing states a number of posts: this option's savings are not counted in posts."]
        } else {
            posts.append([.text("Total"), .number(totalPosts, decimals: 1), .text("")])
        }
        blocks.append(.table(posts))
        return ReportSection(heading: Self.headings[4], blocks: blocks)
    }

    /// The number of posts a method text gives as its result (`… = 17.3 posts …`, or `… 8 FTE …`), or nil.
    static func posts(in method: String) -> Double? {
        let words = method.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() where index > 0 {
            let unit = word.trimmingCharacters(in: .punctuationCharacters)
            guard unit == "posts" || unit == "FTE" else { continue }
            guard index >= 2, words[index - 2] == "=" else { continue }
            if let value = Double(words[index - 1].replacingOccurrences(of: ",", with: "")) { return value }
        }
        return nil
    }

    /// The assumptions and sources: the pack's own (the option, the inflation, the target), the analyst's entered
    /// figures the commands read, and the workspace's assumptions; the sources list follows it.
    func assumptionsAndSources(_ appraised: Appraised, context: CommandContext) -> ReportSection {
        var own = ReportTable(
            title: "The board pack's assumptions",
            columns: [ReportColumn("assumption", "Assumption"), ReportColumn("value", "Value"), ReportColumn("basis", "Basis")])
        own.append([.text("Option put to the board"), .text(appraised.option?.id.rawValue ?? appraised.costing.calculators.map(\.rawValue).joined(separator: " + ")),
                    .text(project.map { "--project \($0.id)" } ?? "the short list's preferred option")])
        own.append([.text("Figures from"), .text(appraiseLine(appraised)), .text("the same code as the command")])
        own.append([.text("Inflation for cash terms"), .percent(inflation.rate.fraction, decimals: 1), .text(inflation.basis)])
        own.append([.text("Savings target a year (cash)"), target.map { .money($0.pounds) } ?? .text("none entered"),
                    .text(target == nil ? "give --target £" : "entered with --target (the analyst's figure)")])
        own.append([.text("Decision date (as at)"), .text(subject.assumptions.priceBaseYear.description), .text("the workspace's price base year")])
        var blocks: [ReportBlock] = [.table(own)]
        var entered = ReportTable(
            title: "The analyst's entered figures read by this paper (inputs/figures.json)",
            columns: [
                ReportColumn("authority", "Authority"), ReportColumn("figure", "Figure"), ReportColumn("value", "Value"),
                ReportColumn("year", "Year"), ReportColumn("source", "Source as entered"), ReportColumn("evidence", "Evidence"),
            ])
        for figure in context.enteredFiguresUsed {
            entered.append([
                .text(figure.authority.rawValue), .text(figure.definition?.label ?? figure.key.rawValue),
                .text(figure.profileFigure.formattedValue), .text(figure.year.description), .text(figure.source ?? "not given"),
                .text("entered"),
            ])
        }
        if entered.rows.isEmpty { entered.notes = ["None: every figure is the modules' own (see the sources below)."] }
        blocks.append(.table(entered))
        if let assumptions = ReportSupport.document(title: "", sections: [], context: context).assumptions {
            blocks.append(.table(assumptions))
        }
        blocks.append(.note("Every cited source is listed below with its title and address; estimates are marked ‡."))
        return ReportSection(heading: Self.headings[5], blocks: blocks)
    }
}
