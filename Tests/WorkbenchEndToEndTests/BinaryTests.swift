import Foundation
import WorkbenchReports
import WorkbenchTestSupport
import XCTest

/// Drives the real built `workbench` binary from outside: `-c`, `--json`, scripts, pipes and exit codes.
final class BinaryTests: XCTestCase {
    private var binary: URL!
    private var workspace: URL!

    override func setUpWithError() throws {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("workbench")
        let candidates = [
            beside,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("workbench"),
            SessionFixture.packageRoot.appendingPathComponent(".build/debug/workbench"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("The workbench binary was not found beside the tests or in .build/debug; build it with 'swift build'.")
        }
        binary = found
        workspace = try SessionFixture.copyOfDefaultWorkspace()
    }

    override func tearDownWithError() throws {
        if let workspace { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
    }

    private func run(_ arguments: [String], stdin: String? = nil, directory: URL? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    private func jsonLines(_ text: String) throws -> [JSONValue] {
        try text.split(separator: "\n").map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    }

    func testJSONModeGivesOneObjectPerCommand() throws {
        let result = try run(["--workspace", workspace.path, "--json", "-c", "modules", "-c", "compare"])
        XCTAssertEqual(result.status, 0, result.err)
        let lines = try jsonLines(result.out)
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0]["command"], .string("modules"))
        XCTAssertEqual(lines[0]["boroughs"], .array(["bexley", "bromley", "camden", "enfield", "merton"].map(JSONValue.string)))
        XCTAssertEqual(lines[1]["status"], .string("ok"))
    }

    func testAFailedCommandStopsTheListAndExitsOne() throws {
        let result = try run(["--workspace", workspace.path, "-c", "compare bromly", "-c", "modules"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(result.err.hasPrefix("error: Unknown borough 'bromly'. Did you mean 'bromley'?"), result.err)
        let going = try run(["--workspace", workspace.path, "--keep-going", "--json", "-c", "nope", "-c", "modules"])
        XCTAssertEqual(going.status, 1)
        let lines = try jsonLines(going.out)
        XCTAssertEqual(lines.map { $0["status"] }, [.string("error"), .string("ok")])
        XCTAssertEqual(lines[0]["error"]?["code"], .string("unknown-command"))
    }

    func testScriptsSkipCommentsAndNameTheFailingLine() throws {
        let script = workspace.appendingPathComponent("tour.wb")
        try "# a tour\nmodules\n\ncompare nowhere\nmodules\n".write(to: script, atomically: true, encoding: .utf8)
        let result = try run(["--workspace", workspace.path, script.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.hasPrefix("\(script.path):4: error: Unknown borough 'nowhere'."), result.err)
    }

    func testAPipeIsReadPlainlyWithoutPromptOrEscapes() throws {
        let result = try run(["--workspace", workspace.path], stdin: "modules\nquit\nmodules\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.out.contains("\u{1B}"))
        XCTAssertFalse(result.out.contains("london-2010>"))
        XCTAssertEqual(result.out.components(separatedBy: "Loaded modules").count, 2, "quit should end the session")
    }

    func testUsageErrorsAndUnreadableWorkspacesExitTwo() throws {
        XCTAssertEqual(try run(["--bogus"]).status, 2)
        XCTAssertEqual(try run(["--version"]).out, "workbench 1.0.0\n")
        let broken = workspace.appendingPathComponent("workspace.json")
        try "{ \"name\": 3 }".write(to: broken, atomically: true, encoding: .utf8)
        let result = try run(["--workspace", workspace.path, "-c", "modules"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("workspace.json"), result.err)
    }

    func testTheDefaultWorkspaceIsFoundFromThePackageRoot() throws {
        let result = try run(["-c", "assumptions"], directory: SessionFixture.packageRoot)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("Assumptions of workspace 'london-2010'"))
    }
}
