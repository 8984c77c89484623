import Foundation
public import WorkbenchCore

/// The analyst's entered figures, `inputs/figures.json` (`{"figures": [{"authority": "merton", "figure":
/// "library-budget", "value": 4500000, "year": "2010/11", "source": "Merton budget book 2010/11"}]}`). Only these
/// methods read or write the file; writes take the workspace lock, read the file again and save atomically.
extension Workspace {
    /// The file's path inside a workspace.
    public static let enteredFiguresPath = "inputs/figures.json"

    private struct EnteredFiguresFile: Codable {
        var figures: [EnteredFigure]
    }

    private var enteredFiguresURL: URL { folder.appendingPathComponent(Self.enteredFiguresPath) }

    /// Every entered figure, in the file's order (authority, then figure, as `setEnteredFigure` keeps it); none when
    /// the workspace has no such file.
    /// - Throws: an `invalidFile` error naming the file, line and field when the file does not read.
    public func enteredFigures() throws -> [EnteredFigure] {
        guard let data = try? Data(contentsOf: enteredFiguresURL) else { return [] }
        return try JSONFileDecoder.decode(EnteredFiguresFile.self, from: data, file: Self.enteredFiguresPath).figures
    }

    /// Enters a figure, replacing the authority's figure of the same key if there is one.
    /// - Returns: the figure it replaced, if any.
    /// - Throws: `locked` when another process holds the lock too long; the file's error when it does not read.
    @discardableResult
    public func setEnteredFigure(_ figure: EnteredFigure) throws -> EnteredFigure? {
        try withLock(command: "figure set") {
            var figures = try enteredFigures()
            let replaced = figures.first { $0.authority == figure.authority && $0.key == figure.key }
            figures.removeAll { $0.authority == figure.authority && $0.key == figure.key }
            figures.append(figure)
            try saveEnteredFigures(figures)
            return replaced
        }
    }

    /// Removes an authority's entered figure.
    /// - Returns: the figure removed, or nil when there was none (the file is then left as it was).
    /// - Throws: `locked` when another process holds the lock too long; the file's error when it does not read.
    @discardableResult
    public func unsetEnteredFigure(authority: BoroughID, key: ProfileFigure.Key) throws -> EnteredFigure? {
        try withLock(command: "figure unset") {
            var figures = try enteredFigures()
            guard let removed = figures.first(where: { $0.authority == authority && $0.key == key }) else { return nil }
            figures.removeAll { $0.authority == authority && $0.key == key }
            try saveEnteredFigures(figures)
            return removed
        }
    }

    private func saveEnteredFigures(_ figures: [EnteredFigure]) throws {
        let sorted = figures.sorted { ($0.authority.rawValue, $0.key.rawValue) < ($1.authority.rawValue, $1.key.rawValue) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(EnteredFiguresFile(figures: sorted))
        data.append(0x0A)
        try FileManager.default.createDirectory(
            at: enteredFiguresURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(data, to: enteredFiguresURL)
    }

    /// Checks every entered figure: a known authority, a figure an analyst may enter, a value in its range, a year
    /// between 1990/91 and 2040/41, and a non-empty source when one is given.
    /// - Parameter authorities: the authorities the workspace knows (its comparators and the modules' boroughs).
    /// - Returns: one problem per fault, naming the file, the figure's position and the field.
    public func enteredFigureProblems(authorities: Set<BoroughID>) -> [ValidationProblem] {
        let figures: [EnteredFigure]
        do { figures = try enteredFigures() } catch let error as WorkbenchError {
            return [ValidationProblem(file: Self.enteredFiguresPath, line: error.location?.line, field: error.location?.field, message: error.message)]
        } catch {
            return [ValidationProblem(file: Self.enteredFiguresPath, message: "\(error)")]
        }
        var problems: [ValidationProblem] = []
        for (index, figure) in figures.enumerated() {
            let field = "figures[\(index)]"
            func add(_ name: String, _ message: String) {
                problems.append(ValidationProblem(file: Self.enteredFiguresPath, field: field + "." + name, message: message))
            }
            if !authorities.contains(figure.authority) {
                add("authority", "The authority '\(figure.authority)' is not one the workspace knows.")
            }
            if let definition = figure.definition {
                if !figure.value.isFinite || !definition.range.contains(figure.value) {
                    add("value", "The \(definition.label.lowercased()) of \(figure.authority), \(figure.value), is not \(definition.expected).")
                }
            } else {
                let known = EnteredFigure.definitions.map(\.key.rawValue).joined(separator: ", ")
                add("figure", "'\(figure.key)' is not a figure an analyst may enter; known: \(known).")
            }
            if !(1990...2040).contains(figure.year.startYear) {
                add("year", "The year \(figure.year) of \(figure.authority)'s \(figure.key) is not between 1990/91 and 2040/41.")
            }
            if let source = figure.source, source.allSatisfy(\.isWhitespace) {
                add("source", "The source of \(figure.authority)'s \(figure.key) is empty; give it or leave it out.")
            }
        }
        return problems
    }
}
