import Foundation
import WorkbenchTestSupport
import XCTest

/// Kills the real binary with SIGKILL at random moments while it saves the workspace over and over, 100 times, and
/// checks after every kill that the workspace is whole: `workspace.json` parses and holds one of the values the
/// script set, every saved analysis parses, every journal line but a torn last one is a record, and the only other
/// files a kill can leave are `AtomicFile`'s hidden temporary files, which no reader looks at. At the end the real
/// binary opens the workspace, reports the interrupted command, and `check` finds no more than in an untouched copy.
///
/// The test target may import only WorkbenchTestSupport and WorkbenchReports, so the files are read with Foundation;
/// the binary itself then opens the workspace with `Workspace(folder:)` and the journal.
final class KillDuringSaveTests: XCTestCase {
    private var binary: URL!
    private var root: URL!
    private var workspace: URL!

    override func setUpWithError() throws {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            here.appendingPathComponent("workbench"),
            here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("workbench"),
            SessionFixture.packageRoot.appendingPathComponent(".build/debug/workbench"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("The workbench binary was not found beside the tests or in .build/debug; build it with 'swift build'.")
        }
        binary = found
        workspace = try SessionFixture.copyOfDefaultWorkspace()
        root = workspace.deletingLastPathComponent()
    }

    override func tearDownWithError() throws {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    /// The horizons the script sets, alternating; the manifest must always hold the original or one of these.
    static let horizons = [12, 25]

    func testKilledAtRandomPointsTheWorkspaceIsAlwaysValid() throws {
        // A script that saves in a loop: assumptions (workspace.json) and a named analysis (analyses/*.json).
        var lines: [String] = []
        for round in 0..<400 {
            lines.append("set horizon \(Self.horizons[round % 2])")
            lines.append("set discount-rate \(round % 2 == 0 ? "3.5%" : "3%")")
            lines.append("save-analysis soak-\(round % 3) compare --by hours --replace")
        }
        let script = root.appendingPathComponent("saves.wb")
        try lines.joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)

        var random = SplitMix(seed: 2026)
        var killedWhileRunning = 0
        for attempt in 1...100 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["--workspace", workspace.path, "--keep-going", script.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // Start-up takes some tens of milliseconds; kill anywhere from before the first save to well into the loop.
            usleep(UInt32(20_000 + random.below(280_000)))
            if process.isRunning { killedWhileRunning += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try assertWhole(after: "kill \(attempt)")
        }
        // Most kills must land while the binary is saving, or the test proves little.
        XCTAssertGreaterThan(killedWhileRunning, 80)

        // The binary opens what the kills left and says the last session stopped mid-command; then `check` finds
        // exactly what it finds in an untouched copy of the default workspace (the kills added no problem).
        let opened = try run(["--workspace", workspace.path, "-c", "assumptions"])
        XCTAssertEqual(opened.status, 0, opened.out + opened.err)
        XCTAssertTrue(opened.out.contains("Horizon") || opened.out.contains("horizon"), opened.out)
        let pristine = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: pristine.deletingLastPathComponent()) }
        let expected = try run(["--workspace", pristine.path, "--json", "-c", "check"])
        let checked = try run(["--workspace", workspace.path, "--json", "-c", "check"])
        XCTAssertEqual(checked.status, expected.status, checked.out + checked.err)
        // The same problems (the count of files checked differs: the script saved analyses).
        func problems(_ text: String, _ folder: URL) throws -> String {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            let list = object?["problems"] ?? object?["error"] ?? "none"
            let data = try JSONSerialization.data(withJSONObject: ["problems": list], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self).replacingOccurrences(of: folder.path, with: "<workspace>")
        }
        XCTAssertEqual(try problems(checked.out, workspace), try problems(expected.out, pristine))
        XCTAssertFalse(checked.err.contains("recovered:"), "the interrupted command was reported once and then resolved")
    }

    /// Checks the workspace's files as a reader after the kill would find them.
    private func assertWhole(after moment: String, file: StaticString = #filePath, line: UInt = #line) throws {
        // workspace.json: whole JSON with a horizon the script set (or the shipped 10).
        let manifest = try Data(contentsOf: workspace.appendingPathComponent("workspace.json"))
        let object = try JSONSerialization.jsonObject(with: manifest) as? [String: Any]
        let assumptions = object?["assumptions"] as? [String: Any]
        let horizon = assumptions?["horizonYears"] as? Int
        XCTAssertTrue([10] .contains(horizon ?? -1) || Self.horizons.contains(horizon ?? -1),
                      "\(moment): workspace.json has horizon \(String(describing: horizon))", file: file, line: line)
        XCTAssertNotNil(object?["name"] as? String, "\(moment): workspace.json lost its name", file: file, line: line)

        // analyses/: every JSON file parses.
        let analyses = workspace.appendingPathComponent("analyses")
        for name in try FileManager.default.contentsOfDirectory(atPath: analyses.path) where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let data = try Data(contentsOf: analyses.appendingPathComponent(name))
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), "\(moment): analyses/\(name) is torn", file: file, line: line)
        }

        // The journal: every line but the last is a whole record.
        let journal = workspace.appendingPathComponent(".workbench/journal.jsonl")
        if let data = try? Data(contentsOf: journal) {
            let records = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for (index, record) in records.dropLast().enumerated() {
                let parsed = try? JSONSerialization.jsonObject(with: Data(record)) as? [String: Any]
                XCTAssertNotNil(parsed?["sequence"], "\(moment): journal line \(index + 1) is not a record", file: file, line: line)
            }
        }

        // Anything else the kill left is an AtomicFile temporary: hidden, named after its target, ending in .tmp.
        for folder in [workspace!, analyses, workspace.appendingPathComponent("runs")] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".tmp") {
                XCTAssertTrue(name.hasPrefix("."), "\(moment): a visible temporary file \(name)", file: file, line: line)
            }
        }
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

/// SplitMix64: a seeded generator, so the kill points are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
