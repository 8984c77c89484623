import Foundation
import Synchronization

/// A one-line progress bar on standard error, for long runs on a terminal only: it appears once a run has taken
/// about a second, so quick commands never flash one.
enum ProgressBar {
    /// When the current run first reported progress, and whether the bar has been drawn.
    private static let state = Mutex<(start: Date?, shown: Bool)>((nil, false))

    /// The delay before the bar appears.
    static let delay: TimeInterval = 1

    /// Draws the bar for a fraction from 0 to 1, once the run has lasted `delay`.
    @Sendable static func draw(_ fraction: Double) {
        let now = Date()
        let visible = state.withLock { state -> Bool in
            if state.start == nil { state.start = now }
            guard let start = state.start, now.timeIntervalSince(start) >= delay else { return false }
            state.shown = true
            return true
        }
        guard visible else { return }
        let clamped = min(max(fraction, 0), 1)
        let width = 30
        let filled = Int((clamped * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(Int(clamped * 100))%  (Ctrl-C stops)".utf8))
    }

    /// Clears the bar's line (if it was drawn) and starts afresh for the next run.
    static func clear() {
        let shown = state.withLock { state -> Bool in
            let shown = state.shown
            state = (nil, false)
            return shown
        }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
