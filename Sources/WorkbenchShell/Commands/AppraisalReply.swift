import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// Renders an `AppraisalResult` as reply blocks: headline figures, the yearly discounted cash-flow table, switching
/// values, the sensitivity table and notes. Shared by `appraise` for a calculator, an option and the short list.
enum AppraisalReply {
    /// `2.67 years`, or `none` when the flow never pays back.
    static func payback(_ years: Double?) -> String {
        years.map(CalculatorArguments.yearsText) ?? "none within the horizon"
    }

    /// The IRR as a short phrase: `15.1%`, `10% and 20% (2 roots)`, `none`; a root just above −100% shows the
    /// places it needs to read as above.
    static func irr(_ irr: InternalRateOfReturn) -> String {
        switch irr.outcome {
        case .none: return "none"
        case .unique(let rate): return InternalRateOfReturn.display(rate, decimals: 2)
        case .multiple(let rates):
            return rates.map { InternalRateOfReturn.display($0, decimals: 2) }.joined(separator: ", ") + " (\(rates.count) roots)"
        }
    }

    /// The IRR as a cell that stays a number in CSV, JSON and workbooks: the rate as a fraction when there is one
    /// root (shown `-13.52%`), no value (an empty field, `null`) with `none` or with several roots, which are shown in
    /// the text and listed in the reply's notes, since no one number is the IRR.
    static func irrCell(_ value: InternalRateOfReturn) -> ReportCell {
        switch value.outcome {
        case .none, .multiple: return .described(nil, text: irr(value))
        case .unique(let rate): return .described(rate.fraction, text: irr(value))
        }
    }

    /// The headline figures as a two-column table.

    static func headline(_ r: AppraisalResult) -> ReportTable {
        var table = ReportTable(
            title: "\(r.title): appraisal over years 0–\(r.years) (\(r.baseYear) to \(r.baseYear.advanced(by: r.years)), \(r.baseYear) prices)",
            columns: [ReportColumn("measure", "Measure"), ReportColumn("value", "Value"), ReportColumn("basis", "Basis")])
        let verdict = r.netPresentValue.pounds >= 0 ? "savings exceed costs in present value" : "costs exceed savings in present value"
        table.append([.text("Net present value"), .described(r.netPresentValue.pounds, text: MoneyFormat.whole(r.netPresentValue.pounds)), .text(verdict)])
        table.append([.text("Net present cost"), .described(r.netPresentCost.pounds, text: MoneyFormat.whole(r.netPresentCost.pounds)), .text("PV of one-off and recurring costs after optimism bias")])
        let contingency = r.optimismBias.reduce(0.0) { $0 + $1.presentValue.pounds }
        table.append([
            .text("of which optimism bias"), .described(contingency, text: MoneyFormat.whole(contingency)),
            .text("PV of the contingency on costs [S55]"),
        ])
        table.append([.text("PV of savings"), .described(r.presentValueOfSavings.pounds, text: MoneyFormat.whole(r.presentValueOfSavings.pounds)), .text("")])
        table.append([
            .text("Benefit-cost ratio"), r.benefitCostRatio.map { .described($0, text: MoneyFormat.fixed($0, decimals: 2)) } ?? .missing,
            .text(r.benefitCostRatio == nil ? "no costs" : "PV savings ÷ PV costs"),
        ])
        table.append([.text("Simple payback"), .described(r.simplePayback, text: payback(r.simplePayback)), .text("undiscounted, interpolated within the year")])
        table.append([.text("Discounted payback"), .described(r.discountedPayback, text: payback(r.discountedPayback)), .text("on present values")])
        table.append([.text("Internal rate of return"), irrCell(r.internalRateOfReturn), .text("every real root of NPV(r) = 0")])
        table.append([
            .text("Equivalent annual cost"), r.equivalentAnnualCost.map { .described($0.pounds, text: MoneyFormat.whole($0.pounds) + " a year") } ?? .missing,
            .text("NPC ÷ sum of factors, years 1–\(r.years)"),
        ])
        return table
    }

    /// The yearly discounted cash-flow table.
    static func years(_ r: AppraisalResult) -> ReportTable {
        var table = ReportTable(
            title: "Discounted cash flow (£, \(r.baseYear) prices, real terms)",
            columns: [
                ReportColumn("year", "Year"), ReportColumn("financial_year", "FY"), ReportColumn("costs", "Costs", unit: "£"),
                ReportColumn("optimism_bias", "Optimism bias", unit: "£"),
                ReportColumn("savings", "Savings", unit: "£"), ReportColumn("net", "Net", unit: "£"),
                ReportColumn("factor", "Factor"), ReportColumn("present_value", "PV", unit: "£"),
                ReportColumn("cumulative_pv", "Cumulative PV", unit: "£"),
            ])
        for row in r.rows {
            table.append([
                .integer(row.year), .text(row.financialYear.description),
                .number(row.oneOffCosts.pounds + row.recurringCosts.pounds, decimals: 0), .number(row.optimismBias.pounds, decimals: 0),
                .number(row.savings.pounds, decimals: 0), .number(row.net.pounds, decimals: 0),
                .number(row.factor, decimals: 4), .number(row.presentValue.pounds, decimals: 0),
                .number(row.cumulativePresentValue.pounds, decimals: 0),
            ])
        }
        table.notes = ["Costs: one-off and recurring as scheduled; optimism bias: the contingency on them [S55]; Net = Savings − Costs − Optimism bias."]
        return table
    }

