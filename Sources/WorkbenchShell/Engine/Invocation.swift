public import WorkbenchCore

/// A command line parsed against its command's spec: positional arguments, option values and flags, with typed
/// accessors whose errors quote the value and name the argument.
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
    ///   arguments, followed by the usage line.
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
            if let option = spec.options.first(where: { $0.name == name }) {
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
                    throw usageError("The option '\(name)' needs a value <\(option.valueName ?? "value")>.", argument: name)
                }
                if !option.repeatable, options[name] != nil {
                    throw usageError("The option '\(name)' is given more than once.", argument: name)
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
                let known = spec.options.map(\.name)
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

    /// The (last) value of an option, if given.
    public func option(_ name: String) -> String? { options[name]?.last }

    /// Every value of a repeatable option.
    public func values(_ name: String) -> [String] { options[name] ?? [] }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// An option's value as a whole number within a range, or nil when not given.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = option(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw WorkbenchError.invalid(name, text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// An option's value as a rate (`3.5%` or `0.035`) within a range of fractions, or nil when not given.
    public func rate(_ name: String, in range: ClosedRange<Double>) throws -> Rate? {
        guard let text = option(name) else { return nil }
        guard let rate = Rate(argument: text), range.contains(rate.fraction) else {
            throw WorkbenchError.invalid(
                name, text,
                expected: "a rate from \(Rate(fraction: range.lowerBound)) to \(Rate(fraction: range.upperBound)), such as 3.5% or 0.035")
        }
        return rate
    }
}
