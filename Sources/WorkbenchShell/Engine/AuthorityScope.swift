import WorkbenchCore

/// A set of authorities as an analyst names it, the same in every command that compares, groups or ranks them:
/// `pilots` (the boroughs with modules), `london` (the 33 London authorities), `england` (every authority of the
/// imported England datasets) or a list of ids joined by `+` or `,` (`bexley+bromley`, `leeds,bradford`).
/// Reading it checks only its form; `CommandContext.authorities(in:argument:)` finds the authorities, and says what
/// to import when `england` is named before the imports.
public enum AuthorityScope: Sendable, Hashable, CustomStringConvertible {
    /// The boroughs that have modules.
    case pilots
    /// The 33 London authorities.
    case london
    /// Every authority of the imported England datasets.
    case england
    /// Authorities named one by one, as typed (ids or names, checked against the workspace later).
    case ids([String])

    /// The named scopes, in the order completion and `help` give them.
    public static let names = ["pilots", "london", "england"]

    /// What `help` says a scope is.
    public static let accepts = "pilots, london, england, or ids joined by '+' or ',' (such as bexley+bromley)"

    /// Reads a scope as typed.
    /// - Parameter argument: the option or argument named in errors.
    /// - Throws: `invalidArgument` for an empty list, an empty member (`bexley++bromley`) or a member that cannot be an
    ///   id, with the value quoted and a hint.
    public static func read(_ text: String, argument: String) throws -> AuthorityScope {
        let trimmed = text.trimmingWhitespace()
        switch trimmed.lowercased() {
        case "pilots": return .pilots
        case "london": return .london
        case "england": return .england
        default: break
        }
        let parts = trimmed.split(separator: "+", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { String($0).trimmingWhitespace() }
        guard !trimmed.isEmpty, !parts.contains(where: \.isEmpty) else {
            throw WorkbenchError(
                .invalidArgument, "The value '\(text)' for '\(argument)' is not a set of authorities.",
                hint: "Give \(accepts).", location: .init(argument: argument))
        }
        if let bad = parts.first(where: { part in part.unicodeScalars.contains { !Self.allowed($0) } }) {
            throw WorkbenchError(
                .invalidArgument, "The value '\(text)' for '\(argument)' names '\(bad)', which is not an authority id."
                    + Suggestions.didYouMean(bad.lowercased(), in: names),
                hint: "Give \(accepts).", location: .init(argument: argument))
        }
        return .ids(parts)
    }

    /// Letters, digits, hyphens, spaces, apostrophes, full stops and ampersands: what ids and names are made of.
    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "- '.&".unicodeScalars.contains(scalar)
    }

    /// The scope as typed: `pilots`, `london`, `england`, or the ids joined by `+`.
    public var description: String {
        switch self {
        case .pilots: "pilots"
        case .london: "london"
        case .england: "england"
        case .ids(let ids): ids.joined(separator: "+")
        }
    }
}

extension Option where Value == AuthorityScope {
    /// The one scope option: `--within` (also `--among`), read as `AuthorityScope.read`, completed with the named
    /// scopes and authority ids.
    /// - Parameters:
    ///   - help: what the scope does for the command, ending with its default.
    public static func scope(_ help: String) -> Self {
        Self("--within", value: "scope", help, accepts: AuthorityScope.accepts, completion: .scope, aliases: ["--among"]) {
            try AuthorityScope.read($0, argument: "--within")
        }
    }
}
