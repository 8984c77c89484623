import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `figure set|list|unset`: the analyst's own figures for an authority, kept in the workspace (`inputs/figures.json`)
/// and preferred over the module's figure for that authority by every command.
struct FigureCommand: ShellCommand {
    /// The subcommands.
    static let actions = ["set", "list", "unset"]

    static let spec = CommandSpec(
        name: "figure", abstract: "Enter, list or remove the analyst's own figures for an authority (budget, posts, …).",
        discussion: """
            'figure set <authority> <figure> <value>' keeps a figure in the workspace (inputs/figures.json) with its
            year (default: the workspace's price base year) and its source as you give it. Every command then reads it
            in place of the module's figure for that authority only, and shows it as "entered": savings, appraise,
            simulate, partners, shares, portfolio, proposal, support, compare, borough and report. A figure typed as a
            calculator option (--library-budget) still wins for that one command. 'figure list [<authority>]' shows
            the entered figures; 'figure unset <authority> <figure>' removes one. 'check' validates them all.
            Figures: \(EnteredFigure.definitions.map(\.key.rawValue).joined(separator: ", ")).
            """,
        category: "Workspace",
        arguments: [
            ArgumentSpec("action", "set, list or unset", completion: .values(actions)),
            ArgumentSpec("authority", "an authority's id (for list: only its figures)", arity: .optional, completion: .borough),
            ArgumentSpec(
                "figure", "what the figure measures", arity: .optional,
                completion: .values(EnteredFigure.definitions.map(\.key.rawValue))),
            ArgumentSpec("value", "the value in the figure's unit (pounds, posts, hours, FTE): 4,500,000, £4.5m, 12", arity: .optional),
        ],
        options: [yearOption.spec, sourceOption.spec],
        examples: [
            "figure set merton library-budget 4,500,000 --year 2010/11 --source \"Merton budget book 2010/11\"",
            "figure set merton back-office-posts 12 --source \"Merton staffing return 2010/11\"",
            "figure list merton",
            "figure unset merton library-budget",
        ],
        effects: .workspace)

    static var changesWorkspace: Bool { true }

