import Foundation
import Testing
import WorkbenchScaffold
import WorkbenchTestSupport

/// The built binary the checks run in.
private let builtBinary = SessionFixture.packageRoot.appendingPathComponent(".build/debug/workbench")

/// After a successful `rebuild`, the new binary's `check` runs on the workspace, so a new borough's module checks
/// are reported with the build result.
@Suite("Rebuild runs the new binary's checks", .enabled(
    if: FileManager.default.isExecutableFile(atPath: builtBinary.path),
    "needs the workbench binary built at .build/debug/workbench ('swift build')"))
struct RebuildCheckTests {
    /// The built binary the checks run in.
    static var binary: URL { builtBinary }

    @Test("A valid workspace passes and says so")
    func validWorkspacePasses() throws {
        let workspace = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        let outcome = PackageBuilder(root: SessionFixture.packageRoot).check(binary: Self.binary, workspace: workspace)
        #expect(outcome.passed, "\(outcome.lines)")
        #expect(outcome.lines.joined().contains("is valid"), "\(outcome.lines)")
    }

    @Test("A problem is reported, not hidden")
    func problemsAreReported() throws {
        let workspace = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        try "id,name\nnot an id,Nowhere\n".write(
            to: workspace.appendingPathComponent("inputs/london-authorities.csv"), atomically: true, encoding: .utf8)
        let outcome = PackageBuilder(root: SessionFixture.packageRoot).check(binary: Self.binary, workspace: workspace)
        #expect(!outcome.passed)
        #expect(outcome.lines.joined(separator: "\n").contains("london-authorities.csv"), "\(outcome.lines)")
    }
}
