import WorkbenchCore

/// A command line parsed against its command's spec: positional arguments, option values and flags. Every value of
/// a typed option (`Option<Value>`) has been checked by its reader before the command sees the line; the command
/// reads it with `value(_:)`, and flags with `flag(_:)`.
public struct Invocation: Sendable {
    /// The command's name as declared.
    public let command: String
    /// Positional arguments in order.
    public let arguments: [String]
    /// Values of declared options, by option name with dashes (`--k`), in the order given.
    public let options: [String: [String]]
    /// Declared flags that were given.
    public let flags: Set<String>
    /// Undeclared `--name value` pairs, for commands that accept them (calculator parameters), in order.
    public let extraOptions: [(name: String, value: String)]

    /// Parses words (after the command name) against a spec.
    /// - Throws: a `usage` error for an unknown option (with "Did you mean"), a missing value, or a wrong number of
    ///   arguments, followed by the usage line; then the error of the first option value its declared type refuses
    ///   (quoting the value, naming the option, giving the range).
    public init(spec: CommandSpec, words: [String]) throws {
        var arguments: [String] = []
        var options: [String: [String]] = [:]
        var flags = Set<String>()
        var extras: [(String, String)] = []
        var index = 0
        var onlyArguments = false
        func usageError(_ message: String, argument: String? = nil) -> WorkbenchError {
            WorkbenchError(
                .usage, message, hint: "Usage: \(spec.usage)\nSee 'help \(spec.name)' for more information.",
                location: argument.map { .init(argument: $0) })
        }
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyArguments || !Invocation.looksLikeOption(word) {
                arguments.append(word)
                continue
            }
            if word == "--" {
                onlyArguments = true
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            if let option = spec.options.first(where: { $0.matches(name) }) {
                // An alias (`--among` for `--within`) is kept under the option's own name.
                let typedName = name
                name = option.name
                if option.isFlag {
                    if let inlineValue {
                        throw usageError("The flag '\(name)' takes no value, but '\(inlineValue)' was given.", argument: name)
                    }
                    flags.insert(name)
                    continue
                }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < words.count, !Invocation.looksLikeOption(words[index]) {
                    value = words[index]
                    index += 1
                } else {
                    throw usageError("The option '\(typedName)' needs a value <\(option.valueName ?? "value")>.", argument: typedName)
                }
                if !option.repeatable, options[name] != nil {
                    throw usageError("The option '\(typedName)' is given more than once.", argument: typedName)
                }
                options[name, default: []].append(value)
            } else if spec.acceptsExtraOptions, name.hasPrefix("--"), name.count > 2 {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < words.count, !Invocation.looksLikeOption(words[index]) {
                    value = words[index]
                    index += 1
                } else {
                    throw usageError("The parameter '\(name)' needs a value.", argument: name)
                }
                extras.append((String(name.dropFirst(2)), value))
            } else {
                let known = spec.options.flatMap { [$0.name] + $0.aliases }
                throw usageError(
                    "Unknown option '\(name)'." + Suggestions.didYouMean(name, in: known), argument: name)
            }
        }
        let required = spec.arguments.filter { $0.arity == .required || $0.arity == .oneOrMore }.count
        let unbounded = spec.arguments.contains { $0.arity == .variadic || $0.arity == .oneOrMore }
        if arguments.count < required {
            let missing = spec.arguments.filter { $0.arity == .required || $0.arity == .oneOrMore }[arguments.count]
            throw usageError("Missing argument <\(missing.name)>: \(missing.help).", argument: missing.name)
        }
        if !unbounded, arguments.count > spec.arguments.count {
            let extra = arguments[spec.arguments.count]
            throw usageError("Unexpected argument '\(extra)'.", argument: extra)
        }
        for option in spec.options {
            guard let validate = option.validate else { continue }
            for value in options[option.name] ?? [] { try validate(value) }
        }
        self.command = spec.name
        self.arguments = arguments
        self.options = options
        self.flags = flags
        self.extraOptions = extras
    }

    /// Whether a word is an option rather than a value: it starts with `-` and is not a number such as `-180000`,
    /// `-3.5%`, `-.5` or `-180000x3`.
    public static func looksLikeOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        let rest = word.dropFirst()
        // A negative number is a value: `-180000`, `-.5`, and a negative amount in pounds, `-£180,000`.
        if let first = rest.first, first.isNumber || first == "." || first == "£" { return false }
        return true
    }

    /// The positional argument at an index, if given.
    public func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }

    /// The (last) value of an option, read as its type, or nil when not given.
    /// - Throws: only what parsing would already have thrown (the value was checked by the same reader).
    public func value<Value>(_ option: Option<Value>) throws -> Value? {
        guard let text = options[option.name]?.last else { return nil }
        return try option.read(text)
    }

    /// Every value of a repeatable option, read as its type, in the order given.
    public func values<Value>(_ option: Option<Value>) throws -> [Value] {
        try (options[option.name] ?? []).map(option.read)
    }

    /// Whether an option was given (whatever its value).
    public func isGiven<Value>(_ option: Option<Value>) -> Bool { options[option.name] != nil }

    /// Whether a flag was given.
    public func flag(_ flag: Flag) -> Bool { flags.contains(flag.name) }

    /// The (last) value of an option by name, if given.
    @available(*, deprecated, message: "declare the option as an Option<Value> static and read it with value(_:)")
    public func option(_ name: String) -> String? { options[name]?.last }

    /// Whether a flag was given, by name.
    @available(*, deprecated, message: "declare the flag as a Flag static and read it with flag(_:)")
    public func flag(_ name: String) -> Bool { flags.contains(name) }
}
