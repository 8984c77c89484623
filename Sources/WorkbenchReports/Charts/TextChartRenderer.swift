import Foundation

/// Draws a chart as compact Unicode text for a terminal, no wider than a given number of columns: horizontal bars
/// (with eighth-block ends) for bar and tornado charts, columns of block heights for histograms, and a character grid
/// for line and scatter charts. Reference lines show as `┊` in the bars or as `^` marks under a histogram, and are
/// listed under the chart with their values.
public enum TextChartRenderer {
    /// The chart as lines of text, without a trailing newline.
    /// - Parameters:
    ///   - chart: what to draw.
    ///   - width: the most columns a line may take (at least 40).
    public static func render(_ chart: ChartSpec, width: Int = 72) -> String {
        let width = Swift.max(40, width)
        var lines = [chart.title]
        if !chart.series.contains(where: { !$0.points.isEmpty }) {
            lines.append("(no figures to chart)")
            return lines.joined(separator: "\n")
        }
        switch chart.kind {
        case .bar: lines += bars(chart, width: width)
        case .tornado: lines += tornado(chart, width: width)
        case .histogram: lines += histogram(chart, width: width)
        case .line, .scatter: lines += grid(chart, width: width)
        }
        if !chart.references.isEmpty {
            lines.append(chart.references.map { "┊ \($0.label) = \(SVGChartRenderer.valueLabel($0.value))" }.joined(separator: "   "))
        }
        return lines.map { clip($0, width) }.joined(separator: "\n")
    }

    /// A line cut to `width` characters.
    static func clip(_ line: String, _ width: Int) -> String {
        line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }

