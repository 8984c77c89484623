import Foundation
import Testing
import WorkbenchTestSupport

/// Issue 16's test of two writers: two real `workbench` processes run scripts of `set` commands against one copy of
/// the default workspace at the same time, each keeping its session (and its in-memory workspace) open throughout,
/// as a shell beside a script does. After each trial every acknowledged change is in `workspace.json`, the journal
/// holds exactly one well-formed begun and one finished record per command with no sequence number repeated, and no
/// process, during the trial or after, says that a command was interrupted.
@Suite(.serialized) struct TwoWritersTests {
    /// Trials and changes per writer in each trial. Every change is a `set` that takes the lock, re-reads and saves
    /// workspace.json with fsync and journals itself: the issue's 10 trials × 200 changes each, about 17 s on an idle
    /// 2-core machine (over two minutes when other builds share it).
    static let trials = 10
    static let changes = 200

    static func binary() throws -> URL {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            here.appendingPathComponent("workbench"),
            here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("workbench"),
            SessionFixture.packageRoot.appendingPathComponent(".build/debug/workbench"),
        ]
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                            "the workbench binary beside the tests or in .build/debug; build it with 'swift build'")
    }

    @Test func twoWritersLoseNothingAndJournalEachCommandOnce() throws {
        let binary = try Self.binary()
        for trial in 1...Self.trials {
            let workspace = try SessionFixture.copyOfDefaultWorkspace()
            defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
            let root = workspace.deletingLastPathComponent()
            let seeds = (1...Self.changes).map { "set seed \($0)" }
            let iterations = (1...Self.changes).map { "set iterations \(1_000 + $0)" }
            try seeds.joined(separator: "\n").write(to: root.appendingPathComponent("a.wb"), atomically: true, encoding: .utf8)
            try iterations.joined(separator: "\n").write(to: root.appendingPathComponent("b.wb"), atomically: true, encoding: .utf8)

            let writers = try ["a.wb", "b.wb"].map { script in
                try Writer(binary, ["--workspace", workspace.path, "--keep-going", root.appendingPathComponent(script).path])
            }
            let results = writers.map { $0.wait() }

            // Acknowledged: the writer printed "… saved in workspace.json." for it. The last acknowledged value of
            // each must be in the file.
            func lastAcknowledged(_ output: String, _ name: String) -> Int? {
                output.split(separator: "\n").compactMap { line -> Int? in
                    guard line.hasPrefix("\(name) set to "), line.hasSuffix("saved in workspace.json.") else { return nil }
                    return Int(line.dropFirst("\(name) set to ".count).prefix { $0.isNumber })
                }.last
            }
            let seed = try #require(lastAcknowledged(results[0].out, "seed"), "trial \(trial): \(results[0].err)")
            let iteration = try #require(lastAcknowledged(results[1].out, "iterations"), "trial \(trial): \(results[1].err)")
            let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: workspace.appendingPathComponent("workspace.json"))) as? [String: Any]
            let assumptions = manifest?["assumptions"] as? [String: Any]
            #expect(assumptions?["randomSeed"] as? Int == seed, "trial \(trial): the first writer's last change")
            #expect(assumptions?["iterations"] as? Int == iteration, "trial \(trial): the second writer's last change")
            #expect(seed == Self.changes && iteration == 1_000 + Self.changes, "trial \(trial): every change was acknowledged")

            // The journal: every line a record; one begun and one finished per command; no number repeated.
            let text = try String(contentsOf: workspace.appendingPathComponent(".workbench/journal.jsonl"), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.last == "", "trial \(trial): the journal ends with a whole line")
            var begun: [Int: String] = [:]
            var finished: [Int: Int] = [:]
            for line in lines.dropLast() {
                let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                let sequence = try #require(record?["sequence"] as? Int, "trial \(trial): '\(line)' is not a record")
                let command = try #require(record?["line"] as? String)
                switch record?["event"] as? String {
                case "begun":
                    #expect(begun[sequence] == nil, "trial \(trial): sequence \(sequence) begun twice")
                    begun[sequence] = command
                case "finished":
                    #expect(begun[sequence] == command, "trial \(trial): sequence \(sequence) finished before it began")
                    #expect(record?["status"] as? String == "ok")
                    finished[sequence, default: 0] += 1
                default:
                    Issue.record("trial \(trial): '\(line)' has no event")
                }
            }
            #expect(begun.count == 2 * Self.changes, "trial \(trial): one begun record per command")
            #expect(finished.count == begun.count && finished.values.allSatisfy { $0 == 1 }, "trial \(trial): one finished record per command")
            #expect(Set(begun.values) == Set(seeds + iterations))

            // No false recovery message, from the writers or from the next start.
            let next = try Writer(binary, ["--workspace", workspace.path, "-c", "assumptions"]).wait()
            for result in results + [next] {
                #expect(result.status == 0, "trial \(trial): \(result.err)")
                #expect(!result.err.contains("recovered"), "trial \(trial): \(result.err)")
            }
        }
    }
}

/// A running `workbench` process with its output collected.
private struct Writer {
    let process = Process()
    let out = Pipe()
    let err = Pipe()

    init(_ binary: URL, _ arguments: [String]) throws {
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    func wait() -> (status: Int32, out: String, err: String) {
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
