import Foundation
import XCTest

/// Drives the real `workbench` binary in a real terminal (a detached tmux session, 120 × 30) and reads the screen:
/// the line editor's editing keys, history recall, Ctrl-C, tab completion and the history file.
final class TerminalTests: XCTestCase {
    /// The package root: this file is `<root>/Tests/WorkbenchEndToEndTests/TerminalTests.swift`.
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The longest wait for the screen to show what a key press should produce.
    private static let screenTimeout: TimeInterval = 10

    func testEditingHistoryAndCompletionInARealTerminal() throws {
        let tmuxPath = try Self.findTmux()
        let binary = Self.packageRoot.appendingPathComponent(".build/debug/workbench")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("The workbench binary is not built at \(binary.path).")
        }

        // A short folder name: the tmux socket inside it must stay under the 104-byte socket path limit.
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("wbterm-\(UUID().uuidString.prefix(8))")
        let workspace = scratch.appendingPathComponent("london-2010")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("Workspaces/london-2010"), to: workspace)

        let tmux = Tmux(executable: tmuxPath, socket: scratch.appendingPathComponent("tmux").path)
        defer { tmux.killServer() }
        // The shell reports its exit status and then waits, so the pane (and any error message) stays readable.
        let command = "\(Self.quoted(binary.path)) --workspace \(Self.quoted(workspace.path)); "
            + "echo \"[workbench exited $?]\"; sleep 600"
        try tmux.startSession(width: 120, height: 30, command: command)

        let prompt = "london-2010>"
        guard waitForScreen(tmux, "the first prompt", until: { Self.lastLine($0) == prompt }) else { return }

        // Type a command with a typo, go back one character with Left, delete the typo with Backspace, run it.
        tmux.sendText("help borougxh")
        tmux.sendKeys("Left", "BSpace")
        guard waitForScreen(tmux, "the edited line", until: {
            Self.lastLine($0) == "\(prompt) help borough"
        }) else { return }
        tmux.sendKeys("Enter")
        guard waitForScreen(tmux, "help for borough", until: {
            $0.contains("Usage: borough <borough>") && Self.lastLine($0) == prompt
        }) else { return }

        // Up recalls the line just run.
        tmux.sendKeys("Up")
        guard waitForScreen(tmux, "the recalled line", until: {
            Self.lastLine($0) == "\(prompt) help borough"
        }) else { return }

        // Ctrl-C abandons it: `^C` after the text and a fresh, empty prompt.
        tmux.sendKeys("C-c")
        guard waitForScreen(tmux, "the abandoned line", until: {
            $0.contains("\(prompt) help borough^C") && Self.lastLine($0) == prompt
        }) else { return }

        // Tab completes a command name: "modu" -> "modules" (plus a space, which the capture trims).
        tmux.sendText("modu")
        tmux.sendKeys("Tab")
        guard waitForScreen(tmux, "the completed command", until: {
            Self.lastLine($0) == "\(prompt) modules"
        }) else { return }

        // Ctrl-U clears the line; Ctrl-D on the empty line ends the session normally.
        tmux.sendKeys("C-u", "C-d")
        guard waitForScreen(tmux, "the end of the session", until: {
            $0.contains("[workbench exited 0]")
        }) else { return }

        // The history file holds the command run (once; the abandoned line is not added).
        let historyFile = workspace.appendingPathComponent(".workbench/history")
        let historyText = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertEqual(historyText.split(separator: "\n").filter { $0 == "help borough" }.count, 1, historyText)
        XCTAssertFalse(historyText.contains("modu"), historyText)
    }

    /// The README tour's commands and the widest replies, run in a real terminal 80 and then 120 columns wide: no line of any reply
    /// is longer than the terminal (lines are joined where tmux wrapped them), and every line is the one the same
    /// command prints with `--width` on a pipe, whose figures the transcript width tests check.
    func testTourRepliesFitTheTerminalAt80And120Columns() throws {
        let tmuxPath = try Self.findTmux()
        let binary = Self.packageRoot.appendingPathComponent(".build/debug/workbench")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("The workbench binary is not built at \(binary.path).")
        }
        let commands = [
            "modules", "compare", "savings shared-service bexley+bromley", "appraise shared-service bexley+bromley",
            "options bexley+bromley", "partners shared-service --among pilots", "simulate shared-service bexley+bromley",
        ]
        for width in [80, 120] {
            let scratch = FileManager.default.temporaryDirectory
                .appendingPathComponent("wbwide-\(UUID().uuidString.prefix(8))")
            let workspace = scratch.appendingPathComponent("london-2010")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent("Workspaces/london-2010"), to: workspace)
            try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".workbench"))
            let tmux = Tmux(executable: tmuxPath, socket: scratch.appendingPathComponent("tmux").path)
            defer { tmux.killServer() }
            try tmux.startSession(
                width: width, height: 40,
                command: "\(Self.quoted(binary.path)) --workspace \(Self.quoted(workspace.path)); sleep 600")
            _ = try? tmux.run(["set-option", "-t", "wb", "history-limit", "20000"])
            let prompt = "london-2010>"
            guard waitForScreen(tmux, "the first prompt", until: { Self.lastLine($0) == prompt }) else { return }
            for command in commands {
                tmux.sendText(command)
                tmux.sendKeys("Enter")
                guard waitForScreen(tmux, "the reply to '\(command)' at \(width) columns", timeout: 120, history: true, until: {
                    $0.contains("\(prompt) \(command)") && Self.lastLine($0) == prompt
                }) else { return }
            }
            let screen = tmux.captureHistory()
            let lines = Set(screen.split(separator: "\n").map { String($0.reversed().drop { $0 == " " }.reversed()) })
            let long = lines.filter { $0.count > width }
            XCTAssertTrue(long.isEmpty, "At \(width) columns these lines are longer than the terminal:\n" + long.sorted().joined(separator: "\n"))
            for command in commands {
                let piped = try Self.output(of: binary, ["--workspace", workspace.path, "--width", "\(width)", "-c", command])
                let absent = piped.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !lines.contains($0) }
                XCTAssertTrue(absent.isEmpty, "'\(command)' at \(width) columns: lines of the --width reply not on the screen:\n"
                    + absent.prefix(10).joined(separator: "\n") + "\nScreen:\n" + screen)
            }
        }
    }

    /// The standard output of the binary run with arguments and no terminal.
    private static func output(of binary: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - Helpers

    /// Polls the screen every 0.1 s until `condition` holds; after `screenTimeout` records a failure showing the
    /// screen. - Returns: whether the condition came to hold.
    private func waitForScreen(
        _ tmux: Tmux, _ what: String, timeout: TimeInterval = TerminalTests.screenTimeout, history: Bool = false,
        file: StaticString = #filePath, line: UInt = #line, until condition: (String) -> Bool
    ) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = history ? tmux.captureHistory() : tmux.capture()
            if condition(screen) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("The terminal did not show \(what) within \(Int(timeout)) s. Screen:\n\(screen)",
                file: file, line: line)
        return false
    }

    /// The last non-blank line of a captured screen, without trailing spaces.
    private static func lastLine(_ screen: String) -> String? {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            .last { !$0.isEmpty }
    }

    /// Quotes a path for `sh`.
    private static func quoted(_ path: String) -> String {
        "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The tmux executable on `PATH`, or a skip (printed) when there is none.
    private static func findTmux() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin"
        for folder in path.split(separator: ":").map(String.init) + ["/opt/homebrew/bin", "/usr/local/bin"] {
            let candidate = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw XCTSkip("tmux is not installed (apt-get install -y tmux, or brew install tmux).")
    }
}