    /// A label cut or padded to `width` characters.
    static func fit(_ text: String, _ width: Int) -> String {
        if text.count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - text.count)
    }

    /// A bar of `cells` character cells (fractional, drawn with eighth blocks when `fill` is the solid block).
    static func bar(_ cells: Double, fill: Character) -> String {
        let whole = Int(cells.rounded(.down))
        var text = String(repeating: fill, count: Swift.max(0, whole))
        let eighths = Int(((cells - Double(whole)) * 8).rounded())
        if fill == "█", eighths > 0 { text.append(["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"][eighths - 1]) }
        return text
    }

    /// Horizontal bars from zero; negative values run left of the zero column.
    static func bars(_ chart: ChartSpec, width: Int) -> [String] {
        let names = SVGChartRenderer.categories(chart)
        let labelWidth = Swift.min(22, names.map(\.count).max() ?? 0)
        let values = chart.series.flatMap { $0.points.map(\.y) } + chart.references.map(\.value) + [0]
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let plot = Double(width - labelWidth - 12)
        let span = high > low ? high - low : 1
        func column(_ value: Double) -> Double { (value - low) / span * plot }
        let zero = column(0)
        var lines: [String] = []
        if chart.series.count > 1 {
            lines.append(chart.series.indices.map { "\(ChartPalette.textFill($0)) \(chart.series[$0].name)" }.joined(separator: "   "))
        }
        lines.append("\(chart.yLabel)")
        for name in names {
            for (index, series) in chart.series.enumerated() {
                guard let point = series.points.first(where: { SVGChartRenderer.categoryName($0) == name }) else { continue }
                let fill = chart.series.count > 1 ? ChartPalette.textFill(index) : "█"
                var row: [Character]
                if point.y >= 0 {
                    row = Array(String(repeating: " ", count: Int(zero.rounded())) + bar(column(point.y) - zero.rounded(), fill: fill))
                } else {
                    let start = Int(column(point.y).rounded())
                    row = Array(String(repeating: " ", count: start) + String(repeating: fill, count: Swift.max(1, Int(zero.rounded()) - start)))
                }
                for reference in chart.references {
                    let at = Int(column(reference.value).rounded())
                    while row.count <= at { row.append(" ") }
                    if row[at] == " " { row[at] = "┊" }
                }
                let label = index == 0 ? fit(name, labelWidth) : String(repeating: " ", count: labelWidth)
                var body = String(row)
                while body.last == " " { body.removeLast() }
                lines.append("\(label) │\(body) \(SVGChartRenderer.valueLabel(point.y))")
            }
        }
        return lines
    }

    /// Bars from the base case to the low (`░`) and high (`█`) outcomes.
    static func tornado(_ chart: ChartSpec, width: Int) -> [String] {
        let points = chart.series.first?.points ?? []
        let base = chart.references.first?.value ?? 0
        let names = points.map(SVGChartRenderer.categoryName)
        let labelWidth = Swift.min(22, names.map(\.count).max() ?? 0)
        let values = points.flatMap { [$0.y, $0.y2 ?? $0.y] } + [base]
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let plot = Double(width - labelWidth - 4)
        let span = high > low ? high - low : 1
        func column(_ value: Double) -> Int { Int(((value - low) / span * plot).rounded()) }
        var lines = ["░ input at its low value   █ input at its high value   ┊ base \(SVGChartRenderer.valueLabel(base)); \(chart.yLabel)"]
        for (name, point) in zip(names, points) {
            var row = Array(repeating: Character(" "), count: Int(plot) + 1)
            for (value, fill) in [(point.y, Character("░")), (point.y2, Character("█"))] {
                guard let value else { continue }
                let a = column(Swift.min(base, value))
                let b = column(Swift.max(base, value))
                for index in a..<Swift.max(a + 1, b) where index < row.count { row[index] = fill }
            }
            let at = column(base)
            if at < row.count, row[at] == " " { row[at] = "┊" }
            var body = String(row)
            while body.last == " " { body.removeLast() }
            lines.append("\(fit(name, labelWidth)) │\(body)")
        }
        lines.append(String(repeating: " ", count: labelWidth + 2) + "\(SVGChartRenderer.valueLabel(low)) … \(SVGChartRenderer.valueLabel(high))")
        return lines
    }

    /// Columns of block heights, eight rows high, one column per bin (bins merged to fit the width).
    static func histogram(_ chart: ChartSpec, width: Int) -> [String] {
        var bins = chart.series.flatMap(\.points)
        let room = width - 2
        if bins.count > room {
            let group = Int((Double(bins.count) / Double(room)).rounded(.up))
            bins = stride(from: 0, to: bins.count, by: group).map { start in
                let slice = bins[start..<Swift.min(bins.count, start + group)]
                return ChartSpec.Point(x: slice.first?.x, y: slice.map(\.y).reduce(0, +), x2: slice.last?.x2)
            }
        }
        let rows = 8
        let top = bins.map(\.y).max() ?? 1
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        var lines: [String] = ["\(chart.yLabel), most \(Int(top)) per column"]
        for row in (0..<rows).reversed() {
            var text = "│"
            for bin in bins {
                let height = top > 0 ? bin.y / top * Double(rows) : 0
                let fill = height - Double(row)
                if fill >= 1 { text.append("█") } else if fill > 0 { text.append(blocks[Swift.max(0, Int((fill * 8).rounded(.up)) - 1)]) } else { text.append(" ") }
            }
            lines.append(text)
        }
        lines.append("└" + String(repeating: "─", count: bins.count))
        let low = bins.first?.x ?? 0
        let high = bins.last?.x2 ?? bins.last?.x ?? 1
        if !chart.references.isEmpty, high > low {
            var marks = Array(repeating: Character(" "), count: bins.count + 1)
            for reference in chart.references {
                let at = Int(((reference.value - low) / (high - low) * Double(bins.count)).rounded())
                if at >= 0, at < marks.count { marks[at] = "^" }
            }
            var text = String(marks)
            while text.last == " " { text.removeLast() }
            lines.append(text)
        }
        let lowText = SVGChartRenderer.valueLabel(low)
        let highText = SVGChartRenderer.valueLabel(high)
        let gap = Swift.max(1, bins.count + 1 - lowText.count - highText.count)
        lines.append(lowText + String(repeating: " ", count: gap) + highText)
        lines.append(chart.xLabel)
        return lines
    }

    /// A character grid, 12 rows high, with each series's glyph at its points.
    static func grid(_ chart: ChartSpec, width: Int) -> [String] {
        let all = chart.series.flatMap(\.points)
        let numericX = chart.kind == .scatter || all.allSatisfy { $0.x != nil }
        let names = numericX ? [] : SVGChartRenderer.categories(chart)
        let yValues = all.map(\.y) + chart.references.map(\.value) + (chart.kind == .line ? [0] : [])
        let low = yValues.min() ?? 0
        let high = yValues.max() ?? 1
        let span = high > low ? high - low : 1
        let xs = all.compactMap(\.x)
        let xLow = xs.min() ?? 0
        let xHigh = xs.max() ?? 1
        let rows = 12
        let axisWidth = Swift.max(SVGChartRenderer.valueLabel(low).count, SVGChartRenderer.valueLabel(high).count)
        let columns = width - axisWidth - 2
        func column(_ point: ChartSpec.Point) -> Int {
            if numericX {
                return xHigh > xLow ? Int((((point.x ?? 0) - xLow) / (xHigh - xLow) * Double(columns - 1)).rounded()) : 0
            }
            let index = names.firstIndex(of: SVGChartRenderer.categoryName(point)) ?? 0
            return names.count > 1 ? Int((Double(index) / Double(names.count - 1) * Double(columns - 1)).rounded()) : 0
        }
        func row(_ value: Double) -> Int { Int(((value - low) / span * Double(rows - 1)).rounded()) }
        var cells = Array(repeating: Array(repeating: Character(" "), count: columns), count: rows)
        for reference in chart.references {
            let r = row(reference.value)
            for c in 0..<columns where cells[r][c] == " " { cells[r][c] = "┄" }
        }
        if low < 0, high > 0 {
            let r = row(0)
            for c in 0..<columns where cells[r][c] == " " { cells[r][c] = "·" }
        }
        for (index, series) in chart.series.enumerated() {
            for point in series.points {
                let c = Swift.min(columns - 1, Swift.max(0, column(point)))
                cells[row(point.y)][c] = ChartPalette.textGlyph(index)
            }
        }
        var lines: [String] = []
        if chart.series.count > 1 || chart.kind == .scatter {
            lines.append(chart.series.indices.map { "\(ChartPalette.textGlyph($0)) \(chart.series[$0].name)" }.joined(separator: "   "))
        }
        lines.append(chart.yLabel)
        for r in (0..<rows).reversed() {
            let label: String
            if r == rows - 1 { label = SVGChartRenderer.valueLabel(high) } else if r == 0 { label = SVGChartRenderer.valueLabel(low) } else { label = "" }
            var body = String(cells[r])
            while body.last == " " { body.removeLast() }
            lines.append(String(repeating: " ", count: axisWidth - label.count) + label + " │" + body)
        }
        lines.append(String(repeating: " ", count: axisWidth + 1) + "└" + String(repeating: "─", count: columns))
        let first = numericX ? SVGChartRenderer.valueLabel(xLow) : names.first ?? ""
        let last = numericX ? SVGChartRenderer.valueLabel(xHigh) : names.last ?? ""
        let gap = Swift.max(1, columns - first.count - last.count)
        lines.append(String(repeating: " ", count: axisWidth + 2) + first + String(repeating: " ", count: gap) + last)
        lines.append(String(repeating: " ", count: axisWidth + 2) + chart.xLabel)
        return lines
    }
}
