import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `access <borough> [--close <library>,…] [--hand-over <library>,…] [--across-boundaries]`: how many people live
/// within 1, 2 and 3 miles of a statutory library, and after closing or handing over libraries, who sees their
/// nearest statutory library move and how far at most, by the deprivation of their catchment.
struct AccessCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "access", abstract: "People within 1, 2 and 3 miles of a statutory library, and who moves if libraries close.",
        discussion: """
            Measured from the dataset's nearest-library catchments [S72] (inputs/library-locations.csv and
            inputs/library-catchments.csv; London's ship with the default workspace, 'import locations' and
            'import catchments' add England's). The catchments of an authority's libraries statutory in July 2016
            divide its people among them by straight-line distance in 0.1-mile bands, within the authority. Closing or
            handing over a library moves everyone in its catchment to the remaining statutory library nearest to it,
            of the same authority (or of any with --across-boundaries); the distance their journey grows is at most the
            distance between the two libraries (haversine), so the figures after a change are at least what they say.
            Libraries are named by key (Tab completes them), by name or by dataset id, separated by commas.
            """,
        category: "Boroughs",
        arguments: [ArgumentSpec("borough", "the authority's id, as in 'compare'", completion: .borough)],
        options: [closeOption.spec, handOverOption.spec, acrossFlag.spec],
        examples: [
            "access bexley", "access bexley --close crayford-library --hand-over welling-library",
            "access camden --close highgate-library --across-boundaries",
        ])

    /// `--close <library>,…`.
    static let closeOption = Option<String>.text("--close", value: "library,…", "libraries closed", completion: .library)
    /// `--hand-over <library>,…`.
    static let handOverOption = Option<String>.text(
        "--hand-over", value: "library,…", "libraries handed over to run outside the statutory service", completion: .library)
    /// `--across-boundaries`.
    static let acrossFlag = Flag("--across-boundaries", "reassign to the nearest remaining statutory library of any authority")

    let id: String
    let close: String?
    let handOver: String?
    let across: Bool

    init(parsing invocation: Invocation, context: CommandContext) throws {
        id = invocation.arguments[0]
        close = try invocation.value(Self.closeOption)
        handOver = try invocation.value(Self.handOverOption)
        across = invocation.flag(Self.acrossFlag)
    }

    func run(in context: CommandContext) throws -> Reply {
        let (libraries, catchments) = try context.libraryGeography(argument: "<borough>")
        let authorities = Dictionary(libraries.map { ($0.authorityID.rawValue, $0.authorityName) }, uniquingKeysWith: { first, _ in first })
        guard let authority = BoroughID(validating: id), let name = authorities[id] else {
            throw WorkbenchError(
                .notFound, "No library of '\(id)' in \(LocationsFile.path)." + Suggestions.didYouMean(id, in: authorities.keys.sorted()),
                hint: "The workspace locates the libraries of \(authorities.count) authorities; 'import locations <file>' adds more.",
                location: .init(argument: "<borough>"))
        }
        let statutory = libraries.filter { $0.authorityID == authority && $0.statutory2016 }
        let own = libraries.filter { $0.authorityID == authority }
        func named(_ text: String?, option: String) throws -> [LibraryLocation] {
            guard let text else { return [] }
            let found = try LibraryNames.resolve(text, option: option, among: own, authority: name)
            if let outside = found.first(where: { !$0.statutory2016 }) {
                throw WorkbenchError(
                    .invalidArgument,
                    "'\(outside.name)' was not a statutory library of \(name) in July 2016 (\(Self.status(outside))), so '\(option)' cannot take it out.",
                    hint: "Name libraries statutory in July 2016: \(LibraryNames.keys(statutory).joined(separator: ", ")).",
                    location: .init(argument: option))
            }
            return found
        }
        let closed = try named(close, option: Self.closeOption.name)
        let handed = try named(handOver, option: Self.handOverOption.name)
        if let both = closed.first(where: { library in handed.contains { $0.id == library.id } }) {
            throw WorkbenchError(
                .invalidArgument, "'\(both.name)' is both closed and handed over.", hint: "Name it under one of --close and --hand-over.",
                location: .init(argument: Self.handOverOption.name))
        }
        let scenario = AccessScenario(closed: closed.map(\.id), handedOver: handed.map(\.id), acrossBoundaries: across)
        guard let result = AccessMeasure.measure(authority: authority, libraries: libraries, catchments: catchments, scenario: scenario) else {
            throw WorkbenchError(.notFound, "No library of '\(id)' in \(LocationsFile.path).", location: .init(argument: "<borough>"))
        }
        return AccessReply.make(result, scenario: scenario)
    }

    /// How a library stood in July 2016, for messages: `community-run (CRL)`, `closed (XL)`, …
    static func status(_ library: LibraryLocation) -> String {
        if !library.closed.isEmpty { return "closed (\(library.closed))" }
        switch library.type2016.trimmingCharacters(in: "+") {
        case "CRL": return "community-run with council support (CRL)"
        case "ICL": return "an independent community library (ICL)"
        case "": return "not statutory"
        default: return library.type2016
        }
    }
}

extension String {
    /// The string without leading and trailing occurrences of a character.
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