/// A private tmux server (its own socket file), driven by running the `tmux` client.
private struct Tmux {
    /// The `tmux` executable.
    let executable: String
    /// The server's socket file (`tmux -S`).
    let socket: String

    /// Starts the server with one session, `wb`, of the given size running `command` (through `sh`), and waits
    /// (up to 10 s) until the session answers.
    ///
    /// The client that starts the server is not waited for: the server it forks inherits the descriptors
    /// Foundation uses to watch a child on Linux, so `waitUntilExit()` would wait for the server, not the client.
    func startSession(width: Int, height: Int, command: String) throws {
        let starter = try makeProcess(
            ["-f", "/dev/null", "new-session", "-d", "-s", "wb", "-x", "\(width)", "-y", "\(height)", command])
        try starter.run()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let check = try makeProcess(["has-session", "-t", "wb"])
            try check.run()
            check.waitUntilExit()
            if check.terminationStatus == 0 { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "tmux did not start a session."])
    }

    /// Runs a tmux client command against the running server and returns its standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let process = try makeProcess(arguments)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A tmux client process for this server, outside any enclosing tmux, with no input and no error output.
    private func makeProcess(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-S", socket] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Types text literally.
    func sendText(_ text: String) { _ = try? run(["send-keys", "-t", "wb", "-l", text]) }

    /// Presses named keys (`Left`, `BSpace`, `Enter`, `Up`, `Tab`, `C-c`, …) in order.
    func sendKeys(_ keys: String...) { _ = try? run(["send-keys", "-t", "wb"] + keys) }

    /// The visible screen as text.
    func capture() -> String { (try? run(["capture-pane", "-p", "-t", "wb"])) ?? "" }

    /// Everything the pane has shown, scrollback included, with lines tmux wrapped joined again.
    func captureHistory() -> String { (try? run(["capture-pane", "-p", "-J", "-S", "-", "-t", "wb"])) ?? "" }

    /// Stops the server and everything running in it.
    func killServer() { _ = try? run(["kill-server"]) }
}
