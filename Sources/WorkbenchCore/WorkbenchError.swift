/// The one error type of the workbench: a code that can grow, a whole-sentence message, the module it came from,
/// where it happened (a file, line and field, or an argument) and an optional cause.
///
/// Modules and commands throw it; only the terminal front end prints it.
public struct WorkbenchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A kind of failure. New kinds can be added without breaking callers, as in swift-subprocess.
    public struct Code: Hashable, Sendable, CustomStringConvertible, Codable {
        /// The stable machine-readable name (`invalid-argument`, `unknown-command`, …).
        public let name: String
        /// Makes a code from its stable name.
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A command line or one of its arguments is malformed.
        public static let usage = Code("usage")
        /// No command has the name typed.
        public static let unknownCommand = Code("unknown-command")
        /// An argument's value is out of range or of the wrong form.
        public static let invalidArgument = Code("invalid-argument")
        /// A named thing (borough, calculator, case, option, analysis) does not exist.
        public static let notFound = Code("not-found")
        /// A file could not be read or parsed.
        public static let invalidFile = Code("invalid-file")
        /// A file could not be written.
        public static let writeFailed = Code("write-failed")
        /// A figure a method needs is missing.
        public static let missingFigure = Code("missing-figure")
        /// A method produced NaN, an infinity or an overflow.
        public static let numeric = Code("numeric")
        /// A module (borough, toolkit component) failed inside its own code.
        public static let module = Code("module")
        /// The analyst cancelled a long run.
        public static let cancelled = Code("cancelled")
        /// An internal invariant broke: a bug in the workbench.
        public static let `internal` = Code("internal")
    }

    /// Where an error happened: a file position, a field, or a command argument.
    public struct Location: Sendable, Equatable, Codable {
        /// The file involved, as the analyst would type it.
        public var file: String?
        /// 1-based line in the file.
        public var line: Int?
        /// 1-based column in the line.
        public var column: Int?
        /// The field, column name or JSON key path.
        public var field: String?
        /// The command argument or option, as typed.
        public var argument: String?

        /// Makes a location; every part is optional.
        public init(file: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, argument: String? = nil) {
            self.file = file
            self.line = line
            self.column = column
            self.field = field
            self.argument = argument
        }
    }

    /// What kind of failure this is.
    public var code: Code
    /// A whole sentence saying what happened, with the offending value quoted.
    public var message: String
    /// How to put it right, when there is something to say.
    public var hint: String?
    /// The module the error came from (`core`, `toolkit`, `bromley`, …).
    public var module: String?
    /// Where it happened.
    public var location: Location?
    /// A description of the underlying error, if any.
    public var cause: String?

    /// Makes an error.
    public init(
        _ code: Code, _ message: String, hint: String? = nil, module: String? = nil,
        location: Location? = nil, cause: String? = nil
    ) {
        self.code = code
        self.message = message
        self.hint = hint
        self.module = module
        self.location = location
        self.cause = cause
    }

    /// The message with its location prefix and hint, as the front end prints it.
    public var description: String {
        var text = ""
        if let location {
            var parts: [String] = []
            if let file = location.file {
                var place = file
                if let line = location.line { place += ":\(line)" }
                if let column = location.column { place += ":\(column)" }
                parts.append(place)
            }
            if let field = location.field { parts.append("field '\(field)'") }
            if !parts.isEmpty { text += parts.joined(separator: ", ") + ": " }
        }
        if let module, module != "core" { text += "[\(module)] " }
        text += message
        if let hint { text += "\n" + hint }
        return text
    }
}

extension WorkbenchError {
    /// An invalid argument value, quoted, with what would be valid.
    public static func invalid(_ argument: String, _ value: String, expected: String) -> WorkbenchError {
        WorkbenchError(
            .invalidArgument, "The value '\(value)' is invalid for '\(argument)': expected \(expected).",
            location: Location(argument: argument))
    }
}
