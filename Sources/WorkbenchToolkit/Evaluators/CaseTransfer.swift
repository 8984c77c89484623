public import WorkbenchCore

/// What a case's move would be worth for another subject: the case's annual saving scaled by a stated driver,
/// phased by the case's time to savings, with a range from the case's own spread, as a cash-flow schedule that
/// appraisal and simulation accept.
///
/// Method (each step is also written into the schedule's notes):
/// 1. The saving scaled is the reported annual saving, or the planned one when none is reported.
/// 2. Ratio = target driver ÷ case driver, where the case driver covers the same partners as the saving (a case
///    scale figure, or the partners' profiles) and the target driver is the sum over the subject's profiles. The
///    driver is the one named, or the first of `TransferDriver.preference(for:)` that both sides have. Drivers are
///    whole-service quantities on both sides (a borough's whole library network, population, back office), so the
///    case stands for changing the same share of the service.
/// 3. Range: low and high multipliers = the lowest and highest of the case's annual-saving figures that cover the
///    same partners (alternatives, and planned against reported) ÷ the saving scaled. Triangular, one draw for
///    every year (the spread is about the case, not the year).
/// 4. Phasing: nothing in year 0 (the decision year, which carries the one-off costs); savings start in year
///    `first` (the case's time from decision to first savings, at least 1) and rise in equal steps to the full
///    amount in year `full` (its time to full savings; `first` when unknown).
/// 5. One-off costs, when the case has them, are scaled by the same driver and fall in year 0. Recurring costs are
///    not added: case savings are already net of them. When the case records no one-off cost, the cost is missing,
///    never zero: the schedule has no cost line, `oneOffCostMissing` is true, and callers refuse to appraise it
///    until the analyst gives the subject's cost (`oneOffCost`), which then falls in year 0 marked "entered".
/// 6. Optimism bias by kind: outsourcing → outsourcing; self-service and procurement (IT and library-system
///    roll-outs) → equipment/development; shared service → equipment/development, as the domain reference suggests
///    for a new structure; community → none, since no category of the guidance fits a transfer to community groups.
/// 7. Prices: the case's money figures (savings, costs, budgets), "in pounds at the prices of the figure's own year",
///    are first restated in the workspace's price base year with HM Treasury's GDP deflator [S82]
///    (`CaseStudy.inPrices(of:)`), as the subject's own figures are by the resolver, so the ratio and the schedule
///    are in one year's prices.
public struct CaseTransfer: Sendable {
    /// The case applied.
    public let caseStudy: CaseStudyID
    /// The driver used.
    public let driver: TransferDriver
    /// The case's value of the driver, with its provenance.
    public let caseDriver: Sourced<Double>
    /// The subject's value of the driver, with its provenance.
    public let targetDriver: Sourced<Double>
    /// target ÷ case.
    public let ratio: Double
    /// The case's annual saving that was scaled, in pounds a year.
    public let caseSaving: Double
    /// Whether that saving is a reported (true) or planned (false) figure.
    public let savingIsReported: Bool
    /// Low and high multipliers from the case's spread.
    public let low: Double
    /// The high multiplier.
    public let high: Double
    /// First year with savings, and the year savings reach the full amount.
    public let firstYear: Int
    /// The year savings reach the full amount.
    public let fullYear: Int
    /// The schedule.
    public let schedule: CashFlowSchedule
    /// Whether the one-off cost is missing: the case records none and the analyst gave none. An appraisal of the
    /// schedule would read the missing cost as zero (net present cost £0, payback in year 0), so callers refuse it.
    public let oneOffCostMissing: Bool

    /// The full annual saving for the subject: case saving × ratio.
    public var scaledSaving: Double { caseSaving * ratio }

