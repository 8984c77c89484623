/// The SVG being drawn: definitions and elements as text, every text escaped.
struct SVGCanvas {
    let id: String
    let seriesCount: Int
    var elements: [String] = []

    init(id: String, seriesCount: Int) {
        self.id = id
        self.seriesCount = seriesCount
    }

    /// The fill of series `index`: a pattern in its colour (solid for the first, then hatching, dots, crossing).
    func fill(_ index: Int) -> String { "url(#\(id)-p\(index))" }

    var patterns: String {
        (0..<seriesCount).map { index in
            let colour = ChartPalette.colour(index)
            let overlay: String
            switch index % 4 {
            case 0: overlay = ""
            case 1: overlay = ##"<path d="M0 8 L8 0" stroke="#000000" stroke-width="1.2"/>"##
            case 2: overlay = ##"<circle cx="4" cy="4" r="1.4" fill="#000000"/>"##
            default: overlay = ##"<path d="M0 0 L8 8 M0 8 L8 0" stroke="#000000" stroke-width="0.9"/>"##
            }
            return ##"<pattern id="\##(id)-p\##(index)" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="\##(colour)"/>\##(overlay)</pattern>"##
        }.joined()
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String) {
        let f = SVGChartRenderer.f
        elements.append(##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(w))" height="\##(f(h))" fill="\##(fill)" stroke="\##(stroke)" stroke-width="0.8"/>"##)
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double, dash: String? = nil) {
        let f = SVGChartRenderer.f
        let dashes = dash.map { ##" stroke-dasharray="\##($0)""## } ?? ""
        elements.append(##"<line x1="\##(f(x1))" y1="\##(f(y1))" x2="\##(f(x2))" y2="\##(f(y2))" stroke="\##(stroke)" stroke-width="\##(width)"\##(dashes)/>"##)
    }

    mutating func polyline(_ points: String, stroke: String, dash: String?) {
        let dashes = dash.map { ##" stroke-dasharray="\##($0)""## } ?? ""
        elements.append(##"<polyline points="\##(points)" fill="none" stroke="\##(stroke)" stroke-width="2.2"\##(dashes)/>"##)
    }

    mutating func marker(_ shape: ChartPalette.Marker, _ x: Double, _ y: Double, colour: String) {
        let f = SVGChartRenderer.f
        let style = ##"fill="\##(colour)" stroke="#000000" stroke-width="0.7""##
        switch shape {
        case .circle: elements.append(##"<circle cx="\##(f(x))" cy="\##(f(y))" r="4.2" \##(style)/>"##)
        case .square: elements.append(##"<rect x="\##(f(x - 4))" y="\##(f(y - 4))" width="8" height="8" \##(style)/>"##)
        case .triangle:
            elements.append(##"<polygon points="\##(f(x)),\##(f(y - 5)) \##(f(x + 5)),\##(f(y + 4)) \##(f(x - 5)),\##(f(y + 4))" \##(style)/>"##)
        case .diamond:
            elements.append(##"<polygon points="\##(f(x)),\##(f(y - 5)) \##(f(x + 5)),\##(f(y)) \##(f(x)),\##(f(y + 5)) \##(f(x - 5)),\##(f(y))" \##(style)/>"##)
        }
    }

    /// Text at a point; `extra` holds further attributes (never text from data).
    mutating func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start", extra: String = "") {
        let f = SVGChartRenderer.f
        elements.append(##"<text x="\##(f(x))" y="\##(f(y))" text-anchor="\##(anchor)" \##(extra)>\##(Markup.escape(content))</text>"##)
    }

    func document(title: String, description: String, height: Double) -> String {
        let h = SVGChartRenderer.f(height)
        let w = SVGChartRenderer.f(SVGChartRenderer.width)
        return ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(w)" height="\##(h)" viewBox="0 0 \##(w) \##(h)" role="img" aria-labelledby="\##(id)-title \##(id)-desc" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12" fill="#000000">"##
            + ##"<title id="\##(id)-title">\##(Markup.escape(title))</title><desc id="\##(id)-desc">\##(Markup.escape(description))</desc>"##
            + "<defs>\(patterns)</defs>"
            + ##"<rect width="100%" height="100%" fill="#ffffff"/>"##
            + elements.joined(separator: "\n") + "</svg>"
    }
}
