#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
/// A signal disposition as `signal(2)` returns it.
private typealias SignalHandler = sighandler_t
/// `read(2)`, named apart from `RawTerminal.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    Glibc.read(descriptor, buffer, count)
}
/// `write(2)`, named apart from `RawTerminal.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    Glibc.write(descriptor, buffer, count)
}
#elseif canImport(Darwin)
/// A signal disposition as `signal(3)` returns it.
private typealias SignalHandler = sig_t
/// `read(2)`, named apart from `RawTerminal.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    Darwin.read(descriptor, buffer, count)
}
/// `write(2)`, named apart from `RawTerminal.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    Darwin.write(descriptor, buffer, count)
}
#endif

/// The terminal settings saved before entering raw mode, for `RawTerminal.leaveRawMode()` and for the signal
/// and exit handlers, which cannot capture context. Written only while no handler can run.
nonisolated(unsafe) private var savedTerminalAttributes = termios()
/// Whether the terminal is in raw mode now (read by the signal and exit handlers).
nonisolated(unsafe) private var terminalIsRaw = false
/// Whether the exit handler has been registered.
nonisolated(unsafe) private var exitHandlerRegistered = false

/// The signals that end the process by default and so must not leave the terminal raw.
private let terminatingSignals: [Int32] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT]

/// Puts the terminal back as it was, then lets the signal do what it would have done (end the process).
private func restoreTerminalAndReraise(_ signalNumber: Int32) {
    if terminalIsRaw {
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminalAttributes)
        terminalIsRaw = false
    }
    _ = signal(signalNumber, SIG_DFL)
    _ = raise(signalNumber)
}

/// Puts the terminal back as it was when the process exits while raw.
private func restoreTerminalAtExit() {
    if terminalIsRaw {
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminalAttributes)
        terminalIsRaw = false
    }
}

/// The terminal side of the line editor: raw mode with POSIX termios, the window width, unbuffered reads with
/// a timeout and unbuffered writes. Raw mode is left by `leaveRawMode()`, and also when the process receives
/// SIGTERM, SIGINT, SIGHUP or SIGQUIT while raw, or exits while raw.
enum RawTerminal {
    /// What a read produced.
    enum ReadOutcome {
        /// Some bytes arrived.
        case bytes([UInt8])
        /// Nothing arrived before the timeout.
        case timedOut
        /// Input is closed (end of file, hang-up or a read error).
        case closed
    }

    /// The signal dispositions replaced while raw, restored on leaving raw mode.
    nonisolated(unsafe) private static var previousHandlers: [(Int32, SignalHandler?)] = []

    /// Whether standard input and standard output are both terminals.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Switches standard input to raw mode: no echo, no line buffering, no signals from Ctrl-C or Ctrl-Z, no
    /// output processing (`\n` does not return the carriage), bytes delivered one at a time.
    /// - Returns: whether the terminal is now raw (false when standard input is not a terminal).
    static func enterRawMode() -> Bool {
        if terminalIsRaw { return true }
        var attributes = termios()
        guard tcgetattr(STDIN_FILENO, &attributes) == 0 else { return false }
        savedTerminalAttributes = attributes
        attributes.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        attributes.c_oflag &= ~tcflag_t(OPOST)
        attributes.c_cflag |= tcflag_t(CS8)
        attributes.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        setControlCharacter(&attributes, VMIN, 1)
        setControlCharacter(&attributes, VTIME, 0)
        if !exitHandlerRegistered {
            exitHandlerRegistered = true
            _ = atexit { restoreTerminalAtExit() }
        }
        previousHandlers = terminatingSignals.map { ($0, signal($0) { restoreTerminalAndReraise($0) }) }
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &attributes) == 0 else {
            restoreSignalHandlers()
            return false
        }
        terminalIsRaw = true
        return true
    }

    /// Puts the terminal back as it was before `enterRawMode()` and restores the signal handlers.
    static func leaveRawMode() {
        guard terminalIsRaw else { return }
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminalAttributes)
        terminalIsRaw = false
        restoreSignalHandlers()
    }

    private static func restoreSignalHandlers() {
        for (signalNumber, handler) in previousHandlers { _ = signal(signalNumber, handler) }
        previousHandlers = []
    }

    private static func setControlCharacter(_ attributes: inout termios, _ index: Int32, _ value: UInt8) {
        withUnsafeMutableBytes(of: &attributes.c_cc) { bytes in bytes[Int(index)] = value }
    }

    /// The terminal's width in columns (TIOCGWINSZ on standard output, then `$COLUMNS`, then 80).
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        return 80
    }

    /// Reads what is available on standard input, waiting at most `timeoutMilliseconds` (for ever when negative).
    static func read(timeoutMilliseconds: Int32) -> ReadOutcome {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&descriptor, 1, timeoutMilliseconds)
            if ready == 0 { return .timedOut }
            if ready < 0 {
                if errno == EINTR { continue }
                return .closed
            }
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = buffer.withUnsafeMutableBytes { systemRead(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 { return .bytes(Array(buffer[..<count])) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            return .closed
        }
    }

    /// Writes text to standard output at once, bypassing the C library's buffer (flushed first so that text
    /// printed earlier comes out before it).
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        _ = fflush(nil)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
