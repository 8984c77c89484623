import Dispatch
import Foundation
import Synchronization
public import WorkbenchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension WorkbenchError.Code {
    /// Another process holds the workspace lock and did not release it in time.
    public static let locked = WorkbenchError.Code("locked")
}

/// The advisory lock every writer of a workspace takes: `flock(2)` on `.workbench/lock`. The holder writes its process
/// id and command into the file, so a writer that waits in vain can say who holds it. The lock is re-entrant within
/// one `Workspace` (a command that saves twice takes it once) and released by the kernel when the process dies, so a
/// killed writer never leaves the workspace locked.
///
/// Readers take no lock: every file is replaced by an atomic rename, so a reader sees the old file or the new.
final class WorkspaceLock {
    /// The lock file.
    let file: URL
    private var descriptor: Int32 = -1
    private var depth = 0

    /// Makes the lock of a workspace's state folder.
    init(file: URL) { self.file = file }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether this object holds the lock now.
    var isHeld: Bool { depth > 0 }

    /// Takes the lock, waiting up to `timeout` for another holder to let go.
    /// - Parameters:
    ///   - command: what this process is doing, written into the lock file for other writers' errors.
    ///   - timeout: how long to wait; zero tries once.
    /// - Returns: false when the lock could not be had in time (only when `throwing` is false).
    /// - Throws: `locked`, naming the holder's process id and command, when the time runs out.
    @discardableResult
    func acquire(command: String, timeout: Duration, throwing: Bool = true) throws -> Bool {
        if depth > 0 {
            depth += 1
            return true
        }
        if descriptor < 0 {
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let opened = POSIXFile.openPath(file.path, O_RDWR | O_CREAT | O_NOFOLLOW)
            guard opened >= 0 else {
                let reason = POSIXFile.lastError()
                throw WorkbenchError(
                    .writeFailed, "Could not open the workspace lock '\(file.path)': \(reason).",
                    hint: "Check that the workspace's .workbench folder is writable and that .workbench/lock is an ordinary file.",
                    location: .init(file: file.path))
            }
            descriptor = opened
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw WorkbenchError(.writeFailed, "Could not lock the workspace: \(POSIXFile.lastError()).",
                                     location: .init(file: file.path))
            }
            guard timeout > .zero else {
                guard throwing else { return false }
                throw busy(waited: timeout)
            }
            guard waitInKernel(timeout: timeout) else {
                guard throwing else { return false }
                throw busy(waited: timeout)
            }
        }
        depth = 1
        // Say who holds it; a failure here only makes another writer's error less specific.
        let holder = "pid \(getpid()) running '\(command.replacingOccurrences(of: "\n", with: " ").prefix(200))'\n"
        _ = ftruncate(descriptor, 0)
        _ = holder.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return true
    }

    /// Waits for the lock in a blocking `flock` on a helper thread, so the kernel wakes this writer as soon as the
    /// holder lets go (polling would let a busy holder take it again first, time after time). On time-out the
    /// descriptor is closed: the helper's `flock` then either fails or takes the lock on a file description that is
    /// released as soon as the call returns, so nothing stays locked.
    /// - Returns: whether the lock is held.
    private func waitInKernel(timeout: Duration) -> Bool {
        let waiting = descriptor
        let outcome = LockOutcome()
        Thread.detachNewThread {
            var result: Int32
            repeat { result = flock(waiting, LOCK_EX) } while result != 0 && errno == EINTR
            outcome.finish(locked: result == 0)
        }
        if outcome.wait(timeout: timeout), outcome.locked { return true }
        close(descriptor)
        descriptor = -1
        return false
    }

    /// Releases one level of the lock; the last release unlocks the file.
    func release() {
        guard depth > 0 else { return }
        depth -= 1
        if depth == 0 { _ = flock(descriptor, LOCK_UN) }
    }

    /// What the lock file says about its holder ("pid 123 running 'set horizon 20'"), or nil.
    func holder() -> String? {
        let reader = POSIXFile.openPath(file.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard reader >= 0 else { return nil }
        defer { close(reader) }
        guard let data = try? POSIXFile.readRange(reader, at: 0, count: 512) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    private func busy(waited: Duration) -> WorkbenchError {
        let seconds = Double(waited.components.seconds) + Double(waited.components.attoseconds) / 1e18
        let who = holder().map { "another process (\($0))" } ?? "another process"
        return WorkbenchError(
            .locked,
            "The workspace is being changed by \(who); waited \(String(format: "%.1f", seconds)) s for it to finish. Nothing was changed.",
            hint: "Run the command again when the other process has finished, or end it if it is stuck.",
            location: .init(file: file.path))
    }
}

/// What the helper thread of `WorkspaceLock.waitInKernel` reports.
private final class LockOutcome: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let state = Mutex<Bool>(false)

    /// Records the helper's result and wakes the waiter.
    func finish(locked: Bool) {
        state.withLock { $0 = locked }
        done.signal()
    }

    /// Waits for the helper; false on time-out.
    func wait(timeout: Duration) -> Bool {
        let nanoseconds = Int(timeout.components.seconds) * 1_000_000_000 + Int(timeout.components.attoseconds / 1_000_000_000)
        return done.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success
    }

    /// Whether the helper took the lock.
    var locked: Bool { state.withLock { $0 } }
}
