public import WorkbenchReports
import WorkbenchCore

/// The global options that choose how a reply is shown, taken off any command line by the engine as `--json` is:
/// `--wide` (every column, full width), `--columns a,b` (keep these columns on screen first) and `--width N` (lay
/// out for N columns, also for pipes and files).
public struct DisplayOptions: Hashable, Sendable {
    /// `--wide`: show every column at full width even on a narrow terminal.
    public var wide = false
    /// `--columns a,b`: column keys or headers to keep on screen before any other.
    public var columns: [String] = []
    /// `--width N`: the width to lay out for, whatever the output is.
    public var width: Int?

    /// The option names, as completion offers them.
    public static let names = ["--wide", "--columns", "--width"]

    /// No display options.
    public init() {}

    /// Takes the display options out of a command line's words (after the command name), leaving the rest.
    /// - Throws: a usage error for `--columns` or `--width` without a usable value.
    public static func extract(from words: inout [String]) throws -> DisplayOptions {
        var options = DisplayOptions()
        var rest: [String] = []
        var index = 0
        func value(_ name: String, inline: String?) throws -> String {
            if let inline { return inline }
            guard index < words.count, !Invocation.looksLikeOption(words[index]) else {
                throw WorkbenchError(
                    .usage, "The option '\(name)' needs a value.",
                    hint: name == "--width" ? "Give a number of columns, such as --width 100." : "Give column names, such as --columns source,method.",
                    location: .init(argument: name))
            }
            defer { index += 1 }
            return words[index]
        }
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" {
                rest += words[(index - 1)...]
                break
            }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            let inline = word.contains("=") ? String(word.drop { $0 != "=" }.dropFirst()) : nil
            switch name {
            case "--wide" where inline == nil:
                options.wide = true
            case "--columns":
                options.columns += try value(name, inline: inline).split(separator: ",").map {
                    String($0).trimmingWhitespace()
                }.filter { !$0.isEmpty }
            case "--width":
                let text = try value(name, inline: inline)
                guard let width = Int(text), width >= TextLayout.minimumWidth else {
                    throw WorkbenchError.invalid(
                        "--width", text, expected: "a whole number of columns from \(TextLayout.minimumWidth) up, such as 100")
                }
                options.width = width
            default:
                rest.append(word)
            }
        }
        words = rest
        return options
    }

    /// The layout for a reply shown on an output `terminalWidth` columns wide (nil for a pipe, a file or JSON):
    /// `--width` wins, then `--wide` (full width), then the terminal's width.
    public func layout(terminalWidth: Int?) -> TextLayout {
        if let width { return TextLayout(width: width, keptColumns: columns) }
        if wide { return .full }
        return TextLayout(width: terminalWidth, keptColumns: columns)
    }
}
