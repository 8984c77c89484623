import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchTestSupport

/// The map renderer on its own: text escaped, colours only as `#rrggbb`, north up and the projection's aspect, and
/// the colour scales.
struct SVGMapRendererTests {
    static func square(_ lon: Double, _ lat: Double, _ size: Double) -> [[GeoPoint]] {
        [[GeoPoint(longitude: lon, latitude: lat), GeoPoint(longitude: lon + size, latitude: lat),
          GeoPoint(longitude: lon + size, latitude: lat + size), GeoPoint(longitude: lon, latitude: lat + size),
          GeoPoint(longitude: lon, latitude: lat)]]
    }

    @Test func hostileTextIsEscapedAndOnlyHexColoursPass() {
        let map = MapSpec(
            title: "<script>alert(1)</script> & co", legendTitle: "\"Legend\"",
            areas: [
                MapSpec.Area(id: "a\"><script>", name: "North <b>", polygons: [Self.square(0, 51, 0.1)], fill: "#123456", detail: "1 & 2"),
                MapSpec.Area(id: "south", name: "South", polygons: [Self.square(0, 50.9, 0.1)], fill: "red\" onload=\"x"),
            ],
            legend: [MapSpec.LegendEntry(colour: "url(http://example.org)", label: "<i>one</i>")], notes: ["a < b"])
        let svg = SVGMapRenderer.render(map)
        let check = ReportXMLChecker.check(svg)
        #expect(check.error == nil, "\(check.error ?? "")")
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("onload"))
        #expect(!svg.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        #expect(check.text.contains("<script>alert(1)</script> & co"))
        #expect(check.text.contains("North <b>: 1 & 2"))
        #expect(check.counts["path"] == 2)
    }

    @Test func northIsUpAndTheAspectFollowsTheMeanLatitude() throws {
        // Two squares of 0.1°, one north of the other, at latitude 60 (cos 60° = 0.5): each drawn twice as tall as wide.
        let map = MapSpec(title: "t", legendTitle: "l", areas: [
            MapSpec.Area(id: "n", name: "N", polygons: [Self.square(0, 60.0, 0.1)], fill: "#000000"),
            MapSpec.Area(id: "s", name: "S", polygons: [Self.square(0, 59.9, 0.1)], fill: "#ffffff"),
        ], legend: [])
        let svg = SVGMapRenderer.render(map)
        func numbers(_ id: String) throws -> [Double] {
            let start = try #require(svg.range(of: #"data-id="\#(id)" d=""#))
            let rest = svg[start.upperBound...]
            let path = rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)]
            return path.split(whereSeparator: { "MLZ ".contains($0) }).compactMap { Double($0) }
        }
        let north = try numbers("n"), south = try numbers("s")
        let northYs = stride(from: 1, to: north.count, by: 2).map { north[$0] }, southYs = stride(from: 1, to: south.count, by: 2).map { south[$0] }
        #expect(northYs.max()! <= southYs.min()! + 0.2, "the northern square is above the southern one")
        let xs = stride(from: 0, to: north.count, by: 2).map { north[$0] }
        let width = xs.max()! - xs.min()!, height = northYs.max()! - northYs.min()!
        #expect(abs(height / width - 2) < 0.05, "width \(width), height \(height)")
    }

    @Test func coloursScaleAndGroupsDiffer() {
        #expect(MapColours.sequential(0, low: 0, high: 1) == "#eff3ff")
        #expect(MapColours.sequential(1, low: 0, high: 1) == "#08519c")
        #expect(MapColours.sequential(0.4, low: 0, high: 1) != MapColours.sequential(0.6, low: 0, high: 1))
        #expect(Set((0..<MapColours.groups.count).map(MapColours.group)).count == MapColours.groups.count)
        #expect(!MapColours.groups.contains(MapColours.noValue))
    }
}
