import WorkbenchCore
import WorkbenchWorkspace

/// Near misses in the shape of a command line that a newcomer types, turned into a "Did you mean" with the whole
/// corrected line: a group written with spaces (`bexley + bromley` for `bexley+bromley`) and a hyphenated name
/// written as two words (`discount rate` for `discount-rate`).
enum LineRepair {
    /// The error with "Did you mean '<line>'?" added when a repaired line parses and is accepted by the command.
    static func suggesting(
        _ error: WorkbenchError, command name: String, words: [String], type: any ShellCommand.Type, context: CommandContext
    ) -> WorkbenchError {
        guard !error.message.contains("Did you mean"), let fixed = repaired(words, spec: type.spec, context: context),
            let invocation = try? Invocation(spec: type.spec, words: fixed),
            (try? type.init(parsing: invocation, context: context)) != nil
        else { return error }
        var suggested = error
        let line = ([name] + fixed).map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
        suggested.message += " Did you mean '\(line)'?"
        return suggested
    }

    /// The words repaired, or nil when nothing needs repair.
    static func repaired(_ words: [String], spec: CommandSpec, context: CommandContext) -> [String]? {
        var result = words
        if spec.arguments.contains(where: { $0.completion == .subject }) { result = joiningGroups(result) }
        result = joiningHyphenated(result, spec: spec, context: context)
        return result == words ? nil : result
    }

    /// `a + b`, `a +b` and `a+ b` as `a+b`.
    static func joiningGroups(_ words: [String]) -> [String] {
        func join(_ left: String, _ right: String) -> String {
            String(left.reversed().drop { $0 == "+" }.reversed()) + "+" + String(right.drop { $0 == "+" })
        }
        var out: [String] = []
        var glue = false
        for word in words {
            if word == "+", let last = out.last, !Invocation.looksLikeOption(last) {
                glue = true
                continue
            }
            if let last = out.last, !Invocation.looksLikeOption(word), !Invocation.looksLikeOption(last),
                glue || word.hasPrefix("+") || last.hasSuffix("+")
            {
                out[out.count - 1] = join(last, word)
                glue = false
                continue
            }
            out.append(word)
        }
        return out
    }

    /// Two positional words that, joined with a hyphen, make a value the argument at their place knows.
    static func joiningHyphenated(_ words: [String], spec: CommandSpec, context: CommandContext) -> [String] {
        var out = words
        var position = 0
        var index = 0
        var skipNext = false
        while index < out.count {
            let word = out[index]
            if skipNext {
                skipNext = false
            } else if Invocation.looksLikeOption(word) {
                skipNext = !word.contains("=") && (spec.options.first { $0.name == word }.map { !$0.isFlag } ?? spec.acceptsExtraOptions)
            } else {
                let kind = position < spec.arguments.count ? spec.arguments[position].completion : spec.arguments.last?.completion
                if let kind, index + 1 < out.count, !Invocation.looksLikeOption(out[index + 1]) {
                    let joined = (word + "-" + out[index + 1]).lowercased()
                    if known(kind, context: context).contains(joined) {
                        out.replaceSubrange(index...(index + 1), with: [joined])
                    }
                }
                position += 1
            }
            index += 1
        }
        return out
    }

    /// The words an argument of a kind accepts, where they form a short list.
    static func known(_ kind: CompletionKind, context: CommandContext) -> Set<String> {
        switch kind {
        case .setting: return Set(AssumptionRules.settings.map(\.name))
        case .calculator, .appraisable: return Set(context.registry.calculators.keys.map(\.rawValue))
        case .caseStudy: return Set(context.registry.caseStudies.keys.map(\.rawValue))
        case .borough, .subject: return Set(((try? context.authorities()) ?? []).map(\.id.rawValue))
        case .scope: return Set(AuthorityScope.names + ((try? context.authorities()) ?? []).map(\.id.rawValue))
        case .values(let values): return Set(values)
        case .none, .file, .command, .settingValue, .library: return []
        }
    }
}
