import WorkbenchCore
import WorkbenchWorkspace

/// Libraries named on a command line (`access <borough> --close <library>,…`): each by its key (its name in kebab
/// case, which completion offers, with `-<id>` added when two of an authority's libraries share a name), its name
/// in any case, or its dataset id.
enum LibraryNames {
    /// The key of each library of a list, unique within the list.
    static func keys(_ libraries: [LibraryLocation]) -> [String] {
        let slugs = libraries.map { BoroughID.slug($0.name).rawValue }
        var counts: [String: Int] = [:]
        for slug in slugs { counts[slug, default: 0] += 1 }
        return zip(slugs, libraries).map { slug, library in counts[slug, default: 0] > 1 || slug.isEmpty ? "\(slug)-\(library.id)" : slug }
    }

    /// The keys completion offers: the libraries of `borough`, or of every authority when it is nil or unknown.
    static func keys(context: CommandContext, borough: BoroughID?) -> [String] {
        guard let libraries = (try? context.workspace.libraryLocations()) ?? nil else { return [] }
        let own = libraries.filter { $0.authorityID == borough }
        return keys(own.isEmpty ? libraries : own)
    }

    /// Reads a comma-separated list of libraries among `libraries`.
    /// - Parameters:
    ///   - text: the option's value.
    ///   - option: the option's name, for errors.
    ///   - libraries: the libraries that may be named (an authority's).
    ///   - authority: the authority's name, for errors.
    /// - Throws: `invalidArgument` quoting a name that matches none, with "Did you mean" and the keys to use.
    static func resolve(_ text: String, option: String, among libraries: [LibraryLocation], authority: String) throws -> [LibraryLocation] {
        let keys = keys(libraries)
        var out: [LibraryLocation] = []
        for raw in text.split(separator: ",", omittingEmptySubsequences: true) {
            let word = String(raw).trimmingWhitespace()
            let lower = word.lowercased()
            let found = zip(keys, libraries).first { key, library in
                key == lower || library.name.lowercased() == lower || String(library.id) == word
            }?.1
            guard let found else {
                throw WorkbenchError(
                    .invalidArgument,
                    "'\(word)' is not a library of \(authority) for '\(option)'." + Suggestions.didYouMean(lower, in: keys),
                    hint: "Name libraries by key, separated by commas (press Tab to complete): \(keys.prefix(20).joined(separator: ", "))"
                        + (keys.count > 20 ? ", …" : "") + ".",
                    location: .init(argument: option))
            }
            if !out.contains(where: { $0.id == found.id }) { out.append(found) }
        }
        return out
    }
}
