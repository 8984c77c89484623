import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `appraise <calculator|option|shortlist> <subject> [--years N] [--rate r] [--no-optimism-bias] [--<parameter> v]…`:
/// a Green Book appraisal of a calculator's schedule, a short-listed option's calculators summed, or every
/// short-listed option side by side.
struct AppraiseCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "appraise", abstract: "Green Book appraisal: NPV, NPC, payback, IRR, BCR, EAC, switching values, sensitivity.",
        discussion: """
            Appraises a savings calculator's schedule for a subject, a short-listed option (its calculators' schedules
            summed, each costing the library budget the ones before it leave, with the interaction shown), or with
            'shortlist' every short-listed option side by side and the preferred option chosen by the stated rule. Flows are discounted at the workspace's
            rate (3.5% [S54]), year 0 undiscounted, with the Green Book's declining schedule after year 30 [S53]; costs are
            uplifted for optimism bias by their category's Table 2 figure, the upper bound unless mitigation is recorded
            [S55]. Payback is the first year the cumulative net flow, once below zero, is back to zero or more,
            interpolated within the year. The IRR
            lists every real root. Switching values give the multiplier of each uncertain input at which the NPV reaches
            zero; the sensitivity table moves each input to its low and high with the others at base, largest swing first.
            Other --<parameter> options set calculator parameters (see 'calculators <id>'); each applies to every
            calculator appraised that declares it.
            """,
        category: "Appraisal",
        arguments: [
            ArgumentSpec("what", "a calculator id, a short-listed option id, or 'shortlist'", completion: .appraisable),
            ArgumentSpec("subject", "a borough or a group such as bexley+bromley", completion: .subject),
        ],
        options: [
            years.spec, rate.spec, noOptimismBias.spec, CashTermsOption.cashFlag.spec, CashTermsOption.inflation.spec,
        ],
        acceptsExtraOptions: true,
        examples: [
            "appraise shared-service bexley+bromley", "appraise rfid-self-service bromley --years 15 --rate 3.5%",
            "appraise shortlist bexley+bromley", "appraise preferred merton --no-optimism-bias",
            "appraise shared-service bexley+bromley --cash --inflation 2.5%",
        ])

    /// `--years n`: the horizon instead of the workspace's, in the `horizon` setting's range.
    static let years = Option<Int>.years("--years", "years after year 0 to appraise (calculators cover up to 60)")
    /// `--rate r`: the discount rate instead of the workspace's, in the `discount-rate` setting's one range.
    static let rate = Option<Rate>(
        "--rate", value: "r", "the discount rate instead of the workspace's", accepts: Assumptions.discountRateRangeText
    ) { try Assumptions.readDiscountRate($0, argument: "--rate") }
    /// `--no-optimism-bias`.
    static let noOptimismBias = Flag("--no-optimism-bias", "apply no optimism bias (to compare with unadjusted published figures)")

    /// What is appraised.
    enum Target {
        /// One calculator.
        case calculator(CalculatorID)
        /// One short-listed option.
        case option(ShortListedOption)
        /// Every short-listed option.
        case shortList([ShortListedOption])
    }

    /// What is appraised, resolved: the target, the framework's appraisal behind a short list and the parameters.
    struct Plan {
        /// What is appraised.
        let target: Target
        /// The options framework's appraisal behind a short list (its long list and factors), for the
        /// preferred-option rule; nil for a calculator.
        let framework: OptionsAppraisal?
        /// The parameter overrides for each calculator, checked against its descriptor.
        let values: [CalculatorID: ParameterValues]
    }

    let invocation: Invocation
    let inputs: SubjectInputs
    let options: AppraisalOptions
    /// The inflation assumption for the cash view (`--cash`, `--inflation`), or nil for real terms only.
    let inflation: (rate: Rate, basis: String)?
    /// The plan of a calculator's appraisal, resolved as the command is read; nil for an option or the short list,
    /// whose plan needs the options framework's appraisal and so the workspace's files (library locations and
    /// catchments among them): read when the command runs, so a damaged file leaves a saved analysis parsing and
    /// its run names the file, line and field.
    let calculatorPlan: Plan?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        self.invocation = invocation
        var inputs = try context.subjectInputs(invocation.arguments[1])
        var options = AppraisalOptions()
        if let years = try invocation.value(Self.years) {
            options.years = years
            inputs.assumptions.horizonYears = years
        }
        if let rate = try invocation.value(Self.rate) { options.rate = rate }
        if invocation.flag(Self.noOptimismBias) { options.optimismBias = OptimismBiasPolicy.none }
        self.inputs = inputs
        self.options = options
        inflation = try CashTermsOption.read(invocation)
        if let id = CalculatorID(validating: invocation.arguments[0]), context.registry.calculators[id] != nil {
            calculatorPlan = try Self.plan(invocation, inputs: inputs, options: options, context: context)
        } else {
            calculatorPlan = nil
        }
    }

    /// The plan: the calculator's as read, or an option's or the short list's from the options framework now.
    /// - Throws: `notFound` for a name that is neither a calculator nor a short-listed option; errors about
    ///   parameters; the framework's and the workspace's files' errors.
    func plan(_ context: CommandContext) throws -> Plan {
        try calculatorPlan ?? Self.plan(invocation, inputs: inputs, options: options, context: context)
    }

    /// Resolves what is appraised and checks the parameters against the calculators it involves.
    static func plan(_ invocation: Invocation, inputs: SubjectInputs, options: AppraisalOptions, context: CommandContext) throws -> Plan {
        let what = invocation.arguments[0]
        let target: Target
        let calculators = context.registry.calculators
        var framework: OptionsAppraisal?
        if let id = CalculatorID(validating: what), calculators[id] != nil {
            target = .calculator(id)
        } else if what == "shortlist" {
            let appraisal = try Self.framework(context: context, subject: invocation.arguments[1])
            framework = appraisal
            target = .shortList(appraisal.shortList)
        } else {
            let hasFramework = !context.registry.frameworks.isEmpty
            let shortList = hasFramework ? try Self.shortList(context: context, subject: invocation.arguments[1]) : []
            if let option = shortList.first(where: { $0.id.rawValue == what }) {
                target = .option(option)
            } else {
                let calculatorNames = calculators.keys.map(\.rawValue).sorted()
                let known = ["shortlist"] + shortList.map(\.id.rawValue) + calculatorNames
                let optionsText = hasFramework
                    ? "short-listed options: " + shortList.map(\.id.rawValue).joined(separator: ", ") + "; or 'shortlist'."
                    : "no options framework is registered, so there are no short-listed options."
                throw WorkbenchError(
                    .notFound,
                    "'\(what)' is neither a calculator nor an option on the short list for \(inputs.subject)."
                        + Suggestions.didYouMean(what, in: known),
                    hint: "Calculators: \(calculatorNames.isEmpty ? "none registered" : calculatorNames.joined(separator: ", ")); "
                        + optionsText,
                    location: .init(argument: "<what>"))
            }
        }
        // Every parameter must belong to at least one calculator appraised; it applies to each that declares it.
        let ids = Self.calculatorIDs(of: target)
        var values: [CalculatorID: ParameterValues] = [:]
        for (name, text) in invocation.extraOptions {
            var declared = false
            for id in ids {
                guard let calculator = calculators[id]?.calculator,
                    let parameter = calculator.descriptor.parameters.first(where: { $0.id == name })
                else {
                    continue
                }
                declared = true
                values[id, default: ParameterValues()][name] = try context.registry.parseParameter(text, for: parameter, of: calculator)
            }
            guard declared else {
                let names = Set(ids.flatMap { calculators[$0]?.calculator.descriptor.parameters.map(\.id) ?? [] }).sorted()
                throw WorkbenchError(
                    .invalidArgument, "No calculator appraised here has a parameter '--\(name)'."
                        + Suggestions.didYouMean(name, in: names),
                    hint: names.isEmpty ? "These calculators take no parameters." : "Parameters: " + names.map { "--" + $0 }.joined(separator: ", ") + ".",
                    location: .init(argument: "--" + name))
            }
        }
        if let years = options.years {
            for id in ids {
                guard let valid = calculators[id]?.calculator.descriptor.parameters.first(where: { $0.id == "years" })?.valid,
                    !valid.contains(Double(years))
                else { continue }
                var error = WorkbenchError.invalid(
                    "--years", "\(years)",
                    expected: "a whole number from \(Int(valid.lowerBound)) to \(Int(valid.upperBound)), the years the '\(id)' calculator's schedules cover")
                error.hint = "The appraisal itself runs to \(AppraisalCheck.maximumYears) years; this calculator does not."
                throw error
            }
        }
        for (id, given) in values {
            if let calculator = calculators[id]?.calculator {
                try context.registry.checkParameters(given, for: calculator)
            }
        }
        return Plan(target: target, framework: framework, values: values)
    }

    /// The calculators a target involves.
    static func calculatorIDs(of target: Target) -> [CalculatorID] {
        switch target {
        case .calculator(let id): return [id]
        case .option(let option): return option.calculators
        case .shortList(let options): return options.flatMap(\.calculators)
        }
    }

    /// The short list of the first registered options framework for a subject.
    static func shortList(context: CommandContext, subject: String) throws -> [ShortListedOption] {
        try framework(context: context, subject: subject).shortList
    }

    /// The first registered options framework's appraisal of a subject.
    static func framework(context: CommandContext, subject: String) throws -> OptionsAppraisal {
        try context.optionsAppraisal(for: subject, without: "there is no short list to appraise", at: .init(argument: "<what>"))
    }

    /// The one costing of calculators for the subject (`CommandContext.costing`), with the parameters each declares.
    func costing(_ ids: [CalculatorID], title: String? = nil, plan: Plan, context: CommandContext) throws -> CostingOutcome {
        try context.costingOutcome(ids, title: title, inputs: inputs, typed: plan.values, options: options)
    }

    /// The one costing of a calculator or a short-listed option with calculators, as `run` shows it; nil for the
    /// short list and for the baseline. `report board` reads its figures here, so they are the command's own.
    func projectCosting(context: CommandContext) throws -> ProjectCosting? {
        try projectCosting(plan(context), context: context)
    }

    /// `projectCosting(context:)` of a resolved plan.
    func projectCosting(_ plan: Plan, context: CommandContext) throws -> ProjectCosting? {
        switch plan.target {
        case .calculator(let id):
            return try context.costing([id], inputs: inputs, typed: plan.values, options: options)
        case .option(let option):
            guard !option.calculators.isEmpty else { return nil }
            return try context.costing(
                option.calculators, title: "\(option.title) (\(option.id), \(inputs.subject))", inputs: inputs, typed: plan.values,
                options: options)
        case .shortList:
            return nil
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        let plan = try plan(context)
        switch plan.target {
        case .calculator:
            guard let result = try projectCosting(plan, context: context)?.appraisal else { return Reply(blocks: []) }
            return Reply(blocks: AppraisalReply.blocks(result, cash: cashTerms(result)), data: try data(result))
        case .option(let option):
            guard let costing = try projectCosting(plan, context: context) else { return Self.baseline(option) }
            let result = costing.appraisal
            return Reply(
                blocks: [.text("Costed by: \(option.calculators.map(\.rawValue).joined(separator: " + ")).")]
                    + costing.interactions.map { .text($0.summary) }
                    + AppraisalReply.blocks(result, cash: cashTerms(result)),
                data: [("option", .string(option.id.rawValue))] + (try data(result)))
        case .shortList(let options):
            return try shortListReply(options, plan: plan, context: context)
        }
    }

    /// The cash view of a result, when asked for.
    func cashTerms(_ result: AppraisalResult) -> CashTerms? {
        inflation.map { CashTerms(result, inflation: $0.rate, basis: $0.basis) }
    }

    /// A result's JSON: the appraisal, and its cash view when asked for.
    func data(_ result: AppraisalResult) throws -> [(String, JSONValue)] {
        var data: [(String, JSONValue)] = [("appraisal", try JSONValue(encoding: result))]
        if let cash = cashTerms(result) { data.append(("cash", try JSONValue(encoding: cash))) }
        return data
    }

    /// Business as usual has no incremental flows: it is the baseline the others are measured against.
    static func baseline(_ option: ShortListedOption) -> Reply {
        Reply(
            blocks: [.text("\(option.title) (\(option.id)) is the baseline: it has no calculators and no incremental flows, so its NPV against itself is £0.")],
            data: [("option", .string(option.id.rawValue)), ("baseline", .bool(true))])
    }

    /// Every short-listed option side by side, with the yearly table of none (appraise an option for its detail).
    func shortListReply(_ options: [ShortListedOption], plan: Plan, context: CommandContext) throws -> Reply {
        let framework = plan.framework
        var table = ReportTable(
            title: "Short list for \(inputs.subject): appraisal of each option's calculators summed",
            columns: [
                ReportColumn("option", "Option"), ReportColumn("role", "Role"), ReportColumn("calculators", "Calculators"),
                ReportColumn("npv", "NPV", unit: "£"), ReportColumn("npc", "NPC", unit: "£"),
                ReportColumn("bcr", "BCR"), ReportColumn("payback", "Payback", unit: "years"),
                ReportColumn("discounted_payback", "Disc. payback", unit: "years"), ReportColumn("irr", "IRR", unit: "fraction"),
                ReportColumn("eac", "EAC", unit: "£/year"), ReportColumn("largest_swing", "Largest swing"),
                ReportColumn("factors", "Critical success factors"),
            ])
        let screened = framework.map { PreferredOptionRule.candidates($0, npv: [:]) } ?? []
        /// The factors cell of an option.
        func factorsCell(_ option: ShortListedOption) -> ReportCell {
            guard let candidate = screened.first(where: { $0.option == option.id }) else { return .text("–") }
            return .text(candidate.meetsFactors ? "all met" : "fails " + candidate.failedFactors.joined(separator: ", "))
        }
        var npvs: [OptionID: Double] = [:]
        var notes: [String] = []
        var results: [JSONValue] = []
        var summary: AppraisalResult?
        /// One option's JSON: every option of the short list is present, with its status and, when it was not
        /// appraised, the reason.
        func entry(_ option: ShortListedOption, status: String, reason: String?, appraisal: JSONValue) -> JSONValue {
            .object([
                ("option", .string(option.id.rawValue)), ("role", .string(option.role.rawValue)),
                ("calculators", .array(option.calculators.map { .string($0.rawValue) })),
                ("status", .string(status)), ("reason", reason.map(JSONValue.string) ?? .null), ("appraisal", appraisal),
            ])
        }
        for option in options {
            guard !option.calculators.isEmpty else {
                table.append([
                    .text(option.id.rawValue), .text(option.role.rawValue), .text("baseline"), .number(0, decimals: 0),
                    .missing, .missing, .missing, .missing, .missing, .missing, .missing, factorsCell(option),
                ])
                results.append(entry(
                    option, status: "baseline", reason: "business as usual is the baseline: NPV £0 by definition", appraisal: .null))
                continue
            }
            do {
                let costing: ProjectCosting
                switch try self.costing(option.calculators, title: option.title, plan: plan, context: context) {
                case .costed(let costed):
                    costing = costed
                case .incomplete(let gap):
                    // Not dropped: the row names the missing part, the notes and the JSON say why.
                    table.append([
                        .text(option.id.rawValue), .text(option.role.rawValue),
                        .text(option.calculators.map(\.rawValue).joined(separator: " + ") + " (\(gap.cell))"),
                    ])
                    notes.append("\(option.id): not appraised, not costed in full: " + gap.reasons.joined(separator: " "))
                    var entry = entry(
                        option, status: "not_costed", reason: "not costed in full: " + gap.reasons.joined(separator: " "),
                        appraisal: .null)
                    if case .object(var fields) = entry {
                        fields.append(("missing", .array(gap.parts.map { part in
                            .object([("calculator", .string(part.calculator.rawValue)), ("reason", .string(part.error.message))])
                        })))
                        entry = .object(fields)
                    }
                    results.append(entry)
                    continue
                }
                let result = costing.appraisal
                npvs[option.id] = result.netPresentValue.pounds
                summary = summary ?? result
                table.append([
                    .text(option.id.rawValue), .text(option.role.rawValue),
                    .text(option.calculators.map(\.rawValue).joined(separator: " + ")),
                    .number(result.netPresentValue.pounds, decimals: 0), .number(result.netPresentCost.pounds, decimals: 0),
                    .number(result.benefitCostRatio, decimals: 2), .number(result.simplePayback, decimals: 2),
                    .number(result.discountedPayback, decimals: 2), AppraisalReply.irrCell(result.internalRateOfReturn),
                    .number(result.equivalentAnnualCost?.pounds, decimals: 0),
                    .text(result.sensitivity.first.map { "\($0.input) (\(MoneyFormat.whole($0.swing.pounds)))" } ?? "–"),
                    factorsCell(option),
                ])
                results.append(entry(option, status: "appraised", reason: nil, appraisal: try JSONValue(encoding: result)))
                for interaction in costing.interactions {
                    notes.append("\(option.id): \(interaction.summary)")
                }
                for uplift in result.optimismBias where uplift.category != nil {
                    notes.append("\(option.id), '\(uplift.schedule)': \(uplift.summary).")
                }
            } catch let error as WorkbenchError {
                table.append([
                    .text(option.id.rawValue), .text(option.role.rawValue),
                    .text(option.calculators.map(\.rawValue).joined(separator: " + ") + " (not appraised)"),
                ])
                notes.append("\(option.id): not appraised: \(error.message)")
                results.append(entry(option, status: "not_appraised", reason: error.message, appraisal: .null))
            }
        }
        var blocks: [ReplyBlock] = [.table(table)]
        var data: [(String, JSONValue)] = [("options", .array(results))]
        if let framework {
            let decision = PreferredOptionRule.choose(PreferredOptionRule.candidates(framework, npv: npvs))
            blocks.append(.text("Preferred option after costing: \(decision.preferred). " + decision.reason))
            blocks.append(.note(PreferredOptionRule.statement))
            data.append(("preferred", .string(decision.preferred.rawValue)))
            data.append(("preferred_reason", .string(decision.reason)))
            data.append(("preferred_rule", .string(PreferredOptionRule.statement)))
        }
        if let summary { blocks.append(.note("Discounting: \(summary.scheduleSummary).")) }
        blocks += notes.map { .note($0) }
        blocks.append(.note(
            "Business as usual is the baseline (NPV £0 by definition); for the other options a payback of – means none "
                + "within the horizon. 'appraise <option> \(inputs.subject)' gives an option's yearly table, switching values "
                + "and sensitivity."))
        return Reply(blocks: blocks, data: data)
    }
}
