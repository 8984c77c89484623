import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchTestSupport

/// The chart renderers: every kind of chart as SVG that parses as XML with its parts present, text escaped, and the
/// compact text charts within their width.
struct ReportChartTests {
    /// One chart of each kind the workbench draws, with awkward text in names.
    static var charts: [ChartSpec] {
        [
            ChartSpec(
                kind: .bar, title: "Annual opening hours per 1,000 people", xLabel: "Authority", yLabel: "Hours per 1,000 people a year (h)",
                series: [ChartSpec.Series(name: "Hours", points: [
                    .init(label: "Bexley", y: 63.1), .init(label: "Bromley", y: 87.8), .init(label: "Barking & <Dagenham>", y: 65.5),
                ])],
                references: [.init(label: "2008 standard: 128", value: 128)]),
            ChartSpec(
                kind: .line, title: "Cash flow by year", xLabel: "Year", yLabel: "Net cash flow (£)",
                series: [
                    ChartSpec.Series(name: "Net", points: (0...5).map { .init(label: "Y\($0)", y: Double($0 == 0 ? -180_000 : 55_000)) }),
                    ChartSpec.Series(name: "Cumulative", points: (0...5).map { .init(label: "Y\($0)", y: -180_000 + 55_000 * Double($0)) }),
                ],
                references: [.init(label: "break-even", value: 0)]),
            ChartSpec(
                kind: .tornado, title: "Sensitivity of NPV", xLabel: "Input", yLabel: "NPV (£)",
                series: [ChartSpec.Series(name: "NPV", points: [
                    .init(label: "Staff saving", y: 40_000, y2: 260_000), .init(label: "One-off cost", y: 120_000, y2: 180_000),
                ])],
                references: [.init(label: "base NPV", value: 150_000)]),
            ChartSpec.histogram(
                title: "Simulated NPV", xLabel: "NPV (£)", values: (0..<1_000).map { Double(($0 * 7_919) % 1_000) * 500 - 100_000 },
                bins: 20, references: [.init(label: "P5", value: -75_000), .init(label: "P50", value: 150_000), .init(label: "P95", value: 375_000)]),
            ChartSpec(
                kind: .scatter, title: "Impact against return", xLabel: "Impact score (0–100)", yLabel: "NPV (£)",
                series: [
                    ChartSpec.Series(name: "Options", points: [
                        .init(label: "Shared service", x: 70, y: 400_000), .init(label: "RFID", x: 40, y: 250_000), .init(label: "Trust", x: 55, y: 100_000),
                    ]),
                    ChartSpec.Series(name: "Pareto frontier", points: [.init(x: 40, y: 250_000), .init(x: 70, y: 400_000)], mark: .pointsAndLine),
                ]),
        ]
    }

