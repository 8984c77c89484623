import Foundation
import Testing
import WorkbenchCatalog
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport

/// Every command the README shows after a `london-2010> ` prompt in a code block runs on a fresh copy of the default
/// workspace (the commands of one block in one session, in order) and succeeds; where the README shows its output
/// without `…`, the output is exactly what the workbench prints. And the saved analyses ship with their baseline
/// runs, so `rerun` on a fresh clone reports changes, never `first run`.
@Suite("README examples run")
struct ReadmeExamplesTests {
    /// One command shown in the README, with the output shown under it.
    struct Example: CustomTestStringConvertible, Sendable {
        /// The code block it is in (0 is the first block with a prompt).
        var block: Int
        /// The command typed after the prompt.
        var command: String
        /// The lines shown under it, up to the next prompt or the end of the block.
        var output: [String]
        /// Whether the README cut the output (`…`), so only success is checked.
        var isCut: Bool { output.contains { $0.contains("…") } }
        var testDescription: String { command }
    }

    /// The prompt of the default workspace.
    static let prompt = "london-2010> "

    /// Commands that cannot run in a test session, with the reason; every later command of the same block depends
    /// on them (it runs in the rebuilt workbench) and is skipped too.
    static let needsPackageBuild: [String: String] = [
        "new-borough": "adds a module to the package: needs the package's source tree and a build (NewBoroughTests runs the flow)",
        "rebuild": "runs the package build and replaces the process (NewBoroughTests runs the flow)",
    ]

    /// Where the README's England examples read the national datasets from (beside the package, as CI lays it out).
    static let sharedData = "../shared/data/"

    /// README examples known to be wrong today, with what is wrong: the README is fixed by its integrator, and then
    /// the entry must go (the test fails while an entry here no longer fails).
    static let knownREADMEFixes: [String: String] = [:]

    /// Every prompted command of the README, in order.
    static let examples: [Example] = parse(readme)

    /// The README's text.
    static var readme: String {
        (try? String(contentsOf: SessionFixture.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }

    /// The prompted commands of the code blocks of a Markdown text.
    static func parse(_ markdown: String) -> [Example] {
        var examples: [Example] = []
        var inBlock = false
        var block = -1
        var blockHasPrompt = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inBlock.toggle()
                blockHasPrompt = false
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix(prompt) {
                if !blockHasPrompt {
                    block += 1
                    blockHasPrompt = true
                }
                examples.append(Example(block: block, command: String(line.dropFirst(prompt.count)), output: []))
            } else if blockHasPrompt, !examples.isEmpty {
                examples[examples.count - 1].output.append(line)
            }
        }
        return examples
    }

    /// Why an example is skipped, or nil when it runs.
    static func skipReason(_ example: Example) -> String? {
        let earlier = examples.filter { $0.block == example.block }.prefix { $0.command != example.command }
        for command in earlier + [example] {
            let word = command.command.split(separator: " ").first.map(String.init) ?? ""
            if let reason = needsPackageBuild[word] {
                return command.command == example.command ? reason : "runs after '\(command.command)' in the rebuilt workbench"
            }
            if command.command.contains(sharedData), !sharedDataPresent {
                return "needs the national datasets at \(sharedData) beside the package, which this machine lacks"
            }
        }
        return nil
    }

    /// Whether the national datasets are beside the package.
    static var sharedDataPresent: Bool {
        FileManager.default.fileExists(atPath: SessionFixture.packageRoot.appendingPathComponent(sharedData).path)
    }

    @Test("The README shows prompted commands to check")
    func readmeHasExamples() {
        #expect(Self.examples.count >= 5, "found \(Self.examples.map(\.command))")
        #expect(Self.examples.contains { Self.skipReason($0) == nil && !$0.isCut }, "no example with its whole output")
    }

    @Test("Each command the README shows succeeds, with the output shown", arguments: examples.filter { skipReason($0) == nil })
    func exampleRuns(_ example: Example) throws {
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let session = try Session(
            workspace: try WorkspaceOpener.open(folder), modules: Catalog.modules,
            environment: ShellEnvironment(currentDirectory: SessionFixture.packageRoot))
        // The commands before it in its block, in the same session, as the README's reader typed them.
        for earlier in Self.examples.filter({ $0.block == example.block }).prefix(while: { $0.command != example.command }) {
            _ = session.execute(earlier.command)
        }
        let reply = session.execute(example.command)
        let text = ReplyRenderer.text(reply)
        #expect(reply.status == .ok, "\(example.command)\n\(text)")
        guard !example.isCut else { return }
        let shown = Self.normalised(example.output.joined(separator: "\n"))
        let printed = Self.normalised(text)
        if let known = Self.knownREADMEFixes[example.command] {
            withKnownIssue(Comment(rawValue: known)) {
                #expect(printed == shown, "\(example.command)\n\(LineDiff.unified(expected: shown, actual: printed, expectedName: "README", actualName: "workbench") ?? "")")
            }
        } else {
            #expect(printed == shown, "\(example.command)\n\(LineDiff.unified(expected: shown, actual: printed, expectedName: "README", actualName: "workbench") ?? "")")
        }
    }

    @Test("Skipped README commands are the package-build flow, each with its reason")
    func skippedAreKnown() {
        for example in Self.examples {
            guard let reason = Self.skipReason(example) else { continue }
            #expect(!reason.isEmpty)
            let block = Self.examples.filter { $0.block == example.block }.map(\.command)
            #expect(block.contains {
                Self.needsPackageBuild[String($0.split(separator: " ").first ?? "")] != nil || $0.contains(Self.sharedData)
            })
        }
    }

    @Test("Every saved analysis ships with its baseline run, so rerun on a fresh clone shows no first run")
    func baselinesShip() throws {
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let session = try SessionFixture.session(workspace: try WorkspaceOpener.open(folder), packageRoot: nil)
        let reply = session.execute("rerun --json")
        let json = ReplyRenderer.jsonValue(reply)
        guard case .array(let analyses)? = json["analyses"] else {
            Issue.record("rerun gave no analyses: \(json.serialized())")
            return
        }
        #expect(analyses.count >= 10)
        for analysis in analyses {
            let name = analysis["analysis"]?.serialized() ?? "?"
            #expect(analysis["status"] == .string("unchanged"),
                "\(name): \(analysis["status"]?.serialized() ?? "?") \(analysis["changes"]?.serialized() ?? "") — regenerate the baselines with `swift run workbench -c rerun` and commit Workspaces/london-2010/runs/")
        }
    }

    /// Text with trailing spaces and trailing blank lines removed.
    static func normalised(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
