import WorkbenchCore
import WorkbenchWorkspace

extension Session {
    /// Candidates for the word at the cursor: command names first, then the argument or option values the command's
    /// spec declares (borough ids, calculators, settings, fixed words) and its option names.
    /// - Parameters:
    ///   - line: the whole line.
    ///   - cursor: the cursor's offset in characters.
    public func completions(line: String, cursor: Int) -> [String] {
        let head = String(line.prefix(max(0, min(cursor, line.count))))
        let endsWithSpace = head.last == " "
        var words = head.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let current = endsWithSpace ? "" : (words.popLast() ?? "")
        let names = context.commands.types.flatMap { [$0.spec.name] + $0.spec.aliases }
        guard let commandName = words.first else {
            return names.filter { $0.hasPrefix(current) }.sorted()
        }
        guard let type = context.commands.command(named: commandName) else { return [] }
        let spec = type.spec
        if current.hasPrefix("-") {
            return (spec.options.map(\.name) + ["--json", "--chart"] + DisplayOptions.names).filter { $0.hasPrefix(current) }.sorted()
        }
        var kind = CompletionKind.none
        if let previous = words.last, previous.hasPrefix("--"), let option = spec.options.first(where: { $0.name == previous }),
            !option.isFlag
        {
            kind = option.completion
        } else {
            var position = 0
            var skipNext = false
            for word in words.dropFirst() {
                if skipNext {
                    skipNext = false
                    continue
                }
                if word.hasPrefix("--") {
                    skipNext = spec.options.first { $0.name == word }.map { !$0.isFlag } ?? false
                    continue
                }
                position += 1
            }
            if position < spec.arguments.count {
                kind = spec.arguments[position].completion
            } else if let last = spec.arguments.last, last.arity == .variadic || last.arity == .oneOrMore {
                kind = last.completion
            }
        }
        return candidates(for: kind, prefix: current).filter { $0.hasPrefix(current) }.sorted()
    }

    private func candidates(for kind: CompletionKind, prefix: String) -> [String] {
        switch kind {
        case .none, .file: return []
        case .borough: return ((try? context.authorities()) ?? []).map(\.id.rawValue)
        case .subject:
            let ids = context.registry.boroughIDs.map(\.rawValue)
            if let plus = prefix.lastIndex(of: "+") {
                let stem = String(prefix[...plus])
                return ids.map { stem + $0 }
            }
            return ids
        case .calculator: return context.registry.calculators.keys.map(\.rawValue)
        case .caseStudy: return context.registry.caseStudies.keys.map(\.rawValue)
        case .setting: return AssumptionRules.settings.map(\.name)
        case .command: return context.commands.names
        case .values(let values): return values
        }
    }
}
