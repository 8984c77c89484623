import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// `irr <flows>…`: every real internal rate of return of a flow list.
struct IRRCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "irr", abstract: "Internal rate of return of a list of flows: every real root, or none.",
        discussion: """
            Finds every rate above -100% at which the NPV of the flows is zero. Flows that change sign more than once
            can have several such rates or none; the reply says so, and then the NPV at the discount rate is the guide.
            Amounts as 36000, 36,000, £36,000, 36k or 1.2m; an amount followed by x<n> repeats it n times; negative
            amounts are costs. A root just above -100% is shown with the places it needs to read as above.
            """,
        category: "Appraisal",
        arguments: [ArgumentSpec("flows", "amounts from year 0, such as -180000 36000x10", arity: .oneOrMore)],
        examples: ["irr -180000 36000x10", "irr -100 230 -132"])

    let flows: [Double]

    init(parsing invocation: Invocation, context: CommandContext) throws {
        flows = try CalculatorArguments.flows(invocation.arguments)
    }

    func run(in context: CommandContext) throws -> Reply {
        let irr = InternalRateOfReturn.solve(flows)
        let headline: String
        switch irr.outcome {
        case .none:
            headline = "No internal rate of return"
        case .unique(let rate):
            headline = "IRR \(Self.format(rate))"
        case .multiple(let rates):
            headline = "\(rates.count) internal rates of return: " + rates.map(Self.format).joined(separator: ", ")
        }
        return Reply(
            blocks: [.text(headline), .note(irr.explanation)],
            data: [
                ("outcome", .string(irr.outcomeName)), ("roots", .array(irr.roots.map { .number($0.fraction) })),
                ("sign_changes", .number(Double(irr.signChanges))), ("explanation", .string(irr.explanation)),
            ])
    }

    /// A rate to two decimal places of a per cent, trailing zeros dropped: `15.1%`, `10%`; a root just above −100%
    /// with the places it needs to read as above (`-99.99999990596%`).
    static func format(_ rate: Rate) -> String { InternalRateOfReturn.display(rate, decimals: 2) }
}
