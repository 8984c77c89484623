import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on the package root folder itself (`flock(2)` on the folder, so no lock file is added), held
/// by a scaffold while it stages and applies and by recovery, so that two shells on different workspaces of one
/// package never take each other's staging folder for an abandoned one. The kernel releases it when the process dies.
enum PackageLock {
    /// Runs `body` holding the lock, or returns nil at once when another process holds it.
    static func ifFree<T>(_ root: URL, _ body: () throws -> T) rethrows -> T? {
        let descriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        // A folder that cannot be opened cannot be locked; the scaffold's own errors will name the problem.
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return nil }
        defer { _ = flock(descriptor, LOCK_UN) }
        return try body()
    }
}
