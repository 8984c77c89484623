import Foundation
import WorkbenchReports
import WorkbenchTestSupport
import XCTest

/// Issue 8's loop from outside: copy the package, add Hackney from the dataset through the shell, rebuild, rerun the
/// comparison, and find Hackney in it with its real library count.
final class NewBoroughTests: XCTestCase {
    private func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let err = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Standard error goes to a file, so a chatty build cannot block on a full pipe while stdout is read.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = (try? Data(contentsOf: errorFile)) ?? Data()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    func testAddHackneyRebuildAndRerunTheComparison() throws {
        guard (try? run("swift", ["--version"], in: FileManager.default.temporaryDirectory))?.0 == 0 else {
            throw XCTSkip("The Swift toolchain is not on the PATH, so the package cannot be rebuilt here.")
        }
        let source = SessionFixture.packageRoot
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-package-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: copy) }
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path)
        where !item.hasPrefix(".build") && item != ".git" {
            try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: copy.appendingPathComponent(item))
        }
        try? FileManager.default.removeItem(at: copy.appendingPathComponent("Workspaces/london-2010/.workbench"))
        let workspace = copy.appendingPathComponent("Workspaces/london-2010").path

        // 1. Build the copy as it is. The comparison's baseline run ships with the workspace (as on a fresh clone), so
        //    the README's flow needs no rerun before the new borough.
        let first = try run("swift", ["build", "--product", "workbench"], in: copy)
        XCTAssertEqual(first.0, 0, first.1 + first.2)
        let binary = copy.appendingPathComponent(".build/debug/workbench").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace + "/runs/pilot-comparison.json"), "no baseline run ships")

        // 2. Add Hackney through the shell.
        let added = try run(binary, ["--workspace", workspace, "-c", "new-borough Hackney --from-dataset"], in: copy)
        XCTAssertEqual(added.0, 0, added.2)
        XCTAssertTrue(added.1.contains("Added borough module Hackney (id 'hackney')"), added.1)
        let package = try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8)
        XCTAssertTrue(package.contains("\"Hackney\","))

        // 3. Rebuild from outside the shell (the shell's own `rebuild` runs the same build), then rerun.
        let rebuilt = try run("swift", ["build", "--product", "workbench"], in: copy)
        XCTAssertEqual(rebuilt.0, 0, rebuilt.1 + rebuilt.2)
        let modules = try run(binary, ["--workspace", workspace, "--json", "-c", "modules"], in: copy)
        XCTAssertTrue(modules.1.contains("\"hackney\""), modules.1)
        let rerun = try run(binary, ["--workspace", workspace, "--json", "-c", "rerun pilot-comparison"], in: copy)
        XCTAssertEqual(rerun.0, 0, rerun.2)
        let reply = try JSONDecoder().decode(JSONValue.self, from: Data(rerun.1.utf8))
        guard case .array(let analyses)? = reply["analyses"], let comparison = analyses.first else {
            return XCTFail("no analyses in \(rerun.1)")
        }
        XCTAssertEqual(comparison["status"], .string("changed"))
        XCTAssertTrue(comparison["changes"]?.serialized().contains("new row 'hackney'") ?? false, rerun.1)
        XCTAssertTrue(comparison["inputs_changed"]?.serialized().contains("modules") ?? false, rerun.1)
        XCTAssertEqual(comparison["changes"], .array([.string("new row 'hackney'")]), "the README shows one change: \(rerun.1)")

        // Hackney's real count: 8 statutory libraries in April 2010 in the DCMS basic dataset [S71].
        let compare = try run(binary, ["--workspace", workspace, "--json", "-c", "compare"], in: copy)
        let table = try JSONDecoder().decode(JSONValue.self, from: Data(compare.1.utf8))
        guard case .array(let blocks)? = table["blocks"], case .array(let rows)? = blocks.first?["rows"],
            let hackney = rows.first(where: { $0["id"] == .string("hackney") })
        else { return XCTFail("Hackney is not in the comparison: \(compare.1)") }
        XCTAssertEqual(hackney["libraries_2010"], .number(8))
    }
}
