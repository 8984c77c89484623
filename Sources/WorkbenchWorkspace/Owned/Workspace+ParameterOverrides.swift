public import Foundation
public import WorkbenchCore

extension Workspace {
    /// The calculator parameter overrides in `inputs/parameters.json`, or nil when the workspace has no such file.
    /// - Throws: an `invalidFile` error naming the file, line and field: for the old unscoped form
    ///   (`{"shared-service": {…}}`), a migration message saying how to scope it; otherwise when the file is not an
    ///   object of scopes, of calculators, of numbers.
    public func parameterOverrides() throws -> ParameterOverrides? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(ParameterOverrides.path)) else {
            return nil
        }
        return try Self.parseParameterOverrides(data)
    }

    /// Parses the contents of `inputs/parameters.json` (see `parameterOverrides()`).
    public static func parseParameterOverrides(_ data: Data) throws -> ParameterOverrides {
        let file = ParameterOverrides.path
        let text = String(decoding: data, as: UTF8.self)
        let scoped: [String: [String: [String: Double]]]
        do {
            scoped = try JSONFileDecoder.decode([String: [String: [String: Double]]].self, from: data, file: file)
        } catch let error as WorkbenchError {
            // The unscoped form of earlier releases: calculators at the top, numbers one level down.
            if let old = try? JSONDecoder().decode([String: [String: Double]].self, from: data), let first = old.keys.sorted().first,
                first != ParameterOverrides.allScope
            {
                let example = old[first].flatMap { $0.sorted(by: { $0.key < $1.key }).first }
                    .map { "\"\($0.key)\": \($0.value.rounded() == $0.value && abs($0.value) < 1e15 ? String(Int($0.value)) : String($0.value))" } ?? "…"
                throw WorkbenchError(
                    .invalidFile,
                    "Overrides must say which authority they apply to: '\(first)' is a calculator at the top of the file, "
                        + "the old unscoped form, which applied one figure to every authority.",
                    hint: "Put each calculator under \"all\" to keep applying it to every authority, or under one authority id "
                        + "(or a group such as \"bexley+bromley\"): {\"all\": {\"\(first)\": {\(example)}}} or "
                        + "{\"merton\": {\"\(first)\": {\(example)}}}.",
                    location: .init(file: file, line: JSONFileDecoder.line(of: [OverrideKey(first)], in: text), field: first))
            }
            throw error
        }
        var overrides = ParameterOverrides(byScope: scoped)
        for index in overrides.entries.indices {
            let entry = overrides.entries[index]
            overrides.entries[index].line = JSONFileDecoder.line(
                of: [OverrideKey(entry.scope), OverrideKey(entry.calculator), OverrideKey(entry.parameter)], in: text)
        }
        return overrides
    }

    /// Every problem with `inputs/parameters.json`, for `check`: it parses in the scoped form; each scope is `all`, a
    /// known authority or a group of known authorities; each calculator is registered; each parameter is one the
    /// calculator declares; each value is in the parameter's range. None when the file is absent.
    /// - Parameters:
    ///   - registry: the registered calculators.
    ///   - authorities: the ids of every authority the workspace knows.
    public func parameterOverrideProblems(registry: ModuleRegistry, authorities: Set<BoroughID>) -> [ValidationProblem] {
        let overrides: ParameterOverrides
        do {
            guard let read = try parameterOverrides() else { return [] }
            overrides = read
        } catch let error as WorkbenchError {
            return [ValidationProblem(
                file: ParameterOverrides.path, line: error.location?.line, field: error.location?.field,
                message: error.message + (error.hint.map { " " + $0 } ?? ""))]
        } catch {
            return [ValidationProblem(file: ParameterOverrides.path, message: "\(error)")]
        }
        var problems: [ValidationProblem] = []
        func add(_ entry: ParameterOverrides.Entry, field: String, _ message: String, hint: String?) {
            problems.append(ValidationProblem(
                file: ParameterOverrides.path, line: entry.line, field: field, message: message + (hint.map { " " + $0 } ?? "")))
        }
        var reportedScopes = Set<String>()
        for entry in overrides.entries {
            let members = entry.scope.split(separator: "+").map(String.init)
            let unknown = members.filter { BoroughID(validating: $0).map { !authorities.contains($0) } ?? true }
            if entry.scope != ParameterOverrides.allScope, !unknown.isEmpty {
                if reportedScopes.insert(entry.scope).inserted {
                    add(entry, field: entry.scope,
                        "The scope '\(entry.scope)' is not \"all\" or an authority the workspace knows ('\(unknown[0])').",
                        hint: "Use \"all\", an authority id such as \"merton\", or a group such as \"bexley+bromley\"; see 'compare'.")
                }
                continue
            }
            guard let id = CalculatorID(validating: entry.calculator), let calculator = registry.calculators[id]?.calculator else {
                add(entry, field: "\(entry.scope).\(entry.calculator)", "No calculator '\(entry.calculator)' is registered.",
                    hint: "See 'calculators' for the ids.")
                continue
            }
            guard calculator.descriptor.parameters.contains(where: { $0.id == entry.parameter }) else {
                add(entry, field: entry.field, "The calculator '\(entry.calculator)' has no parameter '\(entry.parameter)'.",
                    hint: "See 'calculators \(entry.calculator)' for its parameters.")
                continue
            }
            var values = ParameterValues()
            values[entry.parameter] = entry.value
            do {
                try registry.checkParameters(values, for: calculator)
            } catch let error as WorkbenchError {
                add(entry, field: entry.field, error.message, hint: error.hint)
            } catch {
                add(entry, field: entry.field, "\(error)", hint: nil)
            }
        }
        return problems
    }
}

/// A JSON key as a coding key, to find its line.
private struct OverrideKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ key: String) { stringValue = key }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
