import WorkbenchCore
import WorkbenchReports

/// `help [<command>]`: the command list, or one command's usage, arguments and options, generated from the table.
struct HelpCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "help", aliases: ["?"], abstract: "List the commands, or show how to use one.",
        arguments: [ArgumentSpec("command", "the command to explain", arity: .optional, completion: .command)],
        examples: ["help", "help compare"])

    let topic: String?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        topic = invocation.argument(0)
        if let topic, context.commands.command(named: topic) == nil {
            throw WorkbenchError(
                .unknownCommand,
                "No command is named '\(topic)'." + Suggestions.didYouMean(topic, in: context.commands.names),
                hint: "Type 'help' for the list of commands.", location: .init(argument: topic))
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        guard let topic, let type = context.commands.command(named: topic) else { return overview(context) }
        let spec = type.spec
        var lines = ["\(spec.name): \(spec.abstract)", "", "Usage: \(spec.usage)"]
        if !spec.aliases.isEmpty { lines.append("Also: " + spec.aliases.joined(separator: ", ")) }
        if let discussion = spec.discussion { lines += ["", discussion] }
        if !spec.arguments.isEmpty {
            lines += ["", "Arguments:"]
            let width = spec.arguments.map { $0.name.count + 2 }.max() ?? 0
            for argument in spec.arguments {
                lines.append("  " + "<\(argument.name)>".padded(to: width) + "  " + argument.help)
            }
        }
        var options = spec.options.map { option in
            (option.isFlag ? option.name : "\(option.name) <\(option.valueName ?? "")>",
             option.helpLine + (option.aliases.isEmpty ? "" : " (also " + option.aliases.joined(separator: ", ") + ")"))
        }
        options.append(("--json", "print the reply as one line of JSON"))
        options.append(("--chart", "also draw the reply's charts as text, where it has any"))
        lines += ["", "Options:"]
        let width = options.map(\.0.count).max() ?? 0
        for (name, help) in options { lines.append("  " + name.padded(to: width) + "  " + help) }
        if !spec.examples.isEmpty { lines += ["", "Examples:"] + spec.examples.map { "  " + $0 } }
        return Reply(
            blocks: [.text(lines.joined(separator: "\n"))],
            data: [("usage", .string(spec.usage)), ("abstract", .string(spec.abstract))])
    }

    private func overview(_ context: CommandContext) -> Reply {
        var categories: [String] = []
        var byCategory: [String: [CommandSpec]] = [:]
        for type in context.commands.types {
            let spec = type.spec
            if byCategory[spec.category] == nil { categories.append(spec.category) }
            byCategory[spec.category, default: []].append(spec)
        }
        let width = context.commands.types.map { $0.spec.name.count }.max() ?? 0
        var lines: [String] = []
        for category in categories {
            if !lines.isEmpty { lines.append("") }
            lines.append(category + ":")
            for spec in byCategory[category] ?? [] {
                lines.append("  " + spec.name.padded(to: width) + "  " + spec.abstract)
            }
        }
        lines += ["", "Type 'help <command>' for its arguments and options; add --json to any command for JSON, --chart for a text chart where it has one."]
        let list = JSONValue.array(context.commands.types.map { type in
            .object([("name", .string(type.spec.name)), ("abstract", .string(type.spec.abstract)),
                     ("usage", .string(type.spec.usage))])
        })
        return Reply(blocks: [.text(lines.joined(separator: "\n"))], data: [("commands", list)])
    }
}

extension String {
    /// The string padded with spaces on the right to a width.
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