    /// Applies a case to a subject.
    ///
    /// - Parameters:
    ///   - caseStudy: the case.
    ///   - caseProfiles: profiles of the case's partners that the workbench has (may be empty).
    ///   - inputs: the subject, its profiles and the workspace's assumptions (base year, horizon).
    ///   - driver: the driver to scale by, or nil to take the first that both sides have.
    ///   - oneOffCost: the subject's one-off cost as the analyst gives it, used in place of the case's (scaled) one,
    ///     or nil to take the case's; when the case has none either, the cost is missing (`oneOffCostMissing`).
    /// - Throws: `missingFigure` when the case has no annual saving or no driver both sides have.
    public init(
        applying caseStudy: CaseStudy, caseProfiles: [BoroughProfile], to inputs: SubjectInputs,
        driver named: TransferDriver? = nil, oneOffCost given: Money? = nil
    ) throws {
        let c = caseStudy.inPrices(of: inputs.assumptions.priceBaseYear)
        let reported = CaseTotal.read(CaseFigure.Measure.annualSaving, in: c.reported, partners: c.partners)
        let planned = CaseTotal.read(CaseFigure.Measure.annualSaving, in: c.planned, partners: c.partners)
        guard let base = reported ?? planned, base.value > 0 else {
            throw WorkbenchError(
                .missingFigure,
                "The case '\(c.id)' has no planned or reported annual saving, so there is nothing to scale to \(inputs.subject).",
                hint: "Choose a case with a savings figure (see 'casestudies'), or evaluate this one without --apply-to.",
                module: "toolkit", location: .init(argument: "--apply-to"))
        }
        let covered = base.covers ?? c.partners

        // Driver.
        let candidates = named.map { [$0] } ?? TransferDriver.preference(for: c.kind)
        var chosen: (TransferDriver, Sourced<Double>, Sourced<Double>)?
        var reasons: [String] = []
        for candidate in candidates {
            let caseValue = Self.caseDriver(candidate, c, covers: base.covers, profiles: caseProfiles)
            let target = Self.targetDriver(candidate, inputs.profiles)
            if let caseValue, let target, caseValue.value > 0 {
                chosen = (candidate, caseValue, target)
                break
            }
            var lacking: [String] = []
            if caseValue == nil { lacking.append("the case (for \(covered.map(\.rawValue).joined(separator: ", ")))") }
            if target == nil { lacking.append("\(inputs.subject)") }
            reasons.append("\(candidate.rawValue): no figure for " + lacking.joined(separator: " or "))
        }
        guard let (driver, caseDriver, targetDriver) = chosen else {
            throw WorkbenchError(
                .missingFigure,
                "No driver to scale '\(c.id)' to \(inputs.subject): " + reasons.joined(separator: "; ") + ".",
                hint: named == nil
                    ? "Add the figure to the borough's profile, or name another driver with --driver (\(TransferDriver.allCases.map(\.rawValue).joined(separator: ", ")))."
                    : "Try another --driver (\(TransferDriver.allCases.map(\.rawValue).joined(separator: ", "))).",
                module: "toolkit", location: .init(argument: "--driver"))
        }
        let ratio = targetDriver.value / caseDriver.value

        // Spread.
        var spread = base.spread
        if let other = (reported == nil ? nil : planned),
            Set(other.covers ?? c.partners) == Set(covered) || (other.coversAll(c.partners) && base.coversAll(c.partners))
        {
            spread += other.spread
        }
        let low = (spread.min() ?? base.value) / base.value
        let high = (spread.max() ?? base.value) / base.value

        // Phasing.
        var notes: [String] = []
        let plannedFirst = c.planned.first { $0.measure == CaseFigure.Measure.yearsToFirstSaving }?.value
        let plannedFull = c.planned.first { $0.measure == CaseFigure.Measure.yearsToFullSaving }?.value
        let firstDated = c.reported.filter { $0.measure == CaseFigure.Measure.annualSaving }.compactMap(\.year).min()
        var first: Int
        if let decided = c.decided, let started = c.started {
            first = started - decided
            notes.append("Savings start in year \(max(first, 1)): the case took effect \(StandardCaseEvaluator.years(started - decided)) after its decision.")
        } else if let plannedFirst {
            first = Int(plannedFirst.rounded())
            notes.append("Savings start in year \(max(first, 1)), the case's planned time to first savings.")
        } else {
            first = 1
            notes.append("The case's time to first savings is not known: savings are assumed to start in year 1.")
        }
        first = max(first, 1)
        var full: Int
        if let decided = c.decided, let dated = firstDated {
            full = dated - decided
            notes.append("Full savings from year \(max(full, first)): the case reported them \(StandardCaseEvaluator.years(dated - decided)) after its decision (an upper bound).")
        } else if let plannedFull {
            full = Int(plannedFull.rounded())
            notes.append("Full savings from year \(max(full, first)), the case's planned time to full savings.")
        } else {
            full = first
            notes.append("The case's time to full savings is not known: the full saving is assumed from the first year of savings.")
        }
        full = max(full, first)

        let horizon = max(inputs.assumptions.horizonYears, 1)
        let fullAmount = base.value * ratio
        let amounts = (0...horizon).map { year -> Double in
            if year < first { return 0 }
            if year >= full { return fullAmount }
            return fullAmount * Double(year - first + 1) / Double(full - first + 1)
        }
        let which = reported == nil ? "planned" : "reported"
        let uncertainty = (low < 1 || high > 1)
            ? LineUncertainty(input: "case-spread", low: low, mostLikely: 1, high: high, shape: .triangular, independentByYear: false)
            : nil
        let driverMethod = "\(driver.label): \(inputs.subject) \(Self.number(targetDriver.value)) ÷ case \(Self.number(caseDriver.value)) = \(MoneyFormat.fixed(ratio, decimals: 4))"
        var lines = [
            CashFlowLine(
                "Saving as in \(c.id) (\(which) \(MoneyFormat.compact(base.value)) a year, scaled)", kind: .saving,
                amounts: amounts, uncertainty: uncertainty,
                provenance: Provenance(
                    .derived, CaseTotal.merge([base.provenance, caseDriver.provenance, targetDriver.provenance]),
                    method: "case's \(which) annual saving × \(driverMethod), phased from year \(first) to full in year \(full)")),
        ]
        let oneOff = CaseTotal.read(CaseFigure.Measure.oneOffCost, in: c.reported, partners: c.partners)
            ?? CaseTotal.read(CaseFigure.Measure.oneOffCost, in: c.planned, partners: c.partners)
        if let given {
            var costs = [Double](repeating: 0, count: horizon + 1)
            costs[0] = given.pounds
            lines.append(
                CashFlowLine(
                    "One-off cost for \(inputs.subject), as the analyst gives it", kind: .oneOffCost, amounts: costs,
                    provenance: .entered(
                        period: inputs.assumptions.priceBaseYear.description,
                        source: oneOff == nil ? "--one-off-cost (the case records no one-off cost)" : "--one-off-cost, in place of the case's")))
            notes.append(
                "One-off cost \(MoneyFormat.compact(given.pounds)) in year 0, as the analyst gives it (entered)"
                    + (oneOff == nil ? "; the case records none." : ", in place of the case's scaled \(MoneyFormat.compact(oneOff?.value ?? 0))."))
        } else if let oneOff {
            let costRatio: Double
            if oneOff.covers.map(Set.init) == base.covers.map(Set.init) {
                costRatio = ratio
            } else if let costDriver = Self.caseDriver(driver, c, covers: oneOff.covers, profiles: caseProfiles), costDriver.value > 0 {
                costRatio = targetDriver.value / costDriver.value
            } else {
                costRatio = ratio
            }
            var costs = [Double](repeating: 0, count: horizon + 1)
            costs[0] = oneOff.value * costRatio
            lines.append(
                CashFlowLine(
                    "One-off cost as in \(c.id) (\(MoneyFormat.compact(oneOff.value)), scaled)", kind: .oneOffCost,
                    amounts: costs,
                    provenance: Provenance(
                        .derived, CaseTotal.merge([oneOff.provenance, caseDriver.provenance, targetDriver.provenance]),
                        method: "case's one-off cost × \(MoneyFormat.fixed(costRatio, decimals: 4)) (\(driver.label)), in year 0")))
        } else {
            notes.append(
                "One-off cost: missing. The case records none and no source gives one for \(inputs.subject); it is unknown, "
                    + "not zero, so the schedule cannot be appraised until it is given (--one-off-cost).")
        }

        notes.insert(
            "Scaled by \(driverMethod): case \(driver.label) \(caseDriver.provenance), \(inputs.subject) \(targetDriver.provenance).",
            at: 0)
        notes.insert(
            "Based on the \(which) annual saving of \(MoneyFormat.compact(base.value)) for \(base.coverText) \(base.sources.map(\.description).joined()); \(MoneyFormat.compact(fullAmount)) a year for \(inputs.subject) at full savings.",
            at: 0)
        notes.append(
            uncertainty == nil
                ? "The case has a single savings figure, so it implies no range; the appraisal's optimism bias and sensitivity still apply."
                : "Range from the case's own figures: \(MoneyFormat.fixed(low, decimals: 3))× to \(MoneyFormat.fixed(high, decimals: 3))× the saving (\(spread.map { MoneyFormat.compact($0) }.joined(separator: ", "))).")
        notes.append(
            "Savings are net of recurring costs, as the case's figures are; the case's money is restated from each "
                + "figure's year in \(inputs.assumptions.priceBaseYear) prices with HM Treasury's GDP deflator [S82].")
        let bias = Self.optimismBias(for: c.kind)
        notes.append(Self.optimismBiasNote(for: c.kind))

        self.caseStudy = c.id
        self.driver = driver
        self.caseDriver = caseDriver
        self.targetDriver = targetDriver
        self.ratio = ratio
        self.caseSaving = base.value
        self.savingIsReported = reported != nil
        self.low = low
        self.high = high
        self.firstYear = first
        self.fullYear = full
        self.oneOffCostMissing = given == nil && oneOff == nil
        self.schedule = CashFlowSchedule(
            title: "\(c.title), applied to \(inputs.subject)", origin: "case:\(c.id)",
            baseYear: inputs.assumptions.priceBaseYear, horizon: horizon, lines: lines, optimismBias: bias,
            optimismBiasReason: c.kind == .selfService ? CalculatorEvidence.offTheShelfEquipmentReason : nil, notes: notes)
    }

