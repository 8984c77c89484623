import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

extension AppraisalReply {
    /// The charts of an appraisal: the cash-flow profile by year, cumulative savings with payback, and (when the
    /// appraisal has a sensitivity table) the tornado of NPV against each uncertain input.
    static func charts(_ r: AppraisalResult) -> [ChartSpec] {
        func label(_ row: AppraisalYear) -> String { "\(row.financialYear)" }
        var charts = [
            ChartSpec(
                kind: .line, title: "\(r.title): cash flows by year (\(r.baseYear) prices)", xLabel: "Financial year",
                yLabel: "Cash flow (£ a year)",
                series: [
                    ChartSpec.Series(name: "Savings", points: r.rows.map { .init(label: label($0), y: $0.savings.pounds) }),
                    ChartSpec.Series(name: "Costs", points: r.rows.map { .init(label: label($0), y: -$0.costs.pounds) }),
                    ChartSpec.Series(name: "Net", points: r.rows.map { .init(label: label($0), y: $0.net.pounds) }),
                ],
                references: [ChartSpec.Reference(label: "zero", value: 0)]),
            ChartSpec(
                kind: .line,
                title: "\(r.title): cumulative net savings; payback \(AppraisalReply.payback(r.simplePayback)) (discounted \(AppraisalReply.payback(r.discountedPayback)))",
                xLabel: "Financial year", yLabel: "Cumulative net savings (£)",
                series: [
                    ChartSpec.Series(name: "Cumulative net", points: r.rows.map { .init(label: label($0), y: $0.cumulativeNet.pounds) }),
                    ChartSpec.Series(name: "Cumulative present value", points: r.rows.map { .init(label: label($0), y: $0.cumulativePresentValue.pounds) }),
                ],
                references: [ChartSpec.Reference(label: "break-even", value: 0)]),
        ]
        if !r.sensitivity.isEmpty {
            charts.append(ChartSpec(
                kind: .tornado, title: "\(r.title): NPV sensitivity to each input", xLabel: "Input (low–high multiplier)",
                yLabel: "Net present value (£)",
                series: [ChartSpec.Series(name: "NPV", points: r.sensitivity.sorted { $0.swing.pounds > $1.swing.pounds }.map { row in
                    .init(label: "\(row.input) (×\(MoneyFormat.fixed(row.low, decimals: 2))–\(MoneyFormat.fixed(row.high, decimals: 2)))",
                          y: row.npvAtLow.pounds, y2: row.npvAtHigh.pounds)
                })],
                references: [ChartSpec.Reference(label: "base NPV", value: r.netPresentValue.pounds)]))
        }
        return charts
    }
}
