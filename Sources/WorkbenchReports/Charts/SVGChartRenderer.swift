import Foundation

/// Draws a chart as one self-contained `<svg>` element: a title, axes with ticks and labelled units, a legend, the
/// reference lines, and series in colours, patterns, dash styles and marker shapes that stay distinct in grey.
/// Every piece of text is escaped; the SVG refers to nothing outside itself (patterns are defined inside it, with
/// ids prefixed by `id` so several charts can share one HTML page). The output is well-formed XML.
public enum SVGChartRenderer {
    /// The width of every chart, in CSS pixels.
    public static let width = 760.0

    /// The chart as an SVG element.
    /// - Parameters:
    ///   - chart: what to draw.
    ///   - id: a prefix for the ids inside the SVG, unique within the page that holds it.
    public static func render(_ chart: ChartSpec, id: String = "chart") -> String {
        var canvas = SVGCanvas(id: Markup.escape(id), seriesCount: Swift.max(2, chart.series.count))
        let hasPoints = chart.series.contains { !$0.points.isEmpty }
        let titleLines = wrap(chart.title, width: 84)
        let shift = Double(titleLines.count - 1) * 18
        var top = 40.0 + shift
        let legend = legendEntries(chart)
        if !legend.isEmpty { top = 64 + shift }
        let height: Double
        if !hasPoints {
            height = 90
            canvas.text(width / 2, 64, "No figures to chart.", anchor: "middle", extra: ##"font-style="italic""##)
        } else {
            switch chart.kind {
            case .bar: height = drawBars(chart, &canvas, top: top)
            case .tornado: height = drawTornado(chart, &canvas, top: top)
            case .histogram: height = drawHistogram(chart, &canvas, top: top)
            case .line, .scatter: height = drawXY(chart, &canvas, top: top)
            }
        }
        for (index, line) in titleLines.enumerated() {
            canvas.text(12, 24 + Double(index) * 18, line, extra: ##"font-size="15" font-weight="bold""##)
        }
        drawLegend(legend, &canvas, y: 46 + shift)
        return canvas.document(title: chart.title, description: "\(chart.xLabel); \(chart.yLabel)", height: height)
    }

    /// Text broken at spaces into lines of at most `width` characters (a longer word stays whole).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        lines.append(current)
        return lines
    }

    // MARK: Legend

    /// A legend entry: a swatch of a series or a reference line, and its name.
    enum LegendSwatch {
        case fill(Int)
        case line(Int, points: Bool)
        case reference
    }

    static func legendEntries(_ chart: ChartSpec) -> [(LegendSwatch, String)] {
        var entries: [(LegendSwatch, String)] = []
        switch chart.kind {
        case .tornado:
            entries = [(.fill(0), "input at its low value"), (.fill(1), "input at its high value")]
        case .bar, .histogram:
            if chart.series.count > 1 { entries = chart.series.indices.map { (.fill($0), chart.series[$0].name) } }
        case .line, .scatter:
            if chart.series.count > 1 || chart.kind == .scatter {
                entries = chart.series.indices.map { index in
                    let mark = effectiveMark(chart, chart.series[index])
                    let swatch: LegendSwatch = mark == .points ? .line(index, points: true) : .line(index, points: mark != .line)
                    return (mark == .points ? .fill(index) : swatch, chart.series[index].name)
                }
            }
        }
        for reference in chart.references { entries.append((.reference, reference.label)) }
        return entries
    }

    static func drawLegend(_ entries: [(LegendSwatch, String)], _ canvas: inout SVGCanvas, y: Double) {
        var x = 14.0
        var row = y
        for (swatch, name) in entries {
            let needed = 26 + Double(name.count) * 6.6 + 14
            if x + needed > width - 10, x > 14 {
                x = 14
                row += 16
            }
            switch swatch {
            case .fill(let index):
                canvas.rect(x, row - 9, 14, 11, fill: canvas.fill(index), stroke: ChartPalette.colour(index))
            case .line(let index, let points):
                canvas.line(x, row - 4, x + 20, row - 4, stroke: ChartPalette.colour(index), width: 2, dash: ChartPalette.dash(index))
                if points { canvas.marker(ChartPalette.marker(index), x + 10, row - 4, colour: ChartPalette.colour(index)) }
            case .reference:
                canvas.line(x, row - 4, x + 20, row - 4, stroke: ChartPalette.reference, width: 2, dash: "5 3")
            }
            canvas.text(x + 26, row, name, extra: ##"font-size="11""##)
            x += needed
        }
    }

    // MARK: Bars

    static func categories(_ chart: ChartSpec) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for series in chart.series {
            for point in series.points {
                let name = categoryName(point)
                if seen.insert(name).inserted { result.append(name) }
            }
        }
        return result
    }

    static func categoryName(_ point: ChartSpec.Point) -> String {
        point.label ?? point.x.map { ChartScale.format($0, step: 1) } ?? ""
    }

    static func leftMargin(_ labels: [String]) -> Double {
        Swift.min(270, Swift.max(70, Double(labels.map(\.count).max() ?? 0) * 7.4 + 20))
    }

    static func drawBars(_ chart: ChartSpec, _ canvas: inout SVGCanvas, top: Double) -> Double {
        let names = categories(chart)
        let seriesCount = Swift.max(1, chart.series.count)
        let barHeight = seriesCount == 1 ? 18.0 : 13.0
        let groupHeight = Double(seriesCount) * barHeight + 8
        let left = leftMargin(names)
        let right = 64.0
        let plotWidth = width - left - right
        let plotHeight = groupHeight * Double(names.count)
        let values = chart.series.flatMap { $0.points.map(\.y) } + chart.references.map(\.value) + [0]
        let scale = ChartScale(covering: values.min() ?? 0, values.max() ?? 1)
        func x(_ value: Double) -> Double { left + scale.fraction(value) * plotWidth }
        drawValueAxis(scale, &canvas, left: left, plotWidth: plotWidth, top: top, plotHeight: plotHeight, label: chart.yLabel, x: x)
        canvas.text(left - 8, top - 4, chart.xLabel, anchor: "end", extra: ##"font-size="11" font-style="italic""##)
        for (row, name) in names.enumerated() {
            let groupTop = top + Double(row) * groupHeight + 4
            canvas.text(left - 8, groupTop + groupHeight / 2, name, anchor: "end", extra: ##"dominant-baseline="middle""##)
            for (index, series) in chart.series.enumerated() {
                guard let point = series.points.first(where: { categoryName($0) == name }) else { continue }
                let start = x(Swift.min(0, point.y))
                let end = x(Swift.max(0, point.y))
                let y = groupTop + Double(index) * barHeight
                canvas.rect(start, y, Swift.max(0.5, end - start), barHeight - 2, fill: canvas.fill(index), stroke: ChartPalette.colour(index))
                let labelX = point.y >= 0 ? end + 4 : start - 4
                canvas.text(labelX, y + barHeight / 2, valueLabel(point.y), anchor: point.y >= 0 ? "start" : "end",
                            extra: ##"font-size="10" dominant-baseline="middle""##)
            }
        }
        canvas.line(x(0), top, x(0), top + plotHeight, stroke: "#000000", width: 1)
        drawVerticalReferences(chart.references, &canvas, top: top, plotHeight: plotHeight, x: x)
        return top + plotHeight + 58
    }

    static func drawTornado(_ chart: ChartSpec, _ canvas: inout SVGCanvas, top: Double) -> Double {
        let points = chart.series.first?.points ?? []
        let base = chart.references.first?.value ?? 0
        let names = points.map(categoryName)
        let rowHeight = 24.0
        let left = leftMargin(names)
        let plotWidth = width - left - 64
        let plotHeight = rowHeight * Double(points.count)
        let values = points.flatMap { [$0.y, $0.y2 ?? $0.y] } + chart.references.map(\.value) + [base]
        let scale = ChartScale(covering: values.min() ?? 0, values.max() ?? 1)
        func x(_ value: Double) -> Double { left + scale.fraction(value) * plotWidth }
        drawValueAxis(scale, &canvas, left: left, plotWidth: plotWidth, top: top, plotHeight: plotHeight, label: chart.yLabel, x: x)
        canvas.text(left - 8, top - 4, chart.xLabel, anchor: "end", extra: ##"font-size="11" font-style="italic""##)
        for (row, point) in points.enumerated() {
            let y = top + Double(row) * rowHeight + 4
            canvas.text(left - 8, y + (rowHeight - 6) / 2, names[row], anchor: "end", extra: ##"dominant-baseline="middle""##)
            for (index, value) in [point.y, point.y2].enumerated() {
                guard let value else { continue }
                let start = x(Swift.min(base, value))
                let end = x(Swift.max(base, value))
                canvas.rect(start, y, Swift.max(0.5, end - start), rowHeight - 6, fill: canvas.fill(index), stroke: ChartPalette.colour(index))
                let labelX = value >= base ? end + 4 : start - 4
                canvas.text(labelX, y + (rowHeight - 6) / 2, valueLabel(value), anchor: value >= base ? "start" : "end",
                            extra: ##"font-size="10" dominant-baseline="middle""##)
            }
        }
        drawVerticalReferences(chart.references, &canvas, top: top, plotHeight: plotHeight, x: x)
        return top + plotHeight + 58
    }

    /// Ticks, grid lines and the axis label of a horizontal value axis under a plot.
    static func drawValueAxis(
        _ scale: ChartScale, _ canvas: inout SVGCanvas, left: Double, plotWidth: Double, top: Double, plotHeight: Double,
        label: String, x: (Double) -> Double
    ) {
        let bottom = top + plotHeight
        for tick in scale.ticks {
            canvas.line(x(tick), top, x(tick), bottom, stroke: "#d9d9d9", width: 1)
            canvas.line(x(tick), bottom, x(tick), bottom + 5, stroke: "#000000", width: 1)
            canvas.text(x(tick), bottom + 18, scale.label(tick), anchor: "middle", extra: ##"font-size="11""##)
        }
        canvas.line(left, bottom, left + plotWidth, bottom, stroke: "#000000", width: 1)
        canvas.text(left + plotWidth / 2, bottom + 38, label, anchor: "middle")
    }

    static func drawVerticalReferences(
        _ references: [ChartSpec.Reference], _ canvas: inout SVGCanvas, top: Double, plotHeight: Double, x: (Double) -> Double
    ) {
        for (index, reference) in references.enumerated() {
            let position = x(reference.value)
            canvas.line(position, top - 2, position, top + plotHeight, stroke: "#ffffff", width: 4.5)
            canvas.line(position, top - 2, position, top + plotHeight, stroke: ChartPalette.reference, width: 2, dash: "5 3")
            canvas.text(position + 4, top + 10 + Double(index % 3) * 13, reference.label,
                        extra: ##"font-size="10" fill="#b2182b" stroke="#ffffff" stroke-width="3" paint-order="stroke""##)
        }
    }

    // MARK: Histogram

    static func drawHistogram(_ chart: ChartSpec, _ canvas: inout SVGCanvas, top: Double) -> Double {
        let bins = chart.series.flatMap(\.points)
        let left = 78.0
        let plotWidth = width - left - 24
        let plotHeight = 300.0
        let bottom = top + plotHeight
        let lows = bins.map { $0.x ?? 0 } + chart.references.map(\.value)
        let highs = bins.map { $0.x2 ?? $0.x ?? 0 } + chart.references.map(\.value)
        let xScale = ChartScale(covering: lows.min() ?? 0, highs.max() ?? 1, ticks: 6)
        let yScale = ChartScale(covering: 0, bins.map(\.y).max() ?? 1)
        func x(_ value: Double) -> Double { left + xScale.fraction(value) * plotWidth }
        func y(_ value: Double) -> Double { bottom - yScale.fraction(value) * plotHeight }
        drawLeftAxis(yScale, &canvas, left: left, plotWidth: plotWidth, top: top, plotHeight: plotHeight, label: chart.yLabel, y: y)
        for bin in bins {
            let start = x(bin.x ?? 0)
            let end = x(bin.x2 ?? bin.x ?? 0)
            canvas.rect(start, y(bin.y), Swift.max(0.5, end - start), bottom - y(bin.y), fill: canvas.fill(0), stroke: "#ffffff")
        }
        drawBottomAxis(xScale.ticks.map { (x($0), xScale.label($0)) }, &canvas, left: left, plotWidth: plotWidth, bottom: bottom, label: chart.xLabel)
        drawVerticalReferences(chart.references, &canvas, top: top, plotHeight: plotHeight, x: x)
        return bottom + 58
    }

    /// Ticks, grid lines and the rotated label of a vertical value axis at the left of a plot.
    static func drawLeftAxis(
        _ scale: ChartScale, _ canvas: inout SVGCanvas, left: Double, plotWidth: Double, top: Double, plotHeight: Double,
        label: String, y: (Double) -> Double
    ) {
        for tick in scale.ticks {
            canvas.line(left, y(tick), left + plotWidth, y(tick), stroke: tick == 0 ? "#000000" : "#d9d9d9", width: 1)
            canvas.line(left - 5, y(tick), left, y(tick), stroke: "#000000", width: 1)
            canvas.text(left - 8, y(tick), scale.label(tick), anchor: "end", extra: ##"font-size="11" dominant-baseline="middle""##)
        }
        canvas.line(left, top, left, top + plotHeight, stroke: "#000000", width: 1)
        canvas.text(0, 0, label, anchor: "middle", extra: ##"transform="translate(16 \##(f(top + plotHeight / 2))) rotate(-90)""##)
    }

    static func drawBottomAxis(
        _ ticks: [(Double, String)], _ canvas: inout SVGCanvas, left: Double, plotWidth: Double, bottom: Double, label: String
    ) {
        canvas.line(left, bottom, left + plotWidth, bottom, stroke: "#000000", width: 1)
        for (position, text) in ticks {
            canvas.line(position, bottom, position, bottom + 5, stroke: "#000000", width: 1)
            canvas.text(position, bottom + 18, text, anchor: "middle", extra: ##"font-size="11""##)
        }
        canvas.text(left + plotWidth / 2, bottom + 40, label, anchor: "middle")
    }

    // MARK: Lines and scatter

    static func effectiveMark(_ chart: ChartSpec, _ series: ChartSpec.Series) -> ChartSpec.Mark {
        guard series.mark == .automatic else { return series.mark }
        if chart.kind == .scatter { return .points }
        return series.points.count <= 40 ? .pointsAndLine : .line
    }

    static func drawXY(_ chart: ChartSpec, _ canvas: inout SVGCanvas, top: Double) -> Double {
        let all = chart.series.flatMap(\.points)
        let numericX = chart.kind == .scatter || all.allSatisfy { $0.x != nil }
        let names = numericX ? [] : categories(chart)
        let left = 84.0
        let plotWidth = width - left - 30
        let plotHeight = 320.0
        let bottom = top + plotHeight
        let yValues = all.map(\.y) + chart.references.map(\.value) + (chart.kind == .line ? [0] : [])
        // Scatter points get a margin so markers and labels at the extremes stay inside the plot.
        let pad = chart.kind == .scatter ? 0.06 : 0
        let yLow = yValues.min() ?? 0, yHigh = yValues.max() ?? 1
        let yScale = ChartScale(covering: yLow - (yHigh - yLow) * pad, yHigh + (yHigh - yLow) * pad)
        let xs = all.compactMap(\.x)
        let xLow = xs.min() ?? 0, xHigh = xs.max() ?? 1
        let xScale = ChartScale(covering: xLow - (xHigh - xLow) * pad, xHigh + (xHigh - xLow) * pad, ticks: 6)
        func px(_ point: ChartSpec.Point) -> Double {
            if numericX { return left + xScale.fraction(point.x ?? 0) * plotWidth }
            let index = names.firstIndex(of: categoryName(point)) ?? 0
            return left + (Double(index) + 0.5) / Double(Swift.max(1, names.count)) * plotWidth
        }
        func y(_ value: Double) -> Double { bottom - yScale.fraction(value) * plotHeight }
        drawLeftAxis(yScale, &canvas, left: left, plotWidth: plotWidth, top: top, plotHeight: plotHeight, label: chart.yLabel, y: y)
        let ticks: [(Double, String)]
        if numericX {
            ticks = xScale.ticks.map { (left + xScale.fraction($0) * plotWidth, xScale.label($0)) }
        } else {
            let every = Swift.max(1, Int((Double(names.count) / 12).rounded(.up)))
            ticks = names.indices.filter { $0 % every == 0 }.map { index in
                (left + (Double(index) + 0.5) / Double(Swift.max(1, names.count)) * plotWidth, names[index])
            }
        }
        drawBottomAxis(ticks, &canvas, left: left, plotWidth: plotWidth, bottom: bottom, label: chart.xLabel)
        for reference in chart.references {
            canvas.line(left, y(reference.value), left + plotWidth, y(reference.value), stroke: "#ffffff", width: 4.5)
            canvas.line(left, y(reference.value), left + plotWidth, y(reference.value), stroke: ChartPalette.reference, width: 2, dash: "5 3")
            canvas.text(left + plotWidth - 4, y(reference.value) - 4, reference.label, anchor: "end",
                        extra: ##"font-size="10" fill="#b2182b" stroke="#ffffff" stroke-width="3" paint-order="stroke""##)
        }
        for (index, series) in chart.series.enumerated() {
            let mark = effectiveMark(chart, series)
            let colour = ChartPalette.colour(index)
            if mark == .line || mark == .pointsAndLine {
                let ordered = chart.kind == .scatter ? series.points.sorted { ($0.x ?? 0) < ($1.x ?? 0) } : series.points
                let coordinates = ordered.map { "\(f(px($0))),\(f(y($0.y)))" }.joined(separator: " ")
                canvas.polyline(coordinates, stroke: colour, dash: ChartPalette.dash(index))
            }
            if mark == .points || mark == .pointsAndLine {
                for point in series.points { canvas.marker(ChartPalette.marker(index), px(point), y(point.y), colour: colour) }
            }
            if chart.kind == .scatter {
                for point in series.points {
                    guard let label = point.label else { continue }
                    let rightSide = px(point) > left + plotWidth * 0.7
                    canvas.text(px(point) + (rightSide ? -7 : 7), y(point.y) - 6, label, anchor: rightSide ? "end" : "start",
                                extra: ##"font-size="10" stroke="#ffffff" stroke-width="3" paint-order="stroke""##)
                }
            }
        }
        return bottom + 58
    }

    // MARK: Numbers

    /// A value as written at the end of a bar: `1.25m`, `250k`, `128`, `12.5`, `0.42`.
    static func valueLabel(_ value: Double) -> String {
        let size = Swift.abs(value)
        if size == 0 { return "0" }
        if size >= 1_000_000 { return String(format: "%.2fm", value / 1_000_000) }
        if size >= 10_000 { return String(format: "%.0fk", value / 1_000) }
        if size >= 100 { return String(format: "%.0f", value) }
        if size >= 1 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    /// A coordinate with one decimal.
    static func f(_ value: Double) -> String { String(format: "%.1f", value.isFinite ? value : 0) }
}
