import Foundation

/// A one-line progress bar on standard error, for long runs on a terminal only.
enum ProgressBar {
    /// Draws the bar for a fraction from 0 to 1.
    @Sendable static func draw(_ fraction: Double) {
        let clamped = min(max(fraction, 0), 1)
        let width = 30
        let filled = Int((clamped * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(Int(clamped * 100))%  (Ctrl-C stops)".utf8))
    }

    /// Clears the bar's line.
    static func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
