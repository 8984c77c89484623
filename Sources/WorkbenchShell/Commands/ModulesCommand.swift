import WorkbenchCore
import WorkbenchReports

/// `modules`: the compiled-in modules with version and what each registers.
struct ModulesCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "modules", abstract: "List the loaded modules (boroughs and toolkit) and what each registers.")

    init(parsing invocation: Invocation, context: CommandContext) throws {}

    func run(in context: CommandContext) throws -> Reply {
        var table = ReportTable(
            title: "Loaded modules",
            columns: [
                ReportColumn("id", "Module"), ReportColumn("kind", "Kind"), ReportColumn("version", "Version"),
                ReportColumn("name", "Name"), ReportColumn("registers", "Registers"),
            ])
        var modules: [JSONValue] = []
        for entry in context.registry.entries {
            let descriptor = entry.module.descriptor
            var registers = entry.registrar.summary.map { "\($0.count) \($0.kind)" }
            if entry.module is any BoroughModule { registers.insert("profile", at: 0) }
            let summary = registers.isEmpty ? "–" : registers.joined(separator: ", ")
            table.append([
                .text(descriptor.id.rawValue), .text(descriptor.kind.rawValue), .text(descriptor.version),
                .text(descriptor.name), .text(summary),
            ])
            modules.append(.object([
                ("id", .string(descriptor.id.rawValue)), ("kind", .string(descriptor.kind.rawValue)),
                ("version", .string(descriptor.version)), ("name", .string(descriptor.name)),
                ("registers", .object(entry.registrar.summary.map { (ReportTable.snakeCase($0.kind), .number(Double($0.count))) })),
            ]))
        }
        let boroughs = context.registry.boroughIDs.map { JSONValue.string($0.rawValue) }
        return Reply(blocks: [.table(table)], data: [("modules", .array(modules)), ("boroughs", .array(boroughs))])
    }
}
