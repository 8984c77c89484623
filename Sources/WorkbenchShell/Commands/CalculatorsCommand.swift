import WorkbenchCore
import WorkbenchReports

/// `calculators [<calculator>]`: the savings calculators with their parameters, defaults, ranges and sources.
struct CalculatorsCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "calculators", abstract: "List the savings calculators with their parameters, defaults and sources.",
        discussion: "Each parameter shows its most likely value, its low–high range when it is uncertain, the values "
            + "it accepts, and where the default comes from. Parameters without a default come from the borough's "
            + "profile. Defaults in pounds are shown, and used, in the workspace's price base year, restated from their "
            + "sources' years with HM Treasury's GDP deflator; a value you give is taken as money of that year. "
            + "Override any of them in 'savings' as --<parameter> <value>.",
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
        let base = context.assumptions.priceBaseYear
        var resolvedByID: [CalculatorID: ResolvedParameters] = [:]
        for entry in entries {
            let descriptor = entry.calculator.descriptor
            // The defaults and ranges as a costing reads them: in the price base's prices.
            let resolved = try ResolvedParameters(descriptor, ParameterValues(), priceBase: base)
            resolvedByID[descriptor.id] = resolved
            var table = ReportTable(
                title: "\(descriptor.id) (\(entry.module)): \(descriptor.title). \(descriptor.summary) Money in \(base) prices.",
                columns: [
                    ReportColumn("parameter", "Parameter"), ReportColumn("default", "Default"), ReportColumn("range", "Range"),
                    ReportColumn("valid", "Valid"), ReportColumn("evidence", "Evidence"), ReportColumn("meaning", "Meaning"),
                ])
            var methods: [String] = []
            for parameter in descriptor.parameters {
                let format = { CalculatorParameterCheck.format($0, parameter.unit) }
                let value = resolved.defaultValue(of: parameter)
                table.append([
                    .text("--" + parameter.id),
                    value.map { .described($0.value, text: format($0.value)) } ?? .text(parameter.id == "years" ? "workspace" : "profile"),
                    .text(resolved.range(of: parameter).map { "\(format($0.lowerBound))–\(format($0.upperBound))" } ?? ""),
                    .text("\(format(parameter.valid.lowerBound))–\(format(parameter.valid.upperBound))"),
                    .text(
                        value.map { $0.provenance.description }
                            ?? (parameter.id == "years" ? "the workspace's horizon" : "the borough's profile")),
                    .text(parameter.label),
                ])
                if let method = value?.provenance.method { methods.append("--\(parameter.id): \(method)") }
            }
            table.notes = methods
            if descriptor.parameters.contains(where: { resolved.range(of: $0) != $0.range }) {
                table.notes.append(
                    "Ranges in pounds move with their default's restatement: their ends are read as money of the "
                        + "default's year, whatever year each end's own source gives.")
            }
            blocks.append(.table(table))
        }
        // `parameters` are the descriptors as declared, their defaults in their sources' prices;
        // `defaults_in_price_base` are the defaults a costing uses.
        let data: [(String, JSONValue)] = [
            ("calculators", .array(entries.map { entry in
                let descriptor = entry.calculator.descriptor
                return .object([
                    ("id", .string(descriptor.id.rawValue)), ("title", .string(descriptor.title)),
                    ("module", .string(entry.module.rawValue)), ("summary", .string(descriptor.summary)),
                    ("parameters", (try? JSONValue(encoding: descriptor.parameters)) ?? .null),
                    ("price_base", .string(base.description)),
                    ("defaults_in_price_base", .array(resolvedByID[descriptor.id].map { resolved in
                        descriptor.parameters.compactMap { parameter in
                            resolved.defaultValue(of: parameter).map {
                                JSONValue.object([("id", .string(parameter.id)), ("value", .number($0.value))])
                            }
                        }
                    } ?? [])),
                ])
            }))
        ]
        return Reply(blocks: blocks, data: data)
    }
}
