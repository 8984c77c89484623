import Foundation
import WorkbenchCore

/// Draws a `MapSpec` as a self-contained SVG (no scripts, no outside resources, every text escaped): each area a
/// path in an equirectangular projection at the data's mean latitude, fitted to the map's frame, with a legend to
/// the right and notes below. `html` wraps the same SVG in a page.
public enum SVGMapRenderer {
    /// The SVG's width in user units (the charts' width).
    public static let width = SVGChartRenderer.width
    /// The frame the map is fitted to: left, top, width and largest height.
    static let frame = (x: 12.0, y: 40.0, width: 500.0, maxHeight: 520.0)
    /// Where the legend starts.
    static let legendX = 530.0

    /// The map as an SVG document; `id` prefixes the element ids so several maps can share a page.
    public static func render(_ map: MapSpec, id: String = "map") -> String {
        let f = SVGChartRenderer.f
        let projection = Projection(map.areas.flatMap { $0.polygons.flatMap { $0.flatMap { $0 } } })
        var elements: [String] = []
        elements.append(##"<text x="\##(f(frame.x))" y="22" font-size="15" font-weight="bold">\##(Markup.escape(map.title))</text>"##)
        var mapBottom = frame.y
        elements.append(##"<g id="\##(id)-areas" stroke="#6f6f6f" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd">"##)
        for area in map.areas {
            var path = ""
            for polygon in area.polygons {
                for ring in polygon where ring.count >= 3 {
                    for (index, point) in ring.enumerated() {
                        let (x, y) = projection.place(point)
                        mapBottom = max(mapBottom, y)
                        path += (index == 0 ? "M" : "L") + f(x) + " " + f(y) + " "
                    }
                    path += "Z "
                }
            }
            let tooltip = area.detail.map { area.name + ": " + $0 } ?? area.name
            elements.append(
                ##"<path class="area" data-id="\##(Markup.escape(area.id))" d="\##(path.trimmingCharacters(in: .whitespaces))" fill="\##(colour(area.fill))"><title>\##(Markup.escape(tooltip))</title></path>"##)
        }
        elements.append("</g>")
        if !map.markers.isEmpty {
            elements.append(##"<g id="\##(id)-markers" stroke="#ffffff" stroke-width="0.4">"##)
            for marker in map.markers {
                let (x, y) = projection.place(marker.point)
                let tooltip = marker.detail.map { marker.name + ": " + $0 } ?? marker.name
                elements.append(
                    ##"<circle class="marker" data-id="\##(Markup.escape(marker.id))" cx="\##(f(x))" cy="\##(f(y))" r="2.6" fill="\##(colour(marker.fill))"><title>\##(Markup.escape(tooltip))</title></circle>"##)
            }
            elements.append("</g>")
        }
        var y = frame.y + 4
        elements.append(##"<g id="\##(id)-legend" class="legend">"##)
        for line in wrap(map.legendTitle, width: 30) {
            elements.append(##"<text x="\##(f(legendX))" y="\##(f(y + 10))" font-weight="bold">\##(Markup.escape(line))</text>"##)
            y += 15
        }
        y += 7
        for entry in map.legend {
            elements.append(##"<rect x="\##(f(legendX))" y="\##(f(y))" width="14" height="14" fill="\##(colour(entry.colour))" stroke="#555555" stroke-width="0.6"/>"##)
            let lines = wrap(entry.label, width: 34)
            for (offset, line) in lines.enumerated() {
                elements.append(##"<text x="\##(f(legendX + 20))" y="\##(f(y + 11 + Double(offset) * 14))" font-size="11">\##(Markup.escape(line))</text>"##)
            }
            y += 19 + Double(lines.count - 1) * 14
        }
        if !map.markerLegend.isEmpty {
            y += 8
            elements.append(##"<text x="\##(f(legendX))" y="\##(f(y + 10))" font-weight="bold">Libraries</text>"##)
            y += 22
            for entry in map.markerLegend {
                elements.append(##"<circle cx="\##(f(legendX + 7))" cy="\##(f(y + 7))" r="4" fill="\##(colour(entry.colour))"/>"##)
                let lines = wrap(entry.label, width: 34)
                for (offset, line) in lines.enumerated() {
                    elements.append(##"<text x="\##(f(legendX + 20))" y="\##(f(y + 11 + Double(offset) * 14))" font-size="11">\##(Markup.escape(line))</text>"##)
                }
                y += 19 + Double(lines.count - 1) * 14
            }
        }
        elements.append("</g>")
        var noteY = max(mapBottom, y) + 20
        for note in map.notes {
            for line in wrap(note, width: 120) {
                elements.append(##"<text x="\##(f(frame.x))" y="\##(f(noteY))" font-size="10.5" fill="#333333">\##(Markup.escape(line))</text>"##)
                noteY += 14
            }
        }
        let height = noteY + 6
        let w = f(width), h = f(height)
        return ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(w)" height="\##(h)" viewBox="0 0 \##(w) \##(h)" role="img" aria-labelledby="\##(id)-title" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12" fill="#000000">"##
            + ##"<title id="\##(id)-title">\##(Markup.escape(map.title))</title>"##
            + ##"<rect width="100%" height="100%" fill="#ffffff"/>"##
            + elements.joined(separator: "\n") + "</svg>"
    }

    /// The map in a minimal HTML page (UTF-8, the SVG inline, nothing fetched).
    public static func html(_ map: MapSpec) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(Markup.escape(map.title))</title></head>\n<body>\n"
            + render(map) + "\n</body></html>\n"
    }

    /// A fill colour as given when it is `#rrggbb`, otherwise the no-value grey (so nothing else reaches the markup).
    static func colour(_ text: String) -> String {
        let digits = text.dropFirst()
        guard text.first == "#", digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return MapColours.noValue }
        return text
    }

    /// Text broken into lines of at most about `width` characters, at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Equirectangular at the points' mean latitude, scaled and centred to fit the frame (north up).
    struct Projection {
        let cosine: Double
        let minX: Double
        let maxY: Double
        let scale: Double
        let offsetX: Double

        init(_ points: [GeoPoint]) {
            let finite = points.filter { $0.longitude.isFinite && $0.latitude.isFinite }
            let meanLatitude = finite.isEmpty ? 0 : finite.reduce(0) { $0 + $1.latitude } / Double(finite.count)
            let c = cos(meanLatitude * .pi / 180)
            cosine = c
            let xs = finite.map { $0.longitude * c }, ys = finite.map(\.latitude)
            let lowX = xs.min() ?? 0, highY = ys.max() ?? 0
            minX = lowX
            maxY = highY
            let spanX = max((xs.max() ?? 0) - lowX, 1e-9), spanY = max(highY - (ys.min() ?? 0), 1e-9)
            scale = min(SVGMapRenderer.frame.width / spanX, SVGMapRenderer.frame.maxHeight / spanY)
            offsetX = (SVGMapRenderer.frame.width - spanX * scale) / 2
        }

        /// The point's position in the SVG.
        func place(_ point: GeoPoint) -> (x: Double, y: Double) {
            (SVGMapRenderer.frame.x + offsetX + (point.longitude * cosine - minX) * scale,
             SVGMapRenderer.frame.y + (maxY - point.latitude) * scale)
        }
    }
}