    /// `--year`.
    static let yearOption = Option<FinancialYear>(
        "--year", value: "year", "the financial year the figure refers to (default: the price base year)",
        accepts: "a financial year from 1990/91 to 2040/41"
    ) { text in
        try FinancialYear.read(
            text, argument: "--year", in: FinancialYear(startYear: 1990)...FinancialYear(startYear: 2040),
            expected: "a financial year from 1990/91 to 2040/41")
    }
    /// `--source`.
    static let sourceOption = Option<String>(
        "--source", value: "text", "where the figure comes from, as you would cite it", accepts: "a non-empty text"
    ) { text in
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw WorkbenchError.invalid("--source", text, expected: "a non-empty text") }
        return trimmed
    }

    /// What the resolver will make of an amount of money of another year than the price base: the amount it will
    /// use, restated with HM Treasury's GDP deflator [S82], or that it cannot be converted and why; empty otherwise.
    static func priceNote(_ figure: EnteredFigure, base: FinancialYear) -> String {
        let entered = figure.profileFigure
        guard entered.unit == .pounds, figure.year != base else { return "" }
        let deflator = PriceDeflator.hmTreasuryGDP
        let restated = deflator.restating(entered.value, entered.provenance, to: base)
        if restated.provenance.prices != nil {
            return "; commands use it as \(MoneyFormat.compact(restated.value)) in \(base) prices (HM Treasury's GDP deflator [S82])"
        }
        return "; " + deflator.notConverted(from: figure.year, to: base) + ", so commands use it as entered and say so"
    }

    private enum Action {
        case set(EnteredFigure)
        case list(BoroughID?)
        case unset(BoroughID, ProfileFigure.Key)
    }

    private let action: Action

    init(parsing invocation: Invocation, context: CommandContext) throws {
        let verb = invocation.arguments[0]
        switch verb {
        case "list":
            try Self.refuseExtra(invocation, from: 2, verb: verb)
            action = .list(try invocation.argument(1).map { try context.authority($0, argument: "<authority>").id })
        case "unset":
            try Self.refuseExtra(invocation, from: 3, verb: verb)
            let authority = try context.authority(try Self.required(invocation, 1, "authority", verb: verb), argument: "<authority>")
            let definition = try Self.definition(try Self.required(invocation, 2, "figure", verb: verb))
            action = .unset(authority.id, definition.key)
        case "set":
            let authority = try context.authority(try Self.required(invocation, 1, "authority", verb: verb), argument: "<authority>")
            let definition = try Self.definition(try Self.required(invocation, 2, "figure", verb: verb))
            let text = try Self.required(invocation, 3, "value", verb: verb)
            let value = try Self.value(text, for: definition)
            let year = try invocation.value(Self.yearOption) ?? context.assumptions.priceBaseYear
            action = .set(EnteredFigure(
                authority: authority.id, key: definition.key, value: value, year: year, source: try invocation.value(Self.sourceOption)))
        default:
            throw WorkbenchError(
                .invalidArgument, "Unknown figure action '\(verb)'." + Suggestions.didYouMean(verb, in: Self.actions),
                hint: "Actions: \(Self.actions.joined(separator: ", ")).", location: .init(argument: "<action>"))
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        switch action {
        case .set(let figure):
            let replaced = try context.workspace.setEnteredFigure(figure)
            let label = figure.definition?.label ?? figure.key.rawValue
            var text = "Entered \(figure.authority)'s \(label.lowercased()): \(figure.profileFigure.formattedValue) for \(figure.year)"
                + ", source: " + (figure.source ?? "not given")
            if let replaced { text += ", in place of the entered \(replaced.profileFigure.formattedValue) (\(replaced.year))" }
            text += Self.priceNote(figure, base: context.workspace.manifest.assumptions.priceBaseYear)
            return Reply(blocks: [.text(text + ".")], data: [("figure", Self.json(figure)), ("replaced", replaced.map(Self.json) ?? .null)])
        case .unset(let authority, let key):
            guard let removed = try context.workspace.unsetEnteredFigure(authority: authority, key: key) else {
                throw WorkbenchError(
                    .notFound, "\(authority) has no entered '\(key)' figure.",
                    hint: "See 'figure list \(authority)' for its entered figures.", location: .init(argument: "<figure>"))
            }
            return Reply(
                blocks: [.text("Removed \(authority)'s entered \(key) (\(removed.profileFigure.formattedValue), \(removed.year)); the module's figure, if any, applies again.")],
                data: [("figure", Self.json(removed))])
        case .list(let authority):
            let figures = try context.workspace.enteredFigures().filter { authority == nil || $0.authority == authority }
            var table = ReportTable(
                title: "Entered figures" + (authority.map { " of \($0)" } ?? ""),
                columns: [
                    ReportColumn("authority", "Authority"), ReportColumn("figure", "Figure"), ReportColumn("value", "Value"),
                    ReportColumn("year", "Year"), ReportColumn("evidence", "Evidence"), ReportColumn("source", "Source"),
                ])
            for figure in figures {
                table.append([
                    .text(figure.authority.rawValue), .text(figure.key.rawValue), .text(figure.profileFigure.formattedValue),
                    .text(figure.year.description), .text(EvidenceKind.entered.rawValue), .text(figure.source ?? "not given"),
                ])
            }
            if figures.isEmpty { table.notes = ["No entered figures. Add one with 'figure set <authority> <figure> <value>'."] }
            return Reply(blocks: [.table(table)], data: [("figures", .array(figures.map(Self.json)))])
        }
    }

    private static func json(_ figure: EnteredFigure) -> JSONValue {
        .object([
            ("authority", .string(figure.authority.rawValue)), ("figure", .string(figure.key.rawValue)),
            ("value", .number(figure.value)), ("year", .string(figure.year.description)),
            ("source", figure.source.map(JSONValue.string) ?? .null), ("evidence", .string(EvidenceKind.entered.rawValue)),
        ])
    }

    private static func definition(_ text: String) throws -> EnteredFigure.Definition {
        let known = EnteredFigure.definitions.map(\.key.rawValue)
        guard let definition = EnteredFigure.definition(of: ProfileFigure.Key(text)) else {
            throw WorkbenchError(
                .invalidArgument, "'\(text)' is not a figure that can be entered." + Suggestions.didYouMean(text, in: known),
                hint: "Figures: \(known.joined(separator: ", ")).", location: .init(argument: "<figure>"))
        }
        return definition
    }

    private static func value(_ text: String, for definition: EnteredFigure.Definition) throws -> Double {
        let value: Double
        switch definition.unit {
        case .pounds: value = try Money.read(text, argument: "<value>", expected: definition.expected).pounds
        case .count, .hours, .fte: value = try Double.read(text, argument: "<value>", expected: definition.expected)
        }
        guard value.isFinite, definition.range.contains(value) else {
            throw WorkbenchError.invalid("<value>", text, expected: definition.expected)
        }
        return value
    }

    private static func required(_ invocation: Invocation, _ index: Int, _ name: String, verb: String) throws -> String {
        guard let text = invocation.argument(index) else {
            throw WorkbenchError(
                .invalidArgument, "'figure \(verb)' needs <\(name)>.",
                hint: "See 'help figure' for examples.", location: .init(argument: "<\(name)>"))
        }
        return text
    }

    private static func refuseExtra(_ invocation: Invocation, from index: Int, verb: String) throws {
        if let extra = invocation.argument(index) {
            throw WorkbenchError(
                .invalidArgument, "'figure \(verb)' takes no '\(extra)'.", hint: "See 'help figure' for examples.",
                location: .init(argument: extra))
        }
    }
}