    /// The optimism-bias category for a kind of case (see step 6 of the method).
    public static func optimismBias(for kind: CaseStudyKind) -> OptimismBiasCategory? {
        switch kind {
        case .outsourcing: return .outsourcing
        case .selfService: return .standardBuildings
        case .procurement, .sharedService: return .equipmentDevelopment
        case .community: return nil
        }
    }

    static func optimismBiasNote(for kind: CaseStudyKind) -> String {
        switch kind {
        case .outsourcing:
            return "Optimism bias: outsourcing [S55], which applies to operating costs; this schedule holds savings only, so add the contract's costs for the uplift to bite."
        case .selfService:
            return "Optimism bias: standard buildings [S55] (\(CalculatorEvidence.offTheShelfEquipmentReason))."
        case .procurement:
            return "Optimism bias: equipment/development [S55], the domain reference's suggestion for library-system and IT roll-outs."
        case .sharedService:
            return "Optimism bias: equipment/development [S55] for a new structure, as the domain reference suggests (not a category the guidance names for shared services)."
        case .community:
            return "Optimism bias: none; no category of the guidance [S55] fits a transfer to community groups."
        }
    }

    /// The case's driver for the partners a saving covers (nil: the whole case).
    static func caseDriver(
        _ driver: TransferDriver, _ c: CaseStudy, covers: [BoroughID]?, profiles: [BoroughProfile]
    ) -> Sourced<Double>? {
        let scale = c.scale.filter { $0.measure == driver.caseMeasure }
        if covers == nil, let whole = scale.first(where: { $0.partner == nil }) {
            return Sourced(whole.value, whole.provenance)
        }
        var total = 0.0
        var provenances: [Provenance] = []
        for partner in covers ?? c.partners {
            if let own = scale.first(where: { $0.partner == partner }) {
                total += own.value
                provenances.append(own.provenance)
            } else if let profile = profiles.first(where: { $0.id == partner }), let value = driver.value(in: profile) {
                total += value.value
                provenances.append(value.provenance)
            } else {
                return nil
            }
        }
        return provenances.count == 1
            ? Sourced(total, provenances[0])
            : Sourced(total, Provenance(.derived, CaseTotal.merge(provenances), method: "sum over the partners"))
    }

    /// The subject's driver: the sum over its profiles, or nil when one lacks it.
    static func targetDriver(_ driver: TransferDriver, _ profiles: [BoroughProfile]) -> Sourced<Double>? {
        guard !profiles.isEmpty else { return nil }
        var values: [Sourced<Double>] = []
        for profile in profiles {
            guard let value = driver.value(in: profile) else { return nil }
            values.append(value)
        }
        if values.count == 1 { return values[0] }
        return Sourced(
            values.reduce(0) { $0 + $1.value },
            Provenance(.derived, CaseTotal.merge(values.map(\.provenance)), method: "sum over the subject's boroughs"))
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? MoneyFormat.grouped(value) : MoneyFormat.fixed(value, decimals: 1)
    }
}
