/// What a word on the command line can be completed with.
public enum CompletionKind: Sendable, Equatable {
    /// Nothing to offer.
    case none
    /// A borough id (any authority the workspace knows).
    case borough
    /// A subject: a borough id or a group joined with `+`.
    case subject
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

/// An option of a command: `--k 15` (with a value) or `--declining` (a flag).
public struct OptionSpec: Sendable {
    /// The option as typed, with its dashes (`--k`).
    public var name: String
    /// The value's name in usage lines, or nil for a flag.
    public var valueName: String?
    /// What it means.
    public var help: String
    /// Whether it may be given more than once.
    public var repeatable: Bool
    /// What its value completes with.
    public var completion: CompletionKind

    /// Makes an option that takes a value.
    public init(_ name: String, value: String, _ help: String, repeatable: Bool = false, completion: CompletionKind = .none) {
        self.name = name
        self.valueName = value
        self.help = help
        self.repeatable = repeatable
        self.completion = completion
    }

    /// Makes a flag.
    public init(flag name: String, _ help: String) {
        self.name = name
        self.valueName = nil
        self.help = help
        self.repeatable = false
        self.completion = .none
    }

    /// Whether the option is a flag.
    public var isFlag: Bool { valueName == nil }
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

    /// Makes a spec.
    public init(
        name: String, aliases: [String] = [], abstract: String, discussion: String? = nil, category: String = "General",
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], acceptsExtraOptions: Bool = false,
        examples: [String] = []
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
