public import WorkbenchCore

/// An option of a command declared once, with its type: the spec that parsing, completion and `help` read, and the
/// reader that turns its text into a `Value`. A command declares each option as a static, lists `spec` in its
/// `CommandSpec`, and reads it with `invocation.value(Self.years)`; parsing has already run the same reader on every
/// value, so a bad value is refused before the command runs, with an error that quotes it, names the option and
/// says what is valid.
public struct Option<Value: Sendable>: Sendable {
    /// The declaration: name, value name, help, and the check parsing applies.
    public let spec: OptionSpec
    /// Reads one value as typed, throwing the error the analyst sees.
    public let read: @Sendable (String) throws -> Value

    /// Makes an option from a reader.
    /// - Parameters:
    ///   - name: the option with its dashes (`--years`).
    ///   - value: the value's name in usage lines (`n`).
    ///   - help: what it means (its range is added by `help` from `accepts`).
    ///   - accepts: what a valid value is, shown by `help` (`a whole number from 1 to 200`), or nil for free text.
    ///   - repeatable: whether it may be given more than once.
    ///   - completion: what its value completes with.
    ///   - aliases: other names parsing accepts (`--among` for `--within`).
    ///   - read: reads one value or throws.
    public init(
        _ name: String, value: String, _ help: String, accepts: String?, repeatable: Bool = false,
        completion: CompletionKind = .none, aliases: [String] = [], read: @escaping @Sendable (String) throws -> Value
    ) {
        self.read = read
        var spec = OptionSpec(
            name, value: value, help, accepts: accepts, repeatable: repeatable, completion: completion,
            validate: { _ = try read($0) })
        spec.aliases = aliases
        self.spec = spec
    }

    /// The option's name with its dashes.
    public var name: String { spec.name }
}

extension Option where Value == String {
    /// Free text (a file name, a title, an id the command checks against the workspace).
    public static func text(_ name: String, value: String, _ help: String, repeatable: Bool = false, completion: CompletionKind = .none) -> Self {
        Self(name, value: value, help, accepts: nil, repeatable: repeatable, completion: completion) { $0 }
    }

    /// One of a fixed set of words; anything else is refused with `expected` (default "a, b or c").
    public static func choice(_ name: String, value: String, _ help: String, _ choices: [String], expected: String? = nil) -> Self {
        let text = expected ?? Self.list(choices)
        return Self(name, value: value, help, accepts: text, completion: .values(choices)) { given in
            guard choices.contains(given) else { throw WorkbenchError.invalid(name, given, expected: text) }
            return given
        }
    }

    /// `a, b or c`.
    static func list(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
    }
}

extension Option where Value == Int {
    /// A whole number within a range, read as `Int(argument:)` reads it (`1000`, `1,000`, `10k`); outside the range
    /// or not a whole number, refused with `expected` (default `a whole number from 1 to 200`).
    public static func integer(_ name: String, value: String = "n", _ help: String, in range: ClosedRange<Int>, expected: String? = nil) -> Self {
        let text = expected ?? Int.rangeText(range)
        return Self(name, value: value, help, accepts: text) { try Int.read($0, argument: name, in: range, expected: text) }
    }
}

extension Option where Value == Double {
    /// A number within a range, read as `Double(argument:)` reads it (`2.5`, `1,000`, `10k`).
    public static func number(_ name: String, value: String, _ help: String, in range: ClosedRange<Double>, expected: String) -> Self {
        Self(name, value: value, help, accepts: expected) { try Double.read($0, argument: name, in: range, expected: expected) }
    }
}

extension Option where Value == UInt64 {
    /// A random seed: a whole number from 0 to 2^64 − 1, read as the `seed` setting reads it.
    public static func seed(_ name: String, value: String, _ help: String) -> Self {
        Self(name, value: value, help, accepts: UInt64.valueDescription) { try UInt64.read($0, argument: name) }
    }
}

extension Option where Value == Subject {
    /// A borough id or a group joined with `+` (whether the workspace knows them is for the command to check).
    public static func subject(_ name: String, value: String, _ help: String) -> Self {
        Self(name, value: value, help, accepts: nil, completion: .subject) { try Subject.read($0, argument: name) }
    }
}

/// A flag of a command declared once: `--declining`, read with `invocation.flag(Self.declining)`.
public struct Flag: Sendable {
    /// The declaration.
    public let spec: OptionSpec

    /// Makes a flag.
    public init(_ name: String, _ help: String) { spec = OptionSpec(flag: name, help) }

    /// The flag's name with its dashes.
    public var name: String { spec.name }
}

extension Option {
    /// One of a fixed set of names, looked up by `lookup`; anything else is refused with "Did you mean" and a hint
    /// listing the names under `noun` (`Measures: libraries, …`).
    /// - Parameters:
    ///   - accepts: what `help` adds (nil when the help text already lists the names).
    public static func named(
        _ name: String, value: String, _ help: String, names: [String], noun: String, accepts: String? = nil,
        lookup: @escaping @Sendable (String) -> Value?
    ) -> Self {
        Self(name, value: value, help, accepts: accepts, completion: .values(names)) { text in
            guard let found = lookup(text) else {
                throw WorkbenchError(
                    .invalidArgument, "The value '\(text)' is invalid for '\(name)'." + Suggestions.didYouMean(text, in: names),
                    hint: "\(noun): \(names.joined(separator: ", ")).", location: .init(argument: name))
            }
            return found
        }
    }
}
