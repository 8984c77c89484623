/// A command whose arguments are another command line (`report compare --all --to cmp.html`). The engine regroups
/// its words before parsing: the wrapper's own options stay in front and everything else goes after `--`, so the
/// inner command's options are not read as the wrapper's.
public protocol WrapsCommandLine: ShellCommand {}

extension WrapsCommandLine {
    /// The words with the wrapper's own options first and the inner command line after `--`.
    public static func regroup(_ words: [String]) -> [String] {
        var own: [String] = []
        var inner: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if word == "--" {
                inner += words[index...]
                break
            }
            if let option = spec.options.first(where: { $0.name == name }) {
                own.append(word)
                if !option.isFlag, !word.contains("="), index < words.count {
                    own.append(words[index])
                    index += 1
                }
            } else {
                inner.append(word)
            }
        }
        return inner.isEmpty ? own : own + ["--"] + inner
    }
}
