import Foundation
#if canImport(Glibc)
    import Glibc
#endif

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

    /// The processor time (user and system) of this process's finished children so far, in milliseconds.
    private static func childrenProcessorMilliseconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1_000 + Double(t.tv_usec) / 1_000 }
        return ms(usage.ru_utime) + ms(usage.ru_stime)
    }

    /// Runs `executable --workspace folder -c modules` once to warm the file cache, then `repeats` times, and returns
    /// each run's wall time and processor time (user and system: on a loaded machine the wall time grows with the
    /// wait for a core, this does not) in milliseconds, or nil when a run cannot be started or fails.
    static func time(_ executable: URL, workspace folder: URL, repeats: Int) -> (wall: [Double], processor: [Double])? {
        func once() -> (Double, Double)? {
            // posix_spawn and waitpid, not Foundation's Process: its wait on Linux polls and added about 40 ms to
            // every run, so the figure was the poll's, not the program's.
            let arguments = [executable.path, "--workspace", folder.path, "-c", "modules"]
            var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            defer { for pointer in cArguments { free(pointer) } }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let clock = ContinuousClock()
            let processorBefore = childrenProcessorMilliseconds()
            let start = clock.now
            var pid: pid_t = 0
            guard posix_spawn(&pid, executable.path, &actions, nil, &cArguments, environ) == 0 else { return nil }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 {
                guard errno == EINTR else { return nil }
            }
            let elapsed = clock.now - start
            // Exited normally (no signal) with status 0.
            guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { return nil }
            let wall = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
            return (wall, childrenProcessorMilliseconds() - processorBefore)
        }
        guard once() != nil else { return nil }
        var wall: [Double] = []
        var processor: [Double] = []
        for _ in 0..<repeats {
            guard let (w, p) = once() else { return nil }
            wall.append(w)
            processor.append(p)
        }
        return (wall, processor)
    }
}
