import Foundation
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// Renders a real report in headless Chromium (Debian's `chromium`, which `.ci/run` installs when missing): the
/// screenshot must not be blank, and the browser's DOM must hold the report's SVG charts. Skips, saying why, when
/// no Chromium is installed.
final class ReportBrowserTests: XCTestCase {
    static let browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

    /// Runs the browser with arguments, killing it after `limit` seconds; returns its standard output.
    static func runBrowser(_ browser: String, _ arguments: [String], profile: URL, limit: TimeInterval = 60) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage",
            "--user-data-dir=\(profile.path)",
        ] + arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Thread.sleep(forTimeInterval: 1)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            try? handle.close()
            throw XCTSkip("Chromium did not finish within \(Int(limit)) s; it was stopped.")
        }
        try? handle.close()
        let data = (try? Data(contentsOf: output)) ?? Data()
        try? FileManager.default.removeItem(at: output)
        return (process.terminationStatus, data)
    }

    /// The width and height in a PNG's IHDR chunk, nil when the data is not a PNG.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else {
            return nil
        }
        func word(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    func testAReportRendersInARealBrowserWithItsCharts() throws {
        guard let browser = Self.browsers.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("No Chromium at \(Self.browsers.joined(separator: ", ")); install it with 'apt-get install -y chromium'.")
        }
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder.deletingLastPathComponent()
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let reply = session.execute("report compare --all --by hours --to browser.html")
        XCTAssertEqual(reply.status, .ok, ReplyRenderer.text(reply))
        let page = session.context.workspace.folder.appendingPathComponent("reports/browser.html")
        let blank = folder.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)
        let profile = folder.appendingPathComponent("chromium-profile")

        let shot = folder.appendingPathComponent("report.png")
        let blankShot = folder.appendingPathComponent("blank.png")
        _ = try Self.runBrowser(browser, ["--screenshot=\(shot.path)", "--window-size=1200,900", page.absoluteString], profile: profile)
        _ = try Self.runBrowser(browser, ["--screenshot=\(blankShot.path)", "--window-size=1200,900", blank.absoluteString], profile: profile)
        let image = try Data(contentsOf: shot)
        let blankImage = try Data(contentsOf: blankShot)
        XCTAssertEqual(Self.pngSize(image)?.width, 1200)
        XCTAssertEqual(Self.pngSize(image)?.height, 900)
        // A white page compresses to a few kilobytes; text, tables and charts do not. Keep a copy to look at.
        XCTAssertGreaterThan(image.count, 20_000, "the screenshot looks blank")
        XCTAssertGreaterThan(image.count, blankImage.count * 5, "the screenshot is hardly bigger than a blank page's")
        try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("workbench-report-screenshot.png"))
        try? FileManager.default.copyItem(at: shot, to: FileManager.default.temporaryDirectory.appendingPathComponent("workbench-report-screenshot.png"))

        // The browser's own DOM after parsing: the inline SVG chart is there with its bars.
        let dom = String(decoding: try Self.runBrowser(browser, ["--dump-dom", page.absoluteString], profile: profile).output, as: UTF8.self)
        XCTAssertTrue(dom.contains("<svg"), "no SVG element in the browser's DOM")
        XCTAssertGreaterThanOrEqual(dom.components(separatedBy: "<rect").count - 1, 30, "too few SVG rectangles in the DOM")
        XCTAssertTrue(dom.contains("2008 standard: 128"))
        XCTAssertTrue(dom.contains("<h2>Sources</h2>"))
    }
}
