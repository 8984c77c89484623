import Dispatch
import Synchronization
import WorkbenchCore

/// Runs numbered tasks (blocks of iterations) on a fixed number of worker threads. Workers take the next task from a
/// shared atomic counter, so which thread runs which block varies, but every block writes only its own slice of the
/// results with its own random stream: the results do not depend on the number of threads or on timing.
enum ParallelBlocks {
    /// Runs `body(task, worker)` for every task in 0..<tasks; each worker first makes its scratch space with
    /// `makeScratch`. Checks for cancellation before each task and reports progress after.
    /// - Throws: `cancelled` when the control says so before all tasks ran.
    static func run<Scratch>(
        tasks: Int, threads: Int, control: SimulationControl,
        makeScratch: @Sendable () -> Scratch,
        body: @Sendable (Int, inout Scratch) -> Void
    ) throws {
        guard tasks > 0 else { return }
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let stopped = Atomic<Bool>(false)
        let workers = max(1, min(threads, tasks))
        let reportEvery = max(1, tasks / 100)
        @Sendable func worker(_: Int) {
            var scratch = makeScratch()
            while true {
                if stopped.load(ordering: .relaxed) { return }
                if control.isCancelled() {
                    stopped.store(true, ordering: .relaxed)
                    return
                }
                let task = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard task < tasks else { return }
                body(task, &scratch)
                let finished = done.wrappingAdd(1, ordering: .relaxed).newValue
                if let progress = control.progress, finished % reportEvery == 0 || finished == tasks {
                    progress(Double(finished) / Double(tasks))
                }
            }
        }
        if workers == 1 {
            worker(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: worker)
        }
        if stopped.load(ordering: .relaxed) || done.load(ordering: .relaxed) < tasks {
            throw WorkbenchError(
                .cancelled, "The simulation was cancelled after \(done.load(ordering: .relaxed)) of \(tasks) blocks.",
                hint: "Run it again, perhaps with fewer iterations (--iterations).")
        }
    }
}
