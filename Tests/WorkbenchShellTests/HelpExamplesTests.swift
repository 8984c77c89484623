import Foundation
import Testing
import WorkbenchCatalog
import WorkbenchShell
import WorkbenchTestSupport

/// Every example line of every command's `help` (`CommandSpec.examples`) runs as written on a fresh copy of the
/// default workspace, with the package folder as the current directory (as `swift run workbench` has it), and
/// succeeds. The examples are what a new user types first: one that fails is a broken promise.
@Suite("Help examples run")
struct HelpExamplesTests {
    /// Examples that cannot run in a test session, with the reason.
    static let skipped: [String: String] = [
        "new-borough Hackney --from-dataset": "adds a module to the package: needs the package's source tree and a build (NewBoroughTests runs it)",
        "rebuild": "runs the package build and replaces the process (NewBoroughTests runs it)",
        "bench montecarlo --iterations 1000000":
            "a timing benchmark of a million iterations: minutes in a debug build (bench.txt and the other bench examples run the command)",
    ]

    /// The folder of the shared datasets the `import` examples name (`../shared/data/…` from the package folder).
    static let sharedData = SessionFixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// Every example of every command, in command-table order.
    static let examples: [String] = CommandTable.all.flatMap { $0.spec.examples }

    /// The examples that run anywhere.
    static let runnable = examples.filter { skipped[$0] == nil && !$0.contains("../shared/data/") }

    /// The examples that read the shared datasets, which sit beside the package, not in it.
    static let needingData = examples.filter { $0.contains("../shared/data/") }

    /// The examples of the same command shown before `line` in its help: help reads as a sequence (`figure set`
    /// comes before `figure unset`), so they run first, in the same session.
    static func earlier(_ line: String) -> [String] {
        guard let examples = CommandTable.all.first(where: { $0.spec.examples.contains(line) })?.spec.examples,
            let index = examples.firstIndex(of: line)
        else { return [] }
        return Array(examples[..<index]).filter { skipped[$0] == nil && !$0.contains("../shared/data/") }
    }

    @Test("Every example of help succeeds on the default workspace, after the command's earlier examples", arguments: runnable)
    func exampleSucceeds(_ line: String) throws {
        let (status, text) = try Self.run(line, after: Self.earlier(line))
        #expect(status == .ok, "\(line)\n\(text)")
    }

    @Test(
        "The import examples succeed where the shared datasets are present",
        .enabled(if: FileManager.default.fileExists(atPath: sharedData.path), "the datasets under ../shared/data are not beside the package"),
        arguments: needingData)
    func importExampleSucceeds(_ line: String) throws {
        let (status, text) = try Self.run(line)
        #expect(status == .ok, "\(line)\n\(text)")
    }

    @Test("Only examples that need a package build are skipped, and each is still an example")
    func skippedExamplesAreKnown() {
        for line in Self.skipped.keys { #expect(Self.examples.contains(line), "'\(line)' is no longer an example") }
        #expect(Self.runnable.count + Self.needingData.count + Self.skipped.count == Self.examples.count)
        #expect(Self.runnable.count >= 60, "found \(Self.runnable.count) runnable examples")
    }

    /// Runs one line on a fresh copy of the default workspace, after `setup` lines; returns the line's status and the
    /// text a person sees.
    static func run(_ line: String, after setup: [String] = []) throws -> (Reply.Status, String) {
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let session = try Session(
            workspace: try WorkspaceOpener.open(folder), modules: Catalog.modules,
            environment: ShellEnvironment(currentDirectory: SessionFixture.packageRoot))
        for earlier in setup { _ = session.execute(earlier) }
        let reply = session.execute(line)
        return (reply.status, ReplyRenderer.text(reply))
    }
}
