public import Foundation
import WorkbenchCore
public import WorkbenchShell
import WorkbenchCatalog
public import WorkbenchWorkspace

/// Test fixtures for driving the shell engine: a fresh copy of the default workspace in a temporary folder and a
/// session on it with every catalog module, as the real program builds it.
public enum SessionFixture {
    /// The package root, found from this file's path.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The shipped default workspace.
    public static var defaultWorkspace: URL { packageRoot.appendingPathComponent("Workspaces/london-2010") }

    /// A temporary copy of the default workspace (without session state), removed when the process ends is not
    /// guaranteed: callers delete it in tear-down when they care.
    public static func copyOfDefaultWorkspace() throws -> URL {
        let target = FileManager.default.temporaryDirectory
            .appendingPathComponent("workbench-test-\(UUID().uuidString)")
            .appendingPathComponent("london-2010")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: defaultWorkspace, to: target)
        try? FileManager.default.removeItem(at: target.appendingPathComponent(".workbench"))
        return target
    }

    /// A session on a fresh copy of the default workspace with all catalog modules.
    public static func session(environment: ShellEnvironment = ShellEnvironment()) throws -> Session {
        let workspace = try Workspace(folder: try copyOfDefaultWorkspace())
        return try Session(workspace: workspace, modules: Catalog.modules, environment: environment)
    }

    /// A session on a given workspace, as if the workbench ran inside the package at `packageRoot`.
    public static func session(workspace: Workspace, packageRoot: URL?) throws -> Session {
        try Session(workspace: workspace, modules: Catalog.modules, environment: ShellEnvironment(packageRoot: packageRoot))
    }

    /// The text a person would see for a line: the rendered reply.
    public static func transcript(_ session: Session, _ line: String) -> String {
        ReplyRenderer.text(session.execute(line))
    }
}