    /// The appraisal's flows in cash terms beside the real terms, year by year (`CashTerms`); the NPV stays real.
    static func cash(_ r: AppraisalResult, _ terms: CashTerms) -> ReportTable {
        var table = ReportTable(
            title: "Cash terms (£ of each year, inflation \(terms.inflation) a year from \(r.baseYear)) beside real terms (£, \(r.baseYear) prices)",
            columns: [
                ReportColumn("year", "Year"), ReportColumn("financial_year", "FY"), ReportColumn("index", "Price index"),
                ReportColumn("capital_cash", "One-off (capital), cash", unit: "£"),
                ReportColumn("revenue_cash", "Recurring (revenue), cash", unit: "£"),
                ReportColumn("optimism_bias_cash", "Optimism bias, cash", unit: "£"),
                ReportColumn("savings_cash", "Savings, cash", unit: "£"), ReportColumn("net_cash", "Net, cash", unit: "£"),
                ReportColumn("net_real", "Net, real", unit: "£"),
            ])
        for row in terms.rows {
            table.append([
                .integer(row.year), .text(row.financialYear.description), .number(row.index, decimals: 4),
                .number(row.oneOffCosts.pounds, decimals: 0), .number(row.recurringCosts.pounds, decimals: 0),
                .number(row.optimismBias.pounds, decimals: 0), .number(row.savings.pounds, decimals: 0),
                .number(row.net.pounds, decimals: 0), .number(row.realNet.pounds, decimals: 0),
            ])
        }
        table.notes = [
            "Inflation: \(terms.basis).",
            "Undiscounted net over years 0–\(r.years): \(MoneyFormat.whole(terms.totalNet.pounds)) cash, \(MoneyFormat.whole(terms.totalRealNet.pounds)) real. "
                + "The NPV (\(MoneyFormat.whole(r.netPresentValue.pounds))) stays in real terms, discounted at the real rate, as the Green Book requires [S54].",
        ]
        return table
    }

    /// The switching values.
    static func switching(_ r: AppraisalResult) -> ReportTable {
        var table = ReportTable(
            title: "Switching values (the multiplier of an input, all else at base, at which NPV = 0)",
            columns: [
                ReportColumn("input", "Input"), ReportColumn("present_value", "PV at base", unit: "£"),
                ReportColumn("range", "Range"), ReportColumn("multiplier", "Switches at"), ReportColumn("change", "Change"),
                ReportColumn("within_range", "Within range"),
            ])
        var reasons: [String] = []
        for value in r.switchingValues {
            table.append([
                .text(value.input), .number(value.presentValue.pounds, decimals: 0),
                .text("×\(MoneyFormat.fixed(value.low, decimals: 2))–×\(MoneyFormat.fixed(value.high, decimals: 2))"),
                value.multiplier.map { .described($0, text: "×" + MoneyFormat.fixed($0, decimals: 3)) } ?? .missing,
                value.changePercent.map { .percent($0 / 100, decimals: 1) } ?? .missing,
                .text(value.multiplier == nil ? "–" : value.withinRange ? "yes" : "no"),
            ])
            if let reason = value.reason { reasons.append("\(value.input): \(reason)") }
        }
        table.notes = reasons
        return table
    }

    /// The one-at-a-time sensitivity table, sorted by swing.
    static func sensitivity(_ r: AppraisalResult) -> ReportTable {
        var table = ReportTable(
            title: "Sensitivity (each input to its low and high, the others at base; largest swing first)",
            columns: [
                ReportColumn("input", "Input"), ReportColumn("low", "Low"), ReportColumn("high", "High"),
                ReportColumn("npv_low", "NPV at low", unit: "£"), ReportColumn("npv_high", "NPV at high", unit: "£"),
                ReportColumn("swing", "Swing", unit: "£"),
            ])
        for row in r.sensitivity {
            table.append([
                .text(row.input), .described(row.low, text: "×" + MoneyFormat.fixed(row.low, decimals: 2)),
                .described(row.high, text: "×" + MoneyFormat.fixed(row.high, decimals: 2)), .number(row.npvAtLow.pounds, decimals: 0),
                .number(row.npvAtHigh.pounds, decimals: 0), .number(row.swing.pounds, decimals: 0),
            ])
        }
        return table
    }

    /// Notes: which discounting applied, the optimism bias, the IRR's explanation and the schedules' own notes.
    static func notes(_ r: AppraisalResult) -> [String] {
        var notes = ["Discounting: \(r.scheduleSummary)."]
        for uplift in r.optimismBias {
            notes.append("Optimism bias for '\(uplift.schedule)': \(uplift.summary)"
                + (uplift.presentValue.pounds > 0 ? ", adding \(MoneyFormat.whole(uplift.presentValue.pounds)) in present value." : "."))
        }
        notes.append("IRR: \(r.internalRateOfReturn.explanation)")
        if r.sensitivity.isEmpty { notes.append("No line of the schedule carries a range, so there are no switching values or sensitivity rows.") }
        return notes + r.notes
    }

    /// Every block for one appraisal.
    static func blocks(_ r: AppraisalResult, cash: CashTerms? = nil) -> [ReplyBlock] {
        var blocks: [ReplyBlock] = [.table(headline(r)), .table(years(r))]
        if let cash { blocks.append(.table(self.cash(r, cash))) }
        if !r.sensitivity.isEmpty { blocks += [.table(switching(r)), .table(sensitivity(r))] }
        blocks += charts(r).map(ReplyBlock.chart)
        return blocks + notes(r).map { .note($0) }
    }
}
