public import WorkbenchCore

/// A Green Book appraisal of an option: cash-flow schedules and the workspace's assumptions in, an
/// `AppraisalResult` out. Pure: no I/O, no clock.
///
/// Steps: check the parameters; apply optimism bias to each schedule by its own category [S55]; sum the schedules'
/// lines by year over years 0…n; discount with the Green Book schedule [S53][S54]; compute NPV, NPC, payback, IRR,
/// BCR and EAC; then, for each uncertain input (lines sharing a `LineUncertainty.input`), its switching value and its
/// NPV at its low and high multipliers with everything else at base. The base case is the amounts as scheduled
/// (multiplier 1).
public enum Appraisal {
    /// Appraises one schedule.
    /// - Throws: `invalidArgument` naming `--years` or `--rate` with the valid range; `numeric` naming the line
    ///   whose amount is NaN or infinite.
    public static func appraise(
        _ schedule: CashFlowSchedule, assumptions: Assumptions, options: AppraisalOptions = AppraisalOptions()
    ) throws -> AppraisalResult {
        try appraise([schedule], title: schedule.title, assumptions: assumptions, options: options)
    }

    /// Appraises several schedules as one option (for example a short-listed option's calculators), summing them
    /// year by year after each has had its own optimism bias applied. With more than one schedule, uncertain inputs
    /// are named `origin:input` so that like-named inputs of different calculators stay apart.
    public static func appraise(
        _ schedules: [CashFlowSchedule], title: String, assumptions: Assumptions,
        options: AppraisalOptions = AppraisalOptions()
    ) throws -> AppraisalResult {
        guard let firstSchedule = schedules.first else {
            throw WorkbenchError(
                .missingFigure, "There is nothing to appraise for '\(title)': no cash-flow schedule was given.",
                hint: "Name a calculator, or an option whose short-list entry lists calculators.")
        }
        let horizon = schedules.map(\.horizon).max() ?? 0
        let years = options.years ?? horizon
        if options.years != nil {
            try AppraisalCheck.years(years, argument: "--years")
        } else {
            try AppraisalCheck.years(years, argument: "horizon")
        }
        let rate = options.rate ?? assumptions.discountRate
        try AppraisalCheck.rate(rate, argument: options.rate != nil ? "--rate" : "discount-rate")
        let policy = options.optimismBias ?? assumptions.optimismBias
        try AppraisalCheck.optimismBias(policy)
        for schedule in schedules {
            for line in schedule.lines {
                try AppraisalCheck.finite(line.amounts, input: "line '\(line.label)' of '\(schedule.title)'")
                if let u = line.uncertainty {
                    try AppraisalCheck.finite(
                        [u.low, u.mostLikely, u.high], input: "the uncertainty of line '\(line.label)'")
                }
            }
        }
        let discount = DiscountSchedule(rate: rate, declining: options.declining ?? assumptions.decliningSchedule)
        let factors = discount.factors(through: years)
        func presentValue(_ line: CashFlowLine) -> Double {
            (0...years).reduce(0) { $0 + line.signedAmount(year: $1) * factors[$1] }
        }

        // Optimism bias, schedule by schedule.
        var lines: [(line: CashFlowLine, input: String?)] = []
        // The same lines before the uplift, to show the contingency as its own line (`AppraisalYear.optimismBias`).
        var unadjusted: [CashFlowLine] = []
        var uplifts: [OptimismBiasApplied] = []
        var notes: [String] = []
        let qualify = schedules.count > 1
        for schedule in schedules {
            let adjusted = OptimismBiasTable.adjusted(schedule, policy: policy)
            let category = schedule.optimismBias
            let extra = zip(schedule.lines, adjusted.lines).reduce(0.0) { $0 + presentValue($1.1) - presentValue($1.0) }
            uplifts.append(
                OptimismBiasApplied(
                    schedule: schedule.title, category: category, policy: policy,
                    upliftPercent: category.map { OptimismBiasTable.uplift($0, policy: policy) * 100 } ?? 0,
                    appliesTo: category.map { OptimismBiasTable.appliesTo($0) }, presentValue: Money(pounds: -extra),
                    reason: schedule.optimismBiasReason))
            unadjusted += schedule.lines
            for line in adjusted.lines {
                let input = line.uncertainty.map { qualify ? "\(schedule.origin):\($0.input)" : $0.input }
                lines.append((line, input))
            }
            notes += schedule.notes
            if years < schedule.horizon {
                notes.append("'\(schedule.title)' runs to year \(schedule.horizon); only years 0–\(years) are appraised.")
            } else if years > schedule.horizon {
                notes.append("'\(schedule.title)' runs to year \(schedule.horizon); years \(schedule.horizon + 1)–\(years) carry no flows from it.")
            }
            if schedule.baseYear != firstSchedule.baseYear {
                notes.append("'\(schedule.title)' has year 0 in \(schedule.baseYear), not \(firstSchedule.baseYear); its years are aligned by offset.")
            }
        }

        // The yearly table.
        var rows: [AppraisalYear] = []
        var cumulativeNet = 0.0
        var cumulativePV = 0.0
        var costPV = 0.0
        var savingPV = 0.0
        for year in 0...years {
            var costs = 0.0
            var savings = 0.0
            for (line, _) in lines {
                let amount = year < line.amounts.count ? line.amounts[year] : 0
                if line.kind.isCost { costs += amount } else { savings += amount }
            }
            var oneOff = 0.0
            var recurring = 0.0
            var uplift = 0.0
            for (base, (line, _)) in zip(unadjusted, lines) where line.kind.isCost {
                let before = year < base.amounts.count ? base.amounts[year] : 0
                let after = year < line.amounts.count ? line.amounts[year] : 0
                if line.kind == .oneOffCost { oneOff += before } else { recurring += before }
                uplift += after - before
            }
            let net = savings - costs
            let pv = net * factors[year]
            cumulativeNet += net
            cumulativePV += pv
            costPV += costs * factors[year]
            savingPV += savings * factors[year]
            rows.append(
                AppraisalYear(
                    year: year, financialYear: firstSchedule.baseYear.advanced(by: year), costs: Money(pounds: costs),
                    savings: Money(pounds: savings), net: Money(pounds: net), factor: factors[year],
                    presentValue: Money(pounds: pv), cumulativeNet: Money(pounds: cumulativeNet),
                    cumulativePresentValue: Money(pounds: cumulativePV), oneOffCosts: Money(pounds: oneOff),
                    recurringCosts: Money(pounds: recurring), optimismBias: Money(pounds: uplift)))
        }
        let flows = rows.map(\.net.pounds)
        let npv = cumulativePV
        guard npv.isFinite, costPV.isFinite, savingPV.isFinite else {
            throw WorkbenchError(
                .numeric, "The appraisal of '\(title)' produced a non-finite NPV (\(npv)).",
                hint: "Check the schedule's amounts for values too large to add up.")
        }
        if Payback.relapses(flows) {
            notes.append("The cumulative net flow falls below zero again after it first reaches zero; payback flatters the option.")
        }

        // Uncertain inputs: switching values and one-at-a-time sensitivity.
        var order: [String] = []
        var groups: [String: [CashFlowLine]] = [:]
        for (line, input) in lines {
            guard let input else { continue }
            if groups[input] == nil { order.append(input) }
            groups[input, default: []].append(line)
        }
        var sensitivity: [SensitivityRow] = []
        var switching: [String: SwitchingValue] = [:]
        for input in order {
            let group = groups[input]!
            let values = group.map(presentValue)
            let pv = values.reduce(0, +)
            let low = group.map { $0.uncertainty!.low }.min()!
            let high = group.map { $0.uncertainty!.high }.max()!
            var atLow = npv
            var atHigh = npv
            for (line, value) in zip(group, values) {
                atLow += (line.uncertainty!.low - 1) * value
                atHigh += (line.uncertainty!.high - 1) * value
            }
            sensitivity.append(
                SensitivityRow(
                    input: input, low: low, high: high, npvAtLow: Money(pounds: atLow), npvAtHigh: Money(pounds: atHigh)))
            switching[input] = SwitchingValue.compute(
                input: input, lines: group.map(\.label), presentValue: pv, netPresentValue: npv, low: low, high: high)
        }
        sensitivity.sort { $0.swing != $1.swing ? $0.swing > $1.swing : $0.input < $1.input }

        return AppraisalResult(
            title: title, origins: schedules.map(\.origin), baseYear: firstSchedule.baseYear, years: years,
            schedule: discount, scheduleSummary: discount.summary(through: years), optimismBias: uplifts, rows: rows,
            netPresentValue: Money(pounds: npv), netPresentCost: Money(pounds: costPV),
            presentValueOfSavings: Money(pounds: savingPV), simplePayback: Payback.simple(flows),
            discountedPayback: Payback.period(rows.map(\.presentValue.pounds)),
            internalRateOfReturn: InternalRateOfReturn.solve(flows),
            benefitCostRatio: BenefitCostRatio.of(presentValueOfSavings: savingPV, presentValueOfCosts: costPV),
            equivalentAnnualCost: EquivalentAnnualCost.of(netPresentCost: costPV, years: years, schedule: discount)
                .map { Money(pounds: $0) },
            switchingValues: sensitivity.compactMap { switching[$0.input] }, sensitivity: sensitivity, notes: notes)
    }
}
