/// `quit`: ends the session (Ctrl-D does the same).
struct QuitCommand: ShellCommand {
    static let spec = CommandSpec(name: "quit", aliases: ["exit"], abstract: "End the session (Ctrl-D does the same).")

    init(parsing invocation: Invocation, context: CommandContext) throws {}

    func run(in context: CommandContext) throws -> Reply {
        var reply = Reply(blocks: [])
        reply.endsSession = true
        return reply
    }
}
