import WorkbenchCore
import WorkbenchReports

/// `calculators [<calculator>]`: the savings calculators with their parameters, defaults, ranges and sources.
struct CalculatorsCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "calculators", abstract: "List the savings calculators with their parameters, defaults and sources.",
        discussion: "Each parameter shows its most likely value, its low–high range when it is uncertain, the values "
            + "it accepts, and where the default comes from. Parameters without a default come from the borough's "
            + "profile. Override any of them in 'savings' as --<parameter> <value>.",
        category: "Options and savings",
        arguments: [ArgumentSpec("calculator", "show only this calculator", arity: .optional, completion: .calculator)],
        examples: ["calculators", "calculators shared-service"])

    let only: CalculatorID?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        if let text = invocation.argument(0) {
            only = try SavingsCommand.calculator(text, context: context).descriptor.id
        } else {
            only = nil
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        let entries = context.registry.calculators.values
            .filter { only == nil || $0.calculator.descriptor.id == only }
            .sorted { $0.calculator.descriptor.id < $1.calculator.descriptor.id }
        guard !entries.isEmpty else {
            return Reply(blocks: [.text("No savings calculators are registered.")])
        }
        var blocks: [ReplyBlock] = []
        for entry in entries {
            let descriptor = entry.calculator.descriptor
            var table = ReportTable(
                title: "\(descriptor.id) (\(entry.module)): \(descriptor.title). \(descriptor.summary)",
                columns: [
                    ReportColumn("parameter", "Parameter"), ReportColumn("default", "Default"), ReportColumn("range", "Range"),
                    ReportColumn("valid", "Valid"), ReportColumn("evidence", "Evidence"), ReportColumn("meaning", "Meaning"),
                ])
            var methods: [String] = []
            for parameter in descriptor.parameters {
                let format = { CalculatorParameterCheck.format($0, parameter.unit) }
                table.append([
                    .text("--" + parameter.id),
                    parameter.defaultValue.map { .described($0.value, text: format($0.value)) } ?? .text(parameter.id == "years" ? "workspace" : "profile"),
                    .text(parameter.range.map { "\(format($0.lowerBound))–\(format($0.upperBound))" } ?? ""),
                    .text("\(format(parameter.valid.lowerBound))–\(format(parameter.valid.upperBound))"),
                    .text(
                        parameter.defaultValue.map { $0.provenance.description }
                            ?? (parameter.id == "years" ? "the workspace's horizon" : "the borough's profile")),
                    .text(parameter.label),
                ])
                if let method = parameter.defaultValue?.provenance.method { methods.append("--\(parameter.id): \(method)") }
            }
            table.notes = methods
            blocks.append(.table(table))
        }
        let data: [(String, JSONValue)] = [
            ("calculators", .array(entries.map { entry in
                let descriptor = entry.calculator.descriptor
                return .object([
                    ("id", .string(descriptor.id.rawValue)), ("title", .string(descriptor.title)),
                    ("module", .string(entry.module.rawValue)), ("summary", .string(descriptor.summary)),
                    ("parameters", (try? JSONValue(encoding: descriptor.parameters)) ?? .null),
                ])
            }))
        ]
        return Reply(blocks: blocks, data: data)
    }
}
