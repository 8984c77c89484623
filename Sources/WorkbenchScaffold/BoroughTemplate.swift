public import WorkbenchCore

/// The source files of a new borough module: a module that compiles, a profile whose figures are marked to be
/// filled in (or pre-filled from the imported datasets, each figure sourced), and a test that runs the shared module
/// checker.
public struct BoroughTemplate {
    /// The module's Swift name (`Hackney`).
    public let name: String
    /// The borough id (`hackney`).
    public let id: BoroughID
    /// Statistics from the imported datasets, when `--from-dataset` found them.
    public let statistics: AuthorityStatistics?
    /// Branches from the imported libraries dataset, when found.
    public let libraries: [LibraryBranch]

    /// Makes the template of a new borough module.
    public init(name: String, id: BoroughID, statistics: AuthorityStatistics?, libraries: [LibraryBranch]) {
        self.name = name
        self.id = id
        self.statistics = statistics
        self.libraries = libraries
    }

    /// `Plugins/<Name>/Sources/<Name>Module.swift`.
    public var moduleSource: String {
        """
        public import WorkbenchCore

        /// The library authority \(name): its profile and its own components.
        public struct \(name)Module: BoroughModule {
            /// Makes the module; it holds no state.
            public init() {}

            /// The module's metadata.
            public static let descriptor = ModuleDescriptor(
                id: \(literal(id.rawValue)), name: \(literal(statistics?.name ?? name)), version: "0.1.0",
                summary: \(literal("\(statistics?.name ?? name): a borough module added with new-borough; complete its profile.")))

            /// \(name)'s statistics, branches, known figures and arrangements.
            public var profile: BoroughProfile { \(name)Profile.profile }

            /// Registers \(name)'s own components (case studies, calculators, framework rules, evaluators).
            public func register(in registrar: inout Registrar) throws {}
        }

        """
    }

