/// A `#!` line of a transcript: how to set up the session the file's commands run in. Every transcript runs on its
/// own fresh copy of the default workspace, in a temporary folder removed afterwards; directives add to that.
public enum TranscriptDirective: Sendable, Equatable {
    /// `#! package`: the workspace sits in a throw-away copy of the package skeleton (Package.swift, Plugins/, the
    /// catalog), which the session knows as its source tree, so `new-borough` can write there.
    case package
    /// `#! copy <fixture> <path>`: copies `Fixtures/<fixture>` (beside the transcripts) to `<path>` in the
    /// workspace before the first command.
    case copy(fixture: String, to: String)
    /// `#! mask-timings`, for `bench`: in the replies every number becomes `#`, runs of spaces one space, runs of
    /// hyphens `--`, the build configuration (`debug`, `release`) `<build>` and the processor's vector instructions
    /// `<instructions>`, so that timings, the column widths they set and the machine do not show.
    case maskTimings

    /// The prefix of a directive line.
    public static let prefix = "#!"

    /// Reads a directive line.
    /// - Throws: `TranscriptDirectiveError` for an unknown directive or wrong arguments.
    public init(line: String) throws {
        let words = line.dropFirst(Self.prefix.count).split(separator: " ").map(String.init)
        switch words.first {
        case "package" where words.count == 1: self = .package
        case "copy" where words.count == 3: self = .copy(fixture: words[1], to: words[2])
        case "mask-timings" where words.count == 1: self = .maskTimings
        default: throw TranscriptDirectiveError(line: line)
        }
    }
}

/// A `#!` line that is not a known directive.
public struct TranscriptDirectiveError: Error, CustomStringConvertible {
    /// The line.
    public var line: String

    /// What is wrong, and what is allowed.
    public var description: String {
        "Unknown transcript directive '\(line)'; use '#! package', '#! copy <fixture> <path>' or '#! mask-timings'."
    }
}
