import Foundation
import WorkbenchCore
import WorkbenchWorkspace

extension Session {
    /// Candidates for the word at the cursor: command names first, then what the command's spec declares for the
    /// argument or option at the cursor (borough ids and `+` groups, calculators and `shortlist`, settings and each
    /// setting's values, files of the workspace, fixed words), its option names, the global options, and the
    /// parameters of the calculator named on the line.
    ///
    /// A subject that may grow into a `+` group is offered both whole and followed by `+` (`bexley`, `bexley+`), so
    /// the line editor completes it without adding a space.
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
        /// Whether a word of the line takes the next word as its value.
        func takesValue(_ word: String) -> Bool {
            if let option = spec.options.first(where: { $0.matches(word) }) { return !option.isFlag }
            if word == "--columns" || word == "--width" { return true }
            if ["--", "--json", "--chart", "--wide"].contains(word) { return false }
            return spec.acceptsExtraOptions
        }
        var positionals: [String] = []
        var skipNext = false
        for word in words.dropFirst() {
            if skipNext {
                skipNext = false
            } else if Invocation.looksLikeOption(word) {
                skipNext = !word.contains("=") && takesValue(word)
            } else {
                positionals.append(word)
            }
        }
        if current.hasPrefix("-") {
            var options = spec.options.flatMap { [$0.name] + $0.aliases } + ["--json", "--chart"] + DisplayOptions.names
            if spec.acceptsExtraOptions { options += calculatorParameters(named: positionals.first).map { "--" + $0 } }
            return Array(Set(options)).filter { $0.hasPrefix(current) }.sorted()
        }
        var kind = CompletionKind.none
        if skipNext, let previous = words.last {
            // The word at the cursor is an option's value.
            guard let option = spec.options.first(where: { $0.matches(previous) }) else { return [] }
            kind = option.completion
        } else if positionals.count < spec.arguments.count {
            kind = spec.arguments[positionals.count].completion
        } else if let last = spec.arguments.last, last.arity == .variadic || last.arity == .oneOrMore {
            kind = last.completion
        }
        return candidates(for: kind, prefix: current, positionals: positionals).filter { $0.hasPrefix(current) }.sorted()
    }

    private func candidates(for kind: CompletionKind, prefix: String, positionals: [String]) -> [String] {
        switch kind {
        case .none: return []
        case .file: return files(matching: prefix)
        case .borough: return ((try? context.authorities()) ?? []).map(\.id.rawValue)
        case .subject:
            let ids = context.registry.boroughIDs.map(\.rawValue)
            let stem = prefix.lastIndex(of: "+").map { String(prefix[...$0]) } ?? ""
            let chosen = Set(stem.split(separator: "+").map(String.init))
            let offered = ids.filter { !chosen.contains($0) }.map { stem + $0 }
            let matching = offered.filter { $0.hasPrefix(prefix) }
            // One borough left to complete: offer it alone and as the start of a group, so no space is added.
            if matching.count == 1, ids.count - chosen.count > 1 { return matching + [matching[0] + "+"] }
            return offered
        case .scope:
            // The one completion list of scopes: the named scopes, then every authority id (England's when imported),
            // joined with '+' as subjects are.
            let stem = prefix.lastIndex(of: "+").map { String(prefix[...$0]) } ?? ""
            let chosen = Set(stem.split(separator: "+").map(String.init))
            let ids = scopeIDs().filter { !chosen.contains($0) }.map { stem + $0 }
            let offered = (stem.isEmpty ? AuthorityScope.names : []) + ids
            let matching = offered.filter { $0.hasPrefix(prefix) }
            if matching.count == 1, ids.contains(matching[0]) { return matching + [matching[0] + "+"] }
            return offered
        case .calculator: return context.registry.calculators.keys.map(\.rawValue)
        case .appraisable: return context.registry.calculators.keys.map(\.rawValue) + ["shortlist"]
        case .caseStudy: return context.registry.caseStudies.keys.map(\.rawValue)
        case .setting: return AssumptionRules.settings.map(\.name)
        case .settingValue:
            guard let name = positionals.last, let setting = AssumptionRules.setting(named: name) else { return [] }
            let current = setting.current(context.assumptions)
            let value = current.split(separator: " ").first.map(String.init) ?? current
            return Array(Set(setting.suggestions + [value]))
        case .command: return context.commands.names
        case .values(let values): return values
        case .library:
            let stem = prefix.lastIndex(of: ",").map { String(prefix[...$0]) } ?? ""
            let chosen = Set(stem.split(separator: ",").map(String.init))
            let borough = positionals.first.flatMap(BoroughID.init(validating:))
            return LibraryNames.keys(context: context, borough: borough).filter { !chosen.contains($0) }.map { stem + $0 }
        }
    }

    /// The parameter names of the calculator named (all calculators' when none or an option is named).
    private func calculatorParameters(named id: String?) -> [String] {
        let calculators = context.registry.calculators
        if let id, let entry = calculators[CalculatorID(rawValue: id)] {
            return entry.calculator.descriptor.parameters.map(\.id)
        }
        return calculators.values.flatMap { $0.calculator.descriptor.parameters.map(\.id) }
    }

    /// Files and folders whose path starts with `prefix`, relative to the workspace folder and then the current
    /// directory (where file arguments are looked for, in that order); folders end with `/`, hidden files are
    /// offered only when the prefix asks for them.
    private func files(matching prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folderPart = slash.map { String(prefix[...$0]) } ?? ""
        let namePart = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let bases = prefix.hasPrefix("/") ? [URL(fileURLWithPath: "/")]
            : [context.workspace.folder, context.environment.currentDirectory]
        var found: Set<String> = []
        for base in bases {
            let folder = prefix.hasPrefix("/") ? URL(fileURLWithPath: folderPart) : base.appendingPathComponent(folderPart)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names where name.hasPrefix(namePart) && (!name.hasPrefix(".") || namePart.hasPrefix(".")) {
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
                found.insert(folderPart + name + (isFolder.boolValue ? "/" : ""))
            }
        }
        return Array(found)
    }

    /// Every authority id a scope may name: London's and the pilots', and England's when imported.
    private func scopeIDs() -> [String] {
        let london = ((try? context.authorities()) ?? []).map(\.id.rawValue)
        let england = ((try? context.workspace.englandAuthorities()) ?? nil)?.map(\.id.rawValue) ?? []
        return Array(Set(london + england)).sorted()
    }
}
