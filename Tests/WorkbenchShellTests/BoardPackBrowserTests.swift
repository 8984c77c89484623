import Foundation
import Testing
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// The board pack in headless Chromium with every host name unresolvable, so that any network request would fail:
/// the page renders (a screenshot far from blank), its DOM holds the five cases, the SVG charts and the map, and the
/// file names no outside resource (no script, style sheet, image, font or frame; links only in the Sources list).
/// Skips, printing why, when Chromium is not installed.
@Suite("Board pack in a browser", .serialized)
struct BoardPackBrowserTests {
    @Test func theBoardPackRendersInChromiumWithNoNetworkRequest() throws {
        guard let browser = ReportBrowserTests.browsers.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("Skipped: no Chromium at \(ReportBrowserTests.browsers.joined(separator: ", ")); install it with 'apt-get install -y chromium'.")
            return
        }
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reply = session.execute("report board bexley+bromley --project shared-service --to bb.html")
        #expect(reply.status == .ok, "\(reply.error?.description ?? "")")
        let page = session.context.workspace.folder.appendingPathComponent("reports/bb.html")
        let html = String(decoding: try Data(contentsOf: page), as: UTF8.self)
        for outside in ["<script", "<link", "<img", "<iframe", "@import", "url(http", "url(//", "src=\""] {
            #expect(!html.contains(outside), "the page loads something from outside: \(outside)")
        }
        let offline = ["--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking", "--disable-component-update"]
        let profile = folder.appendingPathComponent("chromium-profile")
        let shot = folder.appendingPathComponent("bb.png")
        _ = try ReportBrowserTests.runBrowser(
            browser, offline + ["--screenshot=\(shot.path)", "--window-size=1200,900", page.absoluteString], profile: profile)
        let image = try Data(contentsOf: shot)
        #expect(ReportBrowserTests.pngSize(image)?.width == 1200)
        #expect(image.count > 20_000, "the screenshot looks blank")
        let dom = String(decoding: try ReportBrowserTests.runBrowser(browser, offline + ["--dump-dom", page.absoluteString], profile: profile).output, as: UTF8.self)
        for heading in ["1. Strategic case", "2. Economic case", "3. Commercial case", "4. Financial case", "5. Management case", "Sources"] {
            #expect(dom.contains("<h2>\(heading)</h2>"), "the browser's DOM lacks '\(heading)'")
        }
        #expect(dom.components(separatedBy: "<svg").count - 1 >= 4, "too few SVG charts and maps in the DOM")
        #expect(dom.contains("<path"), "no map polygon in the DOM")
    }
}
