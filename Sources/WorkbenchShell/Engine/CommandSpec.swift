/// What a word on the command line can be completed with.
public enum CompletionKind: Sendable, Equatable {
    /// Nothing to offer.
    case none
    /// A borough id (any authority the workspace knows).
    case borough
    /// A subject: a borough id or a group joined with `+`.
    case subject
    /// A set of authorities: `pilots`, `london`, `england`, or ids joined by `+`.
    case scope
    /// A savings calculator id.
    case calculator
    /// What `appraise` and `simulate` take: a calculator id or `shortlist`.
    case appraisable
    /// A case study id.
    case caseStudy
    /// An assumption name, for `set`.
    case setting
    /// A value of the setting named by the argument before it, for `set <name> <value>`.
    case settingValue
    /// A command name, for `help`.
    case command
    /// A file path.
    case file
    /// Libraries the workspace locates (`inputs/library-locations.csv`), by their key (the name in kebab case), of the
    /// borough named by the first argument when there is one; in a comma-separated list, the words after the last comma.
    case library
    /// One of a fixed set of words.
    case values([String])
}

/// A positional argument of a command.
public struct ArgumentSpec: Sendable {
    /// How many values it takes.
    public enum Arity: Sendable, Equatable {
        /// Exactly one.
        case required
        /// Zero or one.
        case optional
        /// Zero or more (must be last).
        case variadic
        /// One or more (must be last).
        case oneOrMore
    }

    /// Its name in usage lines (`<borough>`).
    public var name: String
    /// What it means.
    public var help: String
    /// How many values it takes.
    public var arity: Arity
    /// What it completes with.
    public var completion: CompletionKind

    /// Makes an argument.
    public init(_ name: String, _ help: String, arity: Arity = .required, completion: CompletionKind = .none) {
        self.name = name
        self.help = help
        self.arity = arity
        self.completion = completion
    }
}

/// An option of a command: `--k 15` (with a value) or `--declining` (a flag). Commands declare options through
/// `Option<Value>` and `Flag`, which build this spec with the value's check, so parsing, `help` and the command's
/// reading come from one declaration.
public struct OptionSpec: Sendable {
    /// The option as typed, with its dashes (`--k`).
    public var name: String
    /// The value's name in usage lines, or nil for a flag.
    public var valueName: String?
    /// What it means.
    public var help: String
    /// What a valid value is (`a whole number from 1 to 200`), shown by `help`; nil for free text and flags.
    public var accepts: String?
    /// Whether it may be given more than once.
    public var repeatable: Bool
    /// What its value completes with.
    public var completion: CompletionKind
    /// Checks one value as parsing reads it, throwing the error the analyst sees; nil for free text and flags.
    public var validate: (@Sendable (String) throws -> Void)?
    /// Other names parsing accepts for the option (`--among` for `--within`); the value is kept under `name`.
    public var aliases: [String] = []

    /// Makes an option that takes a value. Prefer `Option<Value>`, which adds the value's type and check.
    public init(
        _ name: String, value: String, _ help: String, accepts: String? = nil, repeatable: Bool = false,
        completion: CompletionKind = .none, validate: (@Sendable (String) throws -> Void)? = nil
    ) {
        self.name = name
        self.valueName = value
        self.help = help
        self.accepts = accepts
        self.repeatable = repeatable
        self.completion = completion
        self.validate = validate
    }

    /// Makes a flag. Prefer `Flag`.
    public init(flag name: String, _ help: String) {
        self.name = name
        self.valueName = nil
        self.help = help
        self.accepts = nil
        self.repeatable = false
        self.completion = .none
        self.validate = nil
    }

    /// Whether the option is a flag.
    public var isFlag: Bool { valueName == nil }

    /// Whether a typed word names this option, by its name or an alias.
    public func matches(_ word: String) -> Bool { name == word || aliases.contains(word) }

    /// The line `help` gives: the help text, then what a valid value is, unless the text already ends with it.
    public var helpLine: String {
        guard let accepts, !help.hasSuffix(accepts) else { return help }
        return help + "; " + accepts
    }
}

/// What a command may change beyond its reply, declared with the command. `save-analysis` accepts, and `rerun` runs,
/// only commands without effects (and `export`/`report` into the workspace's `reports/` without `--force`).
public enum CommandEffects: String, Sendable, Equatable {
    /// Reads only: running it again changes nothing.
    case none
    /// Changes the workspace's own files (`workspace.json`, `inputs/`, `analyses/`, `runs/`).
    case workspace
    /// Writes files the analyst names (`--to`), which may be anywhere.
    case namedFiles = "named files"
    /// Changes the package: its sources, its manifest, its build.
    case package
}

/// A command's name, help text, arguments and options: the one declaration that parsing, completion and `help`
/// all read.
public struct CommandSpec: Sendable {
    /// The command's name (`compare`).
    public var name: String
    /// Other names it answers to.
    public var aliases: [String]
    /// A one-line summary.
    public var abstract: String
    /// Longer help: conventions, sources, what it does not do.
    public var discussion: String?
    /// The section of `help` it is listed under.
    public var category: String
    /// Positional arguments, in order.
    public var arguments: [ArgumentSpec]
    /// Options.
    public var options: [OptionSpec]
    /// Whether options not declared are accepted as `--name value` pairs (calculator parameters).
    public var acceptsExtraOptions: Bool
    /// Example lines.
    public var examples: [String]
    /// What the command may change.
    public var effects: CommandEffects

    /// Makes a spec.
    public init(
        name: String, aliases: [String] = [], abstract: String, discussion: String? = nil, category: String = "General",
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], acceptsExtraOptions: Bool = false,
        examples: [String] = [], effects: CommandEffects = .none
    ) {
        self.name = name
        self.aliases = aliases
        self.abstract = abstract
        self.discussion = discussion
        self.category = category
        self.arguments = arguments
        self.options = options
        self.acceptsExtraOptions = acceptsExtraOptions
        self.examples = examples
        self.effects = effects
    }

    /// `compare [<ids>…] [--by <measure>]`.
    public var usage: String {
        var parts = [name]
        for argument in arguments {
            switch argument.arity {
            case .required: parts.append("<\(argument.name)>")
            case .optional: parts.append("[<\(argument.name)>]")
            case .variadic: parts.append("[<\(argument.name)>…]")
            case .oneOrMore: parts.append("<\(argument.name)>…")
            }
        }
        for option in options {
            parts.append(option.isFlag ? "[\(option.name)]" : "[\(option.name) <\(option.valueName ?? "")>]")
        }
        if acceptsExtraOptions { parts.append("[--<parameter> <value>]…") }
        return parts.joined(separator: " ")
    }
}
