import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces the running shell with a newly built binary on the same workspace (after `rebuild`).
enum Restarter {
    /// Executes the binary in place of this process; returns only if that fails, after saying why.
    static func exec(_ binary: URL, workspace: URL, json: Bool, width: Int? = nil) {
        var arguments = [binary.path, "--workspace", workspace.path, "--resume"]
        if json { arguments.append("--json") }
        if let width { arguments += ["--width", String(width)] }
        let cArguments = arguments.map { strdup($0) } + [nil]
        execv(binary.path, cArguments)
        let message = String(cString: strerror(errno))
        FileHandle.standardError.write(Data("error: could not restart on \(binary.path): \(message); carrying on with the old binary.\n".utf8))
        for pointer in cArguments { free(pointer) }
    }
}
