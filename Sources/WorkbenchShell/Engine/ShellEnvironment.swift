public import Foundation
public import Synchronization

/// What the host tells the engine about where it runs: folders, whether a person is watching a terminal, and the
/// hooks for progress and cancellation of long runs.
public final class ShellEnvironment: Sendable {
    /// The current directory, for relative paths outside the workspace.
    public let currentDirectory: URL
    /// The package root, when the workbench runs from its own source tree (for `new-borough` and `rebuild`).
    public let packageRoot: URL?
    /// Whether output goes to a terminal a person watches (progress bars only then).
    public let isInteractive: Bool
    /// Set by the front end when the analyst presses Ctrl-C during a long run; long runs check it between chunks.
    public let cancelled = Atomic<Bool>(false)
    /// Called by long runs with the fraction done (0…1); the front end draws a bar on a terminal.
    public let progress: (@Sendable (Double) -> Void)?

    /// Makes an environment.
    public init(
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        packageRoot: URL? = nil, isInteractive: Bool = false, progress: (@Sendable (Double) -> Void)? = nil
    ) {
        self.currentDirectory = currentDirectory
        self.packageRoot = packageRoot
        self.isInteractive = isInteractive
        self.progress = progress
    }

    /// Whether a long run should stop now.
    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }
}
