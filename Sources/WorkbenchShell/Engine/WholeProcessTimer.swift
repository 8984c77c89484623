import Foundation

/// Times whole runs of this program as a separate process (`workbench --workspace DIR -c modules`): exec, dynamic
/// loading, opening the workspace, registering the modules, one command and exit, as a user waits for them.
enum WholeProcessTimer {
    /// This program's executable when it is the `workbench` binary (not, for example, a test runner), else nil.
    static var workbenchExecutable: URL? {
        let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = url.lastPathComponent == "workbench" ? url : Bundle.main.executableURL
        guard let candidate, candidate.lastPathComponent == "workbench" else { return nil }
        return candidate
    }

    /// Runs `executable --workspace folder -c modules` once to warm the file cache, then `repeats` times, and returns
    /// each run's wall time in milliseconds, or nil when a run cannot be started or fails.
    static func time(_ executable: URL, workspace folder: URL, repeats: Int) -> [Double]? {
        func once() -> Double? {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["--workspace", folder.path, "-c", "modules"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let clock = ContinuousClock()
            let start = clock.now
            guard (try? process.run()) != nil else { return nil }
            process.waitUntilExit()
            let elapsed = clock.now - start
            guard process.terminationStatus == 0 else { return nil }
            return Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        }
        guard once() != nil else { return nil }
        var runs: [Double] = []
        for _ in 0..<repeats {
            guard let ms = once() else { return nil }
            runs.append(ms)
        }
        return runs
    }
}
