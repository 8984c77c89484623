import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `simulate <option|calculator> <subject> [--iterations N] [--seed S]` and `simulate shortlist <subject>`: Monte Carlo
/// risk of NPV and payback for a calculator's schedule, one short-listed option, or the whole short list.
struct SimulateCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "simulate", abstract: "Monte Carlo risk of NPV and payback for a calculator, a short-listed option or the short list.",
        discussion: """
            Each uncertain input of the schedules is drawn from its distribution (triangular by inverse CDF; PERT with
            λ = 4 as a Beta from two Marsaglia–Tsang gamma draws; uniform; normal truncated at zero by rejection), once
            per iteration or once per year as the calculator declares; lines sharing an input share its draw.
            Optimism bias is applied as in 'appraise' before the multipliers [S55]; NPV uses the workspace's discount
            schedule [S53][S54]. Delivery varies too: each schedule's start is delayed and its ramp-up stretched by
            draws for its kind of option (community handover, shared service, trust, RFID, co-location, …), from the
            case studies' planned against actual dates or a stated estimate, and where a case shows changes that did
            not happen, the change may not be delivered at all; its savings and recurring costs move, its one-off costs
            fall as planned. The notes state each assumption.
            Percentiles are Hyndman and Fan's type 7: linear interpolation between order
            statistics, NumPy's default. Payback is simple payback as 'appraise' and 'payback' compute it (the first year
            the cumulative net flow, having been below zero, reaches zero again, interpolated); iterations that never pay back within the horizon count as later than any year, so a
            percentile of 'none' means no payback within the horizon at that percentile. The same seed gives the same
            figures on any machine and with any number of cores. Ctrl-C stops a run.
            """,
        category: "Appraisal",
        arguments: [
            ArgumentSpec("option|calculator", "a calculator id, a short-listed option id, or 'shortlist'", completion: .appraisable),
            ArgumentSpec("subject", "a borough id or a group such as bexley+bromley", completion: .subject),
        ],
        options: [
            iterationsOption.spec, seedOption.spec,
        ],
        examples: ["simulate shared-service bexley+bromley", "simulate shortlist bromley --iterations 100000 --seed 7"])

    /// `--iterations n`: in the `iterations` setting's one range.
    static let iterationsOption = Option<Int>.integer(
        "--iterations", "iterations per option (default: the workspace's)", in: Assumptions.iterationRange)
    /// `--seed s`: read as the `seed` setting reads it.
    static let seedOption = Option<UInt64>.seed("--seed", value: "s", "the random seed (default: the workspace's)")

    let target: String
    let subject: String
    let iterations: Int?
    let seed: UInt64?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        target = invocation.arguments[0]
        subject = invocation.arguments[1]
        iterations = try invocation.value(Self.iterationsOption)
        seed = try invocation.value(Self.seedOption)
    }

    func run(in context: CommandContext) throws -> Reply {
        let inputs = try context.subjectInputs(subject, argument: "<subject>")
        var notes: [String] = []
        var options: [SimulationOption] = []
        var gaps: [CostingGap] = []
        if context.registry.calculators[CalculatorID(rawValue: target)] != nil {
            // The one costing path: the schedule `savings` shows and `appraise` appraises.
            options = [Self.option(title: nil, try context.costing([CalculatorID(rawValue: target)], inputs: inputs).schedules)]
        } else {
            let shortList = try Self.shortList(subject: subject, context: context)
            let chosen = target == "shortlist" ? shortList : shortList.filter { $0.id.rawValue == target }
            guard !chosen.isEmpty else {
                let known = ["shortlist"] + context.registry.calculators.keys.map(\.rawValue).sorted()
                    + shortList.map(\.id.rawValue)
                throw WorkbenchError(
                    .notFound,
                    "'\(target)' is neither a calculator nor an option on the short list for \(inputs.subject)."
                        + Suggestions.didYouMean(target, in: known),
                    hint: "Calculators: \(context.registry.calculators.keys.map(\.rawValue).sorted().joined(separator: ", ")); "
                        + "short-listed options: \(shortList.map(\.id.rawValue).joined(separator: ", ")); or 'shortlist' for all.",
                    location: .init(argument: "<option|calculator>"))
            }
            for option in chosen {
                guard !option.calculators.isEmpty else {
                    notes.append("'\(option.title)' has no cash flows to simulate (the baseline: NPV £0 by definition).")
                    continue
                }
                switch try context.costingOutcome(option.calculators, title: option.title, inputs: inputs) {
                case .costed(let costing):
                    options.append(Self.option(title: option.title, costing.schedules))
                case .incomplete(let gap):
                    // One option asked for is refused as 'appraise' refuses it; in a short list it keeps its row.
                    guard target == "shortlist" else { throw gap.error }
                    gaps.append(gap)
                }
            }
        }
        let environment = context.environment
        let engine = MonteCarloEngine(assumptions: context.assumptions, iterations: iterations, seed: seed)
        let control = SimulationControl(isCancelled: { environment.isCancelled }, progress: environment.progress)
        let summaries = try engine.run(options, control: control)
        return Self.reply(summaries, of: options, engine: engine, subject: inputs.subject, extraNotes: notes, gaps: gaps)
    }

    /// An option to simulate with each schedule's delivery risk (by its calculator), titled as its one schedule when
    /// `title` is nil.
    static func option(title: String?, _ schedules: [CashFlowSchedule]) -> SimulationOption {
        var delivery: [String: DeliveryRisk] = [:]
        for schedule in schedules {
            if let risk = ToolkitParts.deliveryRisk(for: CalculatorID(rawValue: schedule.origin)) { delivery[schedule.origin] = risk }
        }
        return SimulationOption(title: title ?? schedules[0].title, schedules: schedules, delivery: delivery)
    }

    /// The short list of the workspace's options framework for a subject.
    static func shortList(subject: String, context: CommandContext) throws -> [ShortListedOption] {
        try context.optionsAppraisal(for: subject, without: "there is no short list").shortList
    }

    /// The reply: one row per option, the conventions as notes, everything in `data` for `--json` (with each
    /// option's input distributions as objects, `{"kind": "triangular", "low": 0.86, "mode": 1, "high": 1.42, …}`).
    /// Options that could not be costed in full keep a row naming the missing part, a note and a JSON entry.
    /// - Parameter options: the options simulated, in the order of `summaries`.
    static func reply(
        _ summaries: [SimulationSummary], of options: [SimulationOption], engine: MonteCarloEngine, subject: Subject,
        extraNotes: [String], gaps: [CostingGap] = []
    ) -> Reply {
        func years(_ value: Double?) -> ReportCell {
            value.map { .described($0, text: CalculatorArguments.yearsText($0)) } ?? .described(nil, text: "none")
        }
        var table = ReportTable(
            title: "Monte Carlo risk for \(subject): \(MoneyFormat.grouped(Double(engine.iterations))) iterations, seed \(engine.seed)",
            columns: [
                ReportColumn("option", "Option"), ReportColumn("mean", "Mean NPV", unit: "£"),
                ReportColumn("sd", "SD", unit: "£"), ReportColumn("p5", "P5", unit: "£"),
                ReportColumn("p50", "P50", unit: "£"), ReportColumn("p95", "P95", unit: "£"),
                ReportColumn("p_negative", "P(NPV<0)"), ReportColumn("payback_p50", "Payback P50"),
                ReportColumn("payback_p95", "Payback P95"), ReportColumn("p_no_payback", "P(no payback)"),
            ])
        for s in summaries {
            table.append([
                .text(s.title), .money(s.npv.mean.pounds), .money(s.npv.standardDeviation.pounds), .money(s.npv.p5.pounds),
                .money(s.npv.p50.pounds), .money(s.npv.p95.pounds), .percent(s.npv.probabilityBelowZero, decimals: 1),
                years(s.payback.p50), years(s.payback.p95), .percent(s.payback.shareWithoutPayback, decimals: 1),
            ])
        }
        for gap in gaps { table.append([.text("\(gap.title) (\(gap.cell))")]) }
        var notes = extraNotes
        for gap in gaps {
            notes.append("'\(gap.title)' is not simulated, not costed in full: " + gap.reasons.joined(separator: " "))
        }
        notes.append(
            "Percentiles are type 7 (linear interpolation between order statistics, NumPy's default). Payback is simple payback; 'none' means no payback within the horizon at that percentile.")
        notes.append(
            "Optimism bias: \(engine.optimismBias) [S55]; discounting: \(engine.discount.summary).")
        for (s, option) in zip(summaries, options) {
            let mean = s.meanIsExact
                ? "exact mean NPV \(s.exactMeanNPV) (NPV is linear in the multipliers)"
                : "mean NPV \(s.exactMeanNPV) (linear in the multipliers, averaged over the delivery draws by quadrature)"
            let unstated = option.schedules.filter { option.delivery[$0.origin] == nil }.map { "'\($0.origin)'" }
            let onTime = unstated.isEmpty
                ? "" : " No delivery risk is stated for \(unstated.joined(separator: ", ")): delivered as scheduled."
            notes.append(
                "\(s.title): \(mean), simulated \(s.npv.mean); NPV as scheduled and on time \(s.baseNPV). "
                    + s.notes.joined(separator: " ") + onTime)
        }
        func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        let data: [(String, JSONValue)] = [
            ("subject", .string(subject.description)), ("iterations", .number(Double(engine.iterations))),
            ("seed", .number(Double(engine.seed))),
            ("percentiles", .string("type 7: linear interpolation between order statistics")),
            ("options", .array(zip(summaries, options).map { s, option in
                .object([
                    ("title", .string(s.title)), ("years", .number(Double(s.years))),
                    ("inputs", .array(Self.distributions(option))),
                    ("delivery", .array(option.schedules.compactMap { schedule in
                        option.delivery[schedule.origin].map { risk in Self.delivery(risk, schedule: schedule) }
                    })),
                    ("npv", .object([
                        ("mean", .number(s.npv.mean.pounds)), ("sd", .number(s.npv.standardDeviation.pounds)),
                        ("p5", .number(s.npv.p5.pounds)), ("p50", .number(s.npv.p50.pounds)),
                        ("p95", .number(s.npv.p95.pounds)), ("probability_below_zero", .number(s.npv.probabilityBelowZero)),
                        ("exact_mean", .number(s.exactMeanNPV.pounds)), ("mean_is_exact", .bool(s.meanIsExact)),
                        ("as_scheduled", .number(s.baseNPV.pounds)),
                    ])),
                    ("payback", .object([
                        ("mean", optional(s.payback.mean)), ("sd", optional(s.payback.standardDeviation)),
                        ("p5", optional(s.payback.p5)), ("p50", optional(s.payback.p50)), ("p95", optional(s.payback.p95)),
                        ("share_without_payback", .number(s.payback.shareWithoutPayback)),
                    ])),
                    ("notes", .array(s.notes.map(JSONValue.string))),
                ])
            })),
        ] + (gaps.isEmpty ? [] : [
            ("not_costed", .array(gaps.map { gap in
                .object([
                    ("title", .string(gap.title)),
                    ("missing", .array(gap.parts.map { part in
                        .object([("calculator", .string(part.calculator.rawValue)), ("reason", .string(part.error.message))])
                    })),
                ])
            })),
        ])
        let charts = summaries.filter { !$0.npvBins.isEmpty }.map { ReplyBlock.chart(Self.distributionChart($0)) }
        return Reply(blocks: [.table(table)] + charts + notes.map(ReplyBlock.note), data: data)
    }

    /// Every uncertain line of an option's schedules as a JSON object: its schedule, its line, and its distribution
    /// (the multipliers of the line's amounts).
    static func distributions(_ option: SimulationOption) -> [JSONValue] {
        option.schedules.flatMap { schedule in
            schedule.lines.compactMap { line -> JSONValue? in
                guard let range = line.uncertainty, case .object(let pairs)? = try? JSONValue(encoding: range) else { return nil }
                return .object([("schedule", .string(schedule.title)), ("line", .string(line.label))] + pairs)
            }
        }
    }

    /// One schedule's delivery risk as JSON: the delay in years and the ramp-up multiplier as distributions, the
    /// probability of not being delivered, and the basis.
    static func delivery(_ risk: DeliveryRisk, schedule: CashFlowSchedule) -> JSONValue {
        func spread(_ u: LineUncertainty) -> JSONValue {
            .object([("kind", .string(u.shape.rawValue)), ("low", .number(u.low)), ("mode", .number(u.mostLikely)), ("high", .number(u.high))])
        }
        return .object([
            ("schedule", .string(schedule.title)), ("calculator", .string(schedule.origin)), ("kind", .string(risk.kind)),
            ("delay_years", spread(risk.delay)), ("ramp_up_multiplier", spread(risk.rampUpStretch)),
            ("not_delivered", .number(risk.failure)), ("basis", .string(risk.provenance.description)),
            ("method", risk.provenance.method.map(JSONValue.string) ?? .null),
        ])
    }

    /// The simulated NPV distribution of one option as a histogram, with its P5, P50 and P95 and zero marked.
    static func distributionChart(_ s: SimulationSummary) -> ChartSpec {
        let points = s.npvBins.map { ChartSpec.Point(x: $0.lower, y: Double($0.count), x2: $0.upper) }
        return ChartSpec(
            kind: .histogram, title: "Simulated NPV: \(s.title) (\(MoneyFormat.grouped(Double(s.iterations))) runs)",
            xLabel: "NPV (£)", yLabel: "Runs (count)", series: [ChartSpec.Series(name: "Runs", points: points)],
            references: [
                ChartSpec.Reference(label: "P5 \(s.npv.p5)", value: s.npv.p5.pounds),
                ChartSpec.Reference(label: "P50 \(s.npv.p50)", value: s.npv.p50.pounds),
                ChartSpec.Reference(label: "P95 \(s.npv.p95)", value: s.npv.p95.pounds),
                ChartSpec.Reference(label: "NPV = 0", value: 0),
            ])
    }
}
