public import Foundation
import WorkbenchCore

/// Runs the package build of the workbench's own package and reads its errors. It runs only `swift build` in the
/// package root it is given; nothing from a workspace file decides what runs.
public struct PackageBuilder {
    /// The outcome of a build.
    public struct Outcome {
        /// Whether it succeeded.
        public var succeeded: Bool
        /// The compiler's error lines, `file:line:column: error: …`, with paths made relative to the root.
        public var diagnostics: [String]
        /// Everything the build printed.
        public var output: [String]
        /// The built binary.
        public var binary: URL
        /// Wall time.
        public var seconds: Double
    }

    /// The package root, where `swift build` runs.
    public let root: URL

    /// Makes a builder for the package at `root`.
    public init(root: URL) {
        self.root = root
    }

    /// The configuration of the running binary: release when it lives in a release folder.
    public static var configuration: String {
        CommandLine.arguments[0].contains("/release/") ? "release" : "debug"
    }

    /// What the freshly built binary's `check` found on a workspace: every module it now holds (a new borough's
    /// profile included) and every file of the workspace, with each problem.
    public struct CheckOutcome {
        /// Whether `check` found no problem.
        public var passed: Bool
        /// What it printed (its summary line, or its table of problems).
        public var lines: [String]
    }

    /// Runs `check` in the built binary on a workspace, so a new borough's module checks (source tags in the
    /// sources list, counts that match the branch list) are reported with the build, before the shell restarts.
    /// - Parameters:
    ///   - binary: the binary just built.
    ///   - workspace: the workspace folder the shell has open.
    public func check(binary: URL, workspace: URL) -> CheckOutcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--workspace", workspace.path, "-c", "check"]
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return CheckOutcome(passed: false, lines: ["Could not run the new binary's check: \(error.localizedDescription)."])
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return CheckOutcome(passed: process.terminationStatus == 0, lines: Array(lines.reversed().drop { $0.isEmpty }.reversed()))
    }

    /// Builds the `workbench` product.
    public func build() throws -> Outcome {
        let start = Date()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--product", "workbench", "-c", Self.configuration]
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            throw WorkbenchError(.module, "Could not start 'swift build': \(error.localizedDescription).",
                                 hint: "Check that the Swift toolchain is on the PATH.")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        var seen = Set<String>()
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let diagnostics = output.filter { $0.contains(": error: ") }.map { $0.replacingOccurrences(of: prefix, with: "") }
            .filter { seen.insert($0).inserted }
        let binary = root.appendingPathComponent(".build/\(Self.configuration)/workbench")
        return Outcome(
            succeeded: process.terminationStatus == 0, diagnostics: diagnostics, output: output, binary: binary,
            seconds: Date().timeIntervalSince(start))
    }
}
