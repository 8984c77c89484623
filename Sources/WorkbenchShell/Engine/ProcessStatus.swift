import Foundation

/// What the system reports about this process, for `bench`: read here so that no command reads a file itself.
enum ProcessStatus {
    /// The process's peak resident set size (VmHWM in /proc/self/status), where the system has it.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst("VmHWM:".count).filter(\.isNumber)
            return Int(digits).map { $0 * 1_024 }
        }
        return nil
    }
}
