#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
/// `read(2)`, named apart from `RawTerminal.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    Glibc.read(descriptor, buffer, count)
}
/// `write(2)`, named apart from `RawTerminal.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    Glibc.write(descriptor, buffer, count)
}
#elseif canImport(Darwin)
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
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminalAttributes)
        terminalIsRaw = false
    }
    _ = signal(signalNumber, SIG_DFL)
    _ = raise(signalNumber)
}

/// Whether a signal has its default disposition now (so that it would end the process without a handler).
private func signalHasDefaultDisposition(_ signalNumber: Int32) -> Bool {
    var action = sigaction()
    guard sigaction(signalNumber, nil, &action) == 0 else { return false }
    #if canImport(Glibc)
    return action.__sigaction_handler.sa_handler == nil  // SIG_DFL is the null handler
    #else
    return action.__sigaction_u.__sa_handler == nil
    #endif
}

/// Puts the terminal back as it was when the process exits while raw.
private func restoreTerminalAtExit() {
    if terminalIsRaw {
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminalAttributes)
        terminalIsRaw = false
    }
}

/// The terminal side of the line editor: raw mode with POSIX termios, the window width, unbuffered reads with
/// a timeout and unbuffered writes. Raw mode is left by `leaveRawMode()`, and also when the process exits while
/// raw or receives SIGTERM, SIGINT, SIGHUP or SIGQUIT while raw and that signal has its default disposition
/// (the handler restores the terminal, then re-raises the signal with the default disposition).
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

    /// The signals whose default disposition was replaced while raw, set back to the default on leaving raw mode.
    nonisolated(unsafe) private static var handledSignals: [Int32] = []

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
        // Only signals that would end the process get a handler: one the caller ignores or handles (SIGINT
        // stopping a long run, say) is left alone, and with ISIG off Ctrl-C arrives as a byte anyway.
        handledSignals = terminatingSignals.filter(signalHasDefaultDisposition)
        for signalNumber in handledSignals { _ = signal(signalNumber) { restoreTerminalAndReraise($0) } }
        // TCSADRAIN, not TCSAFLUSH: keys typed ahead while a command ran must not be thrown away.
        guard tcsetattr(STDIN_FILENO, TCSADRAIN, &attributes) == 0 else {
            restoreSignalHandlers()
            return false
        }
        terminalIsRaw = true
        return true
    }

    /// Puts the terminal back as it was before `enterRawMode()` and restores the signal handlers.
    static func leaveRawMode() {
        guard terminalIsRaw else { return }
        _ = tcsetattr(STDIN_FILENO, TCSADRAIN, &savedTerminalAttributes)
        terminalIsRaw = false
        restoreSignalHandlers()
    }

    private static func restoreSignalHandlers() {
        for signalNumber in handledSignals { _ = signal(signalNumber, SIG_DFL) }
        handledSignals = []
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
