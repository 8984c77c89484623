public import Foundation

/// Finds the default workspace, `Workspaces/london-2010`, from a folder upwards, so that `swift run workbench` and the
/// built binary run from anywhere inside the package both find it.
public enum WorkspaceLocator {
    /// The default workspace's path relative to the package root.
    public static let defaultRelativePath = "Workspaces/london-2010"

    /// The default workspace above `start`, or nil.
    public static func findDefault(from start: URL) -> URL? {
        var folder = start.standardizedFileURL
        for _ in 0..<64 {
            let candidate = folder.appendingPathComponent(defaultRelativePath)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("workspace.json").path) {
                return candidate
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
        return nil
    }
}