    /// `Plugins/<Name>/Sources/<Name>Profile.swift`.
    public var profileSource: String {
        var lines: [String] = [
            "import WorkbenchCore",
            "",
            "/// \(name)'s profile. Figures marked TO FILL IN need a value and a source tag from the domain reference;",
            "/// figures written by `new-borough --from-dataset` come from the imported DCMS/ONS datasets [S71][S72].",
            "enum \(name)Profile {",
            "    static let profile = BoroughProfile(",
            "        statistics: statistics,",
            "        libraries: libraries,",
            "        librariesSource: \(libraries.isEmpty ? ".init(.toBeFilled, [], method: \"TO FILL IN: list the libraries from the DCMS basic dataset [S71]\")" : ".derived(\"S71\", period: \"April 2010 and July 2016\", method: \"rows of the imported DCMS/Libraries Taskforce basic dataset\")"),",
            "        figures: [",
            "            // TO FILL IN: every figure the calculators read. Uncomment a line once it has a value and the tag of",
            "            // its source in the domain reference (replace S?? with the tag, such as S27; never another borough's).",
        ] + BoroughTemplate.figureLines + [
            "        ],",
            "        arrangements: [",
            "            // TO FILL IN: consortium membership, shared services, community-run libraries, each with its year.",
            "        ],",
            "        notes: [\(literal(statistics == nil ? "Every figure is still to be filled in." : "Statistics and branches pre-filled from the imported datasets; budgets, savings and arrangements are still to be filled in."))])",
            "",
        ]
        lines += statisticsLines
        lines.append("")
        lines.append("    static let libraries: [LibraryBranch] = [")
        if libraries.isEmpty {
            lines.append("        // TO FILL IN: LibraryBranch(name: \"Central Library\", postcode: \"…\", weeklyHours: 50),")
        }
        for branch in libraries {
            var arguments = ["name: \(literal(branch.name))", "postcode: \(literal(branch.postcode))"]
            if !branch.statutory2010 { arguments.append("statutory2010: false") }
            if !branch.statutory2016 { arguments.append("statutory2016: false") }
            if let operation = branch.operation2016 {
                if operation != .localAuthority { arguments.append("operation2016: .\(caseName(operation))") }
            } else {
                arguments.append("operation2016: nil")
            }
            if branch.sharedSpace2016 { arguments.append("sharedSpace2016: true") }
            if let hours = branch.weeklyHours { arguments.append("weeklyHours: \(number(hours))") }
            if let change = branch.change, !change.isEmpty { arguments.append("change: \(literal(change))") }
            lines.append("        LibraryBranch(\(arguments.joined(separator: ", "))),")
        }
        lines.append("    ]")
        lines.append("}")
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// `Tests/<Name>Tests/<Name>ModuleTests.swift`.
    public var testSource: String {
        """
        import \(name)
        import Testing
        import WorkbenchCore
        import WorkbenchTestSupport

        /// \(name) keeps every rule of a borough module (Swift Testing, one test per rule).
        struct \(name)ModuleTests {
            @Test(arguments: BoroughModuleConformance.allCases)
            func keepsTheRule(_ rule: BoroughModuleConformance) {
                #expect(rule.problems(\(name)Module()) == [])
            }

            @Test func identity() {
                #expect(\(name)Module.descriptor.id == \(literal(id.rawValue)))
                #expect(\(name)Module().profile.id == \(literal(id.rawValue)))
            }
        }

        """
    }

    /// One commented placeholder per profile figure the calculators and `compare` read: what it is, who reads it,
    /// and a source tag to fill (`S??`), so a new borough borrows no other borough's source.
    static let figureTemplates: [(key: String, label: String, value: String, unit: String, readBy: String)] = [
        ("libraryBudget", "Library budget", "0", "pounds",
         "the library service's annual revenue budget; read by shared-service (when posts are not known), stock-consortium (when stock spend is not known), trust-or-provider, network-change, shared-whole-service and partners' library-spend driver"),
        ("backOfficePosts", "Management and back-office posts", "0", "count",
         "management and back-office posts; read by shared-service and shares' back-office-posts driver"),
        ("backOfficeCost", "Management and back-office cost", "0", "pounds",
         "the annual cost of management and back-office functions; read by shares' back-office-cost driver"),
        ("staffFTE", "Library staff (FTE)", "0", "fte", "full-time-equivalent library staff; read by shares' staff driver"),
        ("stockSpend", "Stock spend", "0", "pounds", "annual spend on stock; read by stock-consortium and partners' stock driver"),
        ("savings", "Savings target", "0", "pounds", "a savings target or achieved saving; shown by appraise beside the calculated saving"),
    ]

    /// The figure placeholders as lines of the profile source.
    static var figureLines: [String] {
        figureTemplates.flatMap { figure in
            [
                "            // \(figure.label): \(figure.readBy).",
                "            // ProfileFigure(.\(figure.key), \"\(figure.label)\", \(figure.value), .\(figure.unit), .published(\"S??\", period: \"2010/11\")),",
            ]
        }
    }

    /// The placeholder for the annual spend that `compare` divides by the population for spend per head.
    static let annualSpendLines = [
        "        // annualSpend: Sourced(Money(pounds: 0), .published(\"S??\", period: \"2010/11\")),",
        "        //   TO FILL IN (after a comma on the line above): the library service's annual spend, which compare",
        "        //   divides by the population for spend per head.",
    ]

    private var statisticsLines: [String] {
        guard let s = statistics else {
            return [
                "    static let statistics = AuthorityStatistics(",
                "        id: \(literal(id.rawValue)), name: \(literal(name)), onsCode: nil, isLondon: true",
                "        // TO FILL IN from the authorities dataset [S72] and the libraries dataset [S71]:",
                "        // population: Sourced(300_000, .published(\"S72\", period: \"mid-2015\")),",
                "        // hectares: …, deprivation: …, ages: …, libraries2010: …, libraries2016: …, weeklyHours: …",
            ] + BoroughTemplate.annualSpendLines + ["    )"]
        }
        var parts: [String] = [
            "        id: \(literal(id.rawValue)), name: \(literal(s.name)), onsCode: \(s.onsCode.map(literal) ?? "nil"), isLondon: \(s.isLondon)",
        ]
        if let p = s.population { parts.append("        population: Sourced(\(number(p.value)), \(provenance(p.provenance)))") }
        if let h = s.hectares { parts.append("        hectares: Sourced(\(number(h.value)), \(provenance(h.provenance)))") }
        if let d = s.deprivation {
            let v = d.value
            parts.append("""
                        deprivation: Sourced(
                            DeprivationScores(
                                multiple: \(number(v.multiple)), income: \(number(v.income)), employment: \(number(v.employment)), education: \(number(v.education)),
                                health: \(number(v.health)), crime: \(number(v.crime)), housing: \(number(v.housing)), environment: \(number(v.environment))),
                            \(provenance(d.provenance)))
                """)
        }
        if let a = s.ages {
            parts.append("        ages: Sourced(AgeProfile(dependentChildren: \(number(a.value.dependentChildren)), workingAge: \(number(a.value.workingAge)), overSixty: \(number(a.value.overSixty))), \(provenance(a.provenance)))")
        }
        if let l = s.libraries2010 { parts.append("        libraries2010: Sourced(\(l.value), \(provenance(l.provenance)))") }
        if let l = s.libraries2016 { parts.append("        libraries2016: Sourced(\(l.value), \(provenance(l.provenance)))") }
        if let w = s.weeklyHours { parts.append("        weeklyHours: Sourced(\(number(w.value)), \(provenance(w.provenance)))") }
        return ["    static let statistics = AuthorityStatistics("] + [parts.joined(separator: ",\n")]
            + BoroughTemplate.annualSpendLines + ["    )"]
    }

    private func provenance(_ p: Provenance) -> String {
        let sources = p.sources.map { literal($0.rawValue) }.joined(separator: ", ")
        return "Provenance(.\(caseName(p.kind)), [\(sources)], period: \(p.period.map(literal) ?? "nil"), method: \(p.method.map(literal) ?? "nil"))"
    }

    private func caseName(_ kind: EvidenceKind) -> String {
        switch kind {
        case .published: return "published"
        case .derived: return "derived"
        case .estimate: return "estimate"
        case .toBeFilled: return "toBeFilled"
        case .entered: return "entered"
        }
    }

    private func caseName(_ operation: LibraryBranch.Operation) -> String {
        switch operation {
        case .localAuthority: return "localAuthority"
        case .communityRun: return "communityRun"
        case .independentCommunity: return "independentCommunity"
        case .commissioned: return "commissioned"
        case .closed: return "closed"
        case .temporarilyClosed: return "temporarilyClosed"
        }
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() && Swift.abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// A Swift string literal with quotes, backslashes and control characters escaped.
    private func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
