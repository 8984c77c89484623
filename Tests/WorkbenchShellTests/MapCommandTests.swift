import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `map`: the SVG is well-formed, self-contained, draws London's 33 boroughs with a legend, colours a measure by its
/// values and a partition by its groups; and it renders in headless Chromium when one is installed.
@Suite("Map command")
struct MapCommandTests {
    /// Runs `line` in a fresh session on a copy of the default workspace; returns the reply's text and the file
    /// written to reports/`file` (nil when none).
    static func run(_ line: String, file: String?) throws -> (status: Reply.Status, text: String, written: String?, folder: URL) {
        let session = try SessionFixture.session()
        let reply = session.execute(line)
        let written = file.flatMap {
            try? String(contentsOf: session.context.workspace.folder.appendingPathComponent("reports/" + $0), encoding: .utf8)
        }
        return (reply.status, ReplyRenderer.text(reply), written, session.context.workspace.folder.deletingLastPathComponent())
    }

    /// The fill of each area, by its `data-id`.
    static func fills(_ svg: String) -> [String: String] {
        let pattern = try! NSRegularExpression(pattern: #"<path class="area" data-id="([^"]+)" d="[^"]*" fill="(#[0-9a-f]{6})""#)
        var fills: [String: String] = [:]
        for match in pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)) {
            guard let id = Range(match.range(at: 1), in: svg), let fill = Range(match.range(at: 2), in: svg) else { continue }
            fills[String(svg[id])] = String(svg[fill])
        }
        return fills
    }

    /// The SVG inside an HTML page.
    static func svg(inPage page: String) -> String {
        guard let start = page.range(of: "<svg"), let end = page.range(of: "</svg>", options: .backwards) else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test("A measure map is well-formed, self-contained, has 33 borough shapes and a legend")
    func measureMapIsWellFormed() throws {
        let result = try Self.run("map compare --all --by hours --to hours.svg", file: "hours.svg")
        defer { try? FileManager.default.removeItem(at: result.folder) }
        #expect(result.status == .ok, "\(result.text)")
        let svg = try #require(result.written)
        let check = ReportXMLChecker.check(svg)
        #expect(check.error == nil, "\(check.error ?? "")")
        #expect(check.counts["svg"] == 1)
        #expect(check.counts["path"] == 33, "\(check.counts)")
        #expect(Self.fills(svg).count == 33)
        #expect(svg.contains(#"id="map-legend""#))
        #expect((check.counts["rect"] ?? 0) >= 7, "background and at least six legend swatches")
        #expect(check.text.contains("Hours/1,000/yr"))
        #expect(check.text.contains("(highest)") && check.text.contains("(lowest)"))
        #expect(!svg.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("href"))
        // Westminster, Harrow and Hammersmith and Fulham have no hours: grey, and named.
        #expect(Self.fills(svg)["westminster"] == "#d9d9d9")
        #expect(check.text.contains("No value (grey): Hammersmith and Fulham, Harrow, Westminster."))
        #expect(result.text.contains("33 drawn, 30 coloured, 3 grey"))
        // The shipped libraries as dots: one circle per library in a category (the legend adds one per kind).
        let located = try #require(try WorkspaceOpener.open(SessionFixture.packageRoot.appendingPathComponent("Workspaces/london-2010")).libraryLocations())
        let drawn = located.filter { MapLibraries.category(of: $0) != nil }
        #expect(drawn.count > 300)
        #expect(svg.components(separatedBy: #"class="marker""#).count - 1 == drawn.count)
        #expect(svg.contains(#"id="map-markers""#) && check.text.contains("Libraries"))
        #expect(result.text.contains("\(drawn.count) dots in 5 kinds"))
    }

    @Test("Each library falls in the category its 2010 and 2016 status gives")
    func libraryCategories() {
        func library(_ s2010: Bool, _ s2016: Bool, type: String = "LAL", closed: String = "") -> LibraryLocation {
            LibraryLocation(
                id: 1, name: "A & B", authorityID: "bexley", authorityName: "Bexley", point: GeoPoint(longitude: 0.1, latitude: 51.4),
                statutory2010: s2010, statutory2016: s2016, type2016: type, closed: closed, closedYear: nil, population: nil,
                deprivation: nil, source: "S72")
        }
        #expect(MapLibraries.category(of: library(true, true)) == .stillStatutory)
        #expect(MapLibraries.category(of: library(false, true)) == .newlyStatutory)
        #expect(MapLibraries.category(of: library(true, false, type: "ICL+")) == .communityRun)
        #expect(MapLibraries.category(of: library(true, true, type: "CRL")) == .communityRun)
        #expect(MapLibraries.category(of: library(true, false, type: "", closed: "XL")) == .closed)
        #expect(MapLibraries.category(of: library(true, false, type: "")) == .statutory2010Only)
        #expect(MapLibraries.category(of: library(false, false, type: "")) == nil)
        // A name with markup is escaped in the SVG.
        var spec = MapSpec(title: "t", legendTitle: "l", areas: [], legend: [])
        let dots = MapLibraries.markers([library(true, true)], authorities: ["bexley"])
        spec.markers = dots.markers
        spec.markerLegend = dots.legend
        let svg = SVGMapRenderer.render(spec)
        #expect(svg.contains("A &amp; B") && !svg.contains("A & B"))
        #expect(ReportXMLChecker.check(svg).error == nil)
    }

    @Test("Different values get different colours, darker for more; authorities without a value are grey")
    func measureColoursFollowValues() throws {
        let result = try Self.run("map compare bromley bexley sutton --by hours --to three.svg", file: "three.svg")
        defer { try? FileManager.default.removeItem(at: result.folder) }
        let fills = Self.fills(try #require(result.written))
        // Hours per 1,000: Sutton 112.9, Bromley 87.8, Bexley 63.1.
        let sutton = try #require(fills["sutton"]), bromley = try #require(fills["bromley"]), bexley = try #require(fills["bexley"])
        #expect(Set([sutton, bromley, bexley]).count == 3)
        #expect(bexley == "#eff3ff" && sutton == "#08519c", "lightest for the lowest, darkest for the highest")
        #expect(!Set([sutton, bromley, bexley]).contains("#d9d9d9"))
        #expect(fills.values.filter { $0 == "#d9d9d9" }.count == 30)
    }

    @Test("A partition map colours each group its own colour and lists the groups")
    func partitionMapColoursGroups() throws {
        let line = "map partners optimise shared-service --among london --geography contiguous --to groups.html"
        let result = try Self.run(line, file: "groups.html")
        defer { try? FileManager.default.removeItem(at: result.folder) }
        #expect(result.status == .ok, "\(result.text)")
        let page = try #require(result.written)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        let svg = Self.svg(inPage: page)
        let check = ReportXMLChecker.check(svg)
        #expect(check.error == nil, "\(check.error ?? "")")
        let fills = Self.fills(svg)
        #expect(fills.count == 33)
        #expect(!fills.values.contains("#d9d9d9"), "every borough is in a group")
        // Costs of working together grow with the group, so the contiguous optimum is mostly threes: 12 groups.
        #expect(Set(fills.values).count == 12, "12 groups, 12 colours: \(Set(fills.values))")
        // Two of the tri-borough's members, and Bexley with Bromley, share their group's colour.
        #expect(fills["kensington-and-chelsea"] == fills["hammersmith-and-fulham"])
        #expect(fills["bexley"] == fills["bromley"])
        #expect(fills["bexley"] != fills["camden"])
        #expect(check.text.contains("Groups (12)"))
        #expect(check.text.contains("City of London (alone)"))
        #expect(!page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        #expect(!page.lowercased().contains("<script"))
    }

    @Test("Without --to the reply summarises and says how to write; errors say what to do")
    func summaryAndErrors() throws {
        let summary = try Self.run("map compare --all --by hours", file: nil)
        defer { try? FileManager.default.removeItem(at: summary.folder) }
        #expect(summary.status == .ok)
        #expect(summary.text.contains("Map (not written)") && summary.text.contains("--to FILE.svg"))
        let noMeasure = try Self.run("map compare --all", file: nil)
        defer { try? FileManager.default.removeItem(at: noMeasure.folder) }
        #expect(noMeasure.status == .error && noMeasure.text.contains("--by"))
        let nothing = try Self.run("map borders camden", file: nil)
        defer { try? FileManager.default.removeItem(at: nothing.folder) }
        #expect(nothing.status == .error && nothing.text.contains("neither a value per authority nor a partition"))
        let extensionError = try Self.run("map compare --all --by hours --to map.png", file: nil)
        defer { try? FileManager.default.removeItem(at: extensionError.folder) }
        #expect(extensionError.status == .error)
    }

    @Test("The map renders in headless Chromium", .enabled(if: MapCommandTests.browser != nil, "no Chromium installed (apt-get install -y chromium)"))
    func rendersInChromium() throws {
        let browser = try #require(Self.browser)
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reply = session.execute("map partners optimise shared-service --among london --geography contiguous --to browser.html")
        #expect(reply.status == .ok, "\(ReplyRenderer.text(reply))")
        let page = session.context.workspace.folder.appendingPathComponent("reports/browser.html")
        let blank = folder.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)
        let profile = folder.appendingPathComponent("chromium-profile")
        let shot = folder.appendingPathComponent("map.png"), blankShot = folder.appendingPathComponent("blank.png")
        _ = try ReportBrowserTests.runBrowser(browser, ["--screenshot=\(shot.path)", "--window-size=800,600", page.absoluteString], profile: profile)
        _ = try ReportBrowserTests.runBrowser(browser, ["--screenshot=\(blankShot.path)", "--window-size=800,600", blank.absoluteString], profile: profile)
        let image = try Data(contentsOf: shot), blankImage = try Data(contentsOf: blankShot)
        #expect(ReportBrowserTests.pngSize(image)?.width == 800)
        #expect(image.count > blankImage.count * 5, "the map's screenshot is hardly bigger than a blank page's")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-map-screenshot.png")
        try? FileManager.default.removeItem(at: copy)
        try? FileManager.default.copyItem(at: shot, to: copy)
    }

    /// The installed Chromium, if any.
    static var browser: String? { ReportBrowserTests.browsers.first { FileManager.default.isExecutableFile(atPath: $0) } }
}
