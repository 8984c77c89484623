import Foundation
import WorkbenchWorkspace

/// Opens a workspace folder for a test.
enum WorkspaceOpener {
    static func open(_ folder: URL) throws -> Workspace { try Workspace(folder: folder) }
}