    @Test func everyKindDrawsWellFormedSVGWithTitleAxesAndLegend() {
        for (index, chart) in Self.charts.enumerated() {
            let svg = SVGChartRenderer.render(chart, id: "c\(index)")
            let parsed = ReportXMLChecker.check(svg)
            #expect(parsed.error == nil, "\(chart.kind): \(parsed.error ?? "")")
            #expect(parsed.counts["svg"] == 1)
            #expect(parsed.counts["title"] == 1)
            #expect(parsed.text.contains(chart.title), "\(chart.kind) lacks its title")
            #expect(parsed.text.contains(chart.yLabel), "\(chart.kind) lacks its value-axis label with unit")
            #expect(parsed.counts["line", default: 0] >= 4, "\(chart.kind) lacks axis and tick lines")
            #expect(!svg.contains("href"), "\(chart.kind) refers to something outside itself")
            for reference in chart.references { #expect(parsed.text.contains(reference.label), Comment(rawValue: reference.label)) }
        }
    }

    @Test func barsAreDrawnToScaleWithTheReferenceLine() {
        let chart = Self.charts[0]
        let svg = SVGChartRenderer.render(chart, id: "bar")
        let parsed = ReportXMLChecker.check(svg)
        // 3 bars, one legend swatch... no legend for one series: the bars plus the background rectangle and the
        // pattern swatches (2 patterns for the minimum of two series).
        #expect(parsed.counts["rect"] == 3 + 1 + 2)
        // The scale covers 0…128 in about 5 steps: 128/5 = 25.6, rounded up to a nice step (1, 2, 2.5, 5 × 10ⁿ) is 50,
        // so the ticks are 0, 50, 100, 150.
        for tick in ["0", "50", "100", "150"] { #expect(svg.contains(">\(tick)</text>"), Comment(rawValue: tick)) }
        #expect(svg.contains("stroke-dasharray=\"5 3\""), "the reference is dashed")
    }

    @Test func textIsEscapedNeverMarkup() {
        let svg = SVGChartRenderer.render(Self.charts[0], id: "x\"><script>")
        #expect(svg.contains("Barking &amp; &lt;Dagenham&gt;"))
        #expect(!(svg.contains("<script>")))
        #expect(ReportXMLChecker.check(svg).error == nil)
    }

    @Test func patternsAndDashesKeepSeriesApartInGrey() {
        let svg = SVGChartRenderer.render(Self.charts[1], id: "l")
        #expect(svg.contains("stroke-dasharray=\"7 4\""), "the second line is dashed")
        let bars = SVGChartRenderer.render(ChartSpec(
            kind: .bar, title: "t", xLabel: "x", yLabel: "y",
            series: [ChartSpec.Series(name: "a", points: [.init(label: "p", y: 1)]), ChartSpec.Series(name: "b", points: [.init(label: "p", y: 2)])]), id: "b")
        #expect(bars.contains("fill=\"url(#b-p1)\""), "the second series has its own hatched pattern")
        #expect(bars.contains("<path d=\"M0 8 L8 0\""))
    }

    @Test func theScaleUsesNiceSteps() {
        // 0…128: 25.6 a step → 50. −180,000…95,000: 275,000/5 = 55,000 → 100,000 (5.5 × 10⁴ rounds up to 10 × 10⁴).
        #expect(ChartScaleProbe.ticks(0, 128) == [0, 50, 100, 150])
        #expect(ChartScaleProbe.ticks(-180_000, 95_000) == [-200_000, -100_000, 0, 100_000])
        // 0…1,000 in about 5 steps: 200 exactly → 0, 200, …, 1,000 (labels switch to k only from 10,000).
        #expect(ChartScaleProbe.ticks(0, 1_000) == [0, 200, 400, 600, 800, 1_000])
    }

    @Test func textChartsStayWithinTheirWidth() {
        for chart in Self.charts {
            let text = TextChartRenderer.render(chart, width: 60)
            for line in text.split(separator: "\n") { #expect(line.count <= 60, "\(chart.kind): \(line)") }
            #expect(text.hasPrefix(chart.title))
        }
    }

    @Test func theTextBarChartShowsBarsInProportionAndTheStandard() {
        let text = TextChartRenderer.render(Self.charts[0], width: 60)
        let lines = text.split(separator: "\n").map(String.init)
        // Labels are 20 wide (longest name, cut at 22), bars get 60 - 20 - 12 = 28 cells for 0…128:
        // Bexley 63.1 → 13.8 cells (13 full blocks and a partial), Bromley 87.8 → 19.2 cells.
        let bexley = lines.first { $0.hasPrefix("Bexley") } ?? ""
        let bromley = lines.first { $0.hasPrefix("Bromley") } ?? ""
        #expect(bexley.filter { $0 == "█" }.count == 13)
        #expect(bromley.filter { $0 == "█" }.count == 19)
        #expect(bexley.contains("┊"), "the 128 reference is marked in the row")
        #expect(text.contains("┊ 2008 standard: 128 = 128"))
    }

    @Test func theHistogramHelperBinsValues() {
        // 0…9 in 5 bins of width 1.8: [0,1.8) has 0,1; [1.8,3.6) 2,3; [3.6,5.4) 4,5; [5.4,7.2) 6,7; the last holds 8 and 9.
        let chart = ChartSpec.histogram(title: "h", xLabel: "x", values: (0..<10).map(Double.init) + [.nan], bins: 5)
        #expect(chart.series[0].points.map(\.y) == [2, 2, 2, 2, 2])
        #expect(chart.series[0].points.last?.x2 == 9)
    }
}

/// Reads the tick values the SVG renderer writes for a bar chart covering a range.
enum ChartScaleProbe {
    static func ticks(_ low: Double, _ high: Double) -> [Double] {
        let chart = ChartSpec(kind: .bar, title: "t", xLabel: "x", yLabel: "y",
                              series: [ChartSpec.Series(name: "s", points: [.init(label: "a", y: low), .init(label: "b", y: high)])])
        let svg = SVGChartRenderer.render(chart, id: "p")
        // Tick labels are the texts with font-size 11 and text-anchor middle under the axis.
        var values: [Double] = []
        for piece in svg.components(separatedBy: "text-anchor=\"middle\" font-size=\"11\">").dropFirst() {
            let label = piece.prefix { $0 != "<" }
            var number = Double(label.filter { $0 != "k" && $0 != "m" }) ?? .nan
            if label.hasSuffix("k") { number *= 1_000 }
            if label.hasSuffix("m") { number *= 1_000_000 }
            values.append(number)
        }
        return values
    }
}
