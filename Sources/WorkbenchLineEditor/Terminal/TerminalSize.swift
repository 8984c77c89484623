import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width of the terminal replies are printed on: read with `TIOCGWINSZ` on standard output and read again on
/// every `SIGWINCH`, so a resized window gets replies laid out for its new width. Nil when standard output is not a
/// terminal (a pipe or a file), which keeps the full width.
public enum TerminalSize {
    /// The last width read, or 0 before any (or when standard output is no terminal).
    private static let cached = Atomic<Int>(0)
    /// Whether the SIGWINCH watcher is installed.
    private static let watching = Atomic<Bool>(false)
    /// The SIGWINCH source, kept alive for the life of the process.
    nonisolated(unsafe) private static var source: (any DispatchSourceSignal)?

    /// The terminal's width in columns, or nil when standard output is not a terminal.
    public static var columns: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        let known = cached.load(ordering: .relaxed)
        if known > 0, watching.load(ordering: .relaxed) { return known }
        return refresh()
    }

    /// Starts reading the width again on every `SIGWINCH` (once per process; later calls do nothing).
    public static func watchResizes() {
        guard watching.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        signal(SIGWINCH, SIG_IGN)
        let resize = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .global())
        resize.setEventHandler { _ = refresh() }
        resize.resume()
        source = resize
        _ = refresh()
    }

    /// Reads the width now (`TIOCGWINSZ`, then `$COLUMNS`) and remembers it.
    @discardableResult
    private static func refresh() -> Int? {
        var size = winsize()
        var width = 0
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            width = Int(size.ws_col)
        } else if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 {
            width = columns
        }
        cached.store(width, ordering: .relaxed)
        return width > 0 ? width : nil
    }
}
