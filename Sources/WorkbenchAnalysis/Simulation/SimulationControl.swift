/// How the caller steers a long simulation: a cancellation check read between blocks of iterations, and a progress
/// callback with the fraction done (0…1) so that a front end can draw a bar. Both are called from worker threads.
public struct SimulationControl: Sendable {
    /// Whether the run should stop now (for example, the analyst pressed Ctrl-C).
    public var isCancelled: @Sendable () -> Bool
    /// Called with the fraction of blocks done, at most about a hundred times a run.
    public var progress: (@Sendable (Double) -> Void)?

    /// Makes a control; by default the run is never cancelled and reports no progress.
    public init(isCancelled: @escaping @Sendable () -> Bool = { false }, progress: (@Sendable (Double) -> Void)? = nil) {
        self.isCancelled = isCancelled
        self.progress = progress
    }
}
