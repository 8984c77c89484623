public import WorkbenchCore
import WorkbenchToolkit

/// The rules every borough module keeps, one case per concern, so that each borough's tests run them all as one
/// parameterised test (`@Test(arguments: BoroughModuleConformance.allCases)`) and a failure names the rule broken.
/// Reusable for a borough made from the `new-borough` template, whose figures are `.toBeFilled`: placeholders need
/// no source and are not range-checked.
public enum BoroughModuleConformance: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The descriptor id is a valid id equal to the profile's id, of kind borough, and the profile has a name.
    case identity
    /// `register(in:)` succeeds.
    case registration
    /// Every statistic, figure, arrangement, the branch list and the module's case studies cite a source unless they
    /// are to be filled; derived figures and estimates state a method; every tag is in the toolkit's sources list
    /// or one the module registers.
    case provenance
    /// Populations and areas are positive, figures are numbers, branches are listed once with 0 to 168 weekly hours
    /// and the year those hours refer to.
    case values
    /// The April 2010 and July 2016 library counts equal the branches marked statutory then, and the weekly hours the
    /// sum of the statutory 2016 branches' hours (once the branch list is filled in).
    case counts
    /// Every calculator the module registers passes `checkSavingsCalculator` for the borough alone, and every
    /// evaluator passes `checkEvaluator` on the module's own case studies.
    case components
    /// The descriptor and profile give the headline facts the borough's tests state (`BoroughHeadline`); nothing to
    /// check when they state none.
    case headline

    /// The rule's name, as Swift Testing shows the argument.
    public var description: String { rawValue }

    /// The problems with a module under this rule, as sentences; empty when it keeps the rule.
    ///
    /// - Parameters:
    ///   - module: the borough module.
    ///   - headline: the facts its tests state, for the `headline` rule.
    public func problems(_ module: some BoroughModule, headline: BoroughHeadline? = nil) -> [String] {
        switch self {
        case .headline: return headline?.problems(module) ?? []
        case .identity: return Self.identity(module)
        case .registration: return Self.registered(module).problems
        case .provenance: return Self.provenance(module)
        case .values: return Self.values(module.profile)
        case .counts: return Self.counts(module.profile)
        case .components: return Self.components(module)
        }
    }

    /// The subject of the borough alone, under the default assumptions (10 years from 2010/11).
    public static func inputs(_ profile: BoroughProfile) -> SubjectInputs {
        SubjectInputs(subject: Subject([profile.id]), profiles: [profile], assumptions: Assumptions())
    }

    private static func identity(_ module: some BoroughModule) -> [String] {
        var problems: [String] = []
        let descriptor = type(of: module).descriptor
        let profile = module.profile
        if !ModuleID.isValid(descriptor.id.rawValue) {
            problems.append(
                "The descriptor id '\(descriptor.id)' is not a valid id (lower-case letters, digits, single hyphens).")
        }
        if !BoroughID.isValid(profile.id.rawValue) {
            problems.append("The profile id '\(profile.id)' is not a valid id (lower-case letters, digits, single hyphens).")
        }
        if descriptor.id.rawValue != profile.id.rawValue {
            problems.append("The descriptor id '\(descriptor.id)' differs from the profile's id '\(profile.id)'.")
        }
        if descriptor.kind != .borough {
            problems.append("The descriptor's kind is '\(descriptor.kind.rawValue)', not 'borough'.")
        }
        if profile.name.trimmingWhitespace().isEmpty {
            problems.append("The profile has no name.")
        }
        return problems
    }

    /// What the module registers (as far as it got) and the failure, if `register(in:)` threw.
    private static func registered(_ module: some BoroughModule) -> (registrar: Registrar, problems: [String]) {
        var registrar = Registrar(module: type(of: module).descriptor.id)
        do {
            try module.register(in: &registrar)
        } catch {
            return (registrar, ["register(in:) threw: \(error)."])
        }
        return (registrar, [])
    }

    private static func provenance(_ module: some BoroughModule) -> [String] {
        var problems: [String] = []
        let profile = module.profile
        let registrar = registered(module).registrar
        let knownTags = SourceList.tags.union(registrar.sources.map(\.tag))
        var cited: [(what: String, provenance: Provenance)] = []
        let statistics = profile.statistics
        if let value = statistics.population { cited.append(("statistic 'population'", value.provenance)) }
        if let value = statistics.hectares { cited.append(("statistic 'hectares'", value.provenance)) }
        if let value = statistics.deprivation { cited.append(("statistic 'deprivation'", value.provenance)) }
        if let value = statistics.ages { cited.append(("statistic 'ages'", value.provenance)) }
        if let value = statistics.libraries2010 { cited.append(("statistic 'libraries2010'", value.provenance)) }
        if let value = statistics.libraries2016 { cited.append(("statistic 'libraries2016'", value.provenance)) }
        if let value = statistics.weeklyHours { cited.append(("statistic 'weeklyHours'", value.provenance)) }
        if let value = statistics.annualSpend { cited.append(("statistic 'annualSpend'", value.provenance)) }
        cited.append(("the branch list (librariesSource)", profile.librariesSource))
        for figure in profile.figures { cited.append(("figure '\(figure.key)' (\(figure.label))", figure.provenance)) }
        for arrangement in profile.arrangements {
            cited.append(("arrangement '\(arrangement.title)'", arrangement.provenance))
        }
        for caseStudy in registrar.caseStudies {
            let name = "case study '\(caseStudy.id)'"
            if caseStudy.sources.isEmpty { problems.append("The \(name) lists no sources.") }
            for tag in caseStudy.sources where !knownTags.contains(tag) {
                problems.append("The \(name) lists \(tag), which is not in the toolkit's sources list.")
            }
            if let dates = caseStudy.datesProvenance { cited.append(("\(name)'s dates", dates)) }
            for figure in caseStudy.planned + caseStudy.reported + caseStudy.scale {
                cited.append(("\(name) figure '\(figure.measure)'", figure.provenance))
            }
            for measure in caseStudy.measures {
                cited.append(("\(name) measure '\(measure.measure)'", measure.provenance))
            }
        }
        for calculator in registrar.calculators {
            for parameter in calculator.descriptor.parameters {
                if let value = parameter.defaultValue {
                    cited.append(("calculator '\(calculator.descriptor.id)' default of --\(parameter.id)", value.provenance))
                }
            }
        }
        for (what, provenance) in cited {
            if provenance.kind != .toBeFilled, provenance.sources.isEmpty {
                problems.append("The \(what) cites no source tag; every figure needs one unless it is to be filled.")
            }
            if provenance.kind == .derived || provenance.kind == .estimate {
                if (provenance.method ?? "").trimmingWhitespace().isEmpty {
                    problems.append("The \(what) is \(provenance.kind.rawValue) but states no method.")
                }
            }
            for tag in provenance.sources where !knownTags.contains(tag) {
                problems.append("The \(what) cites \(tag), which is not in the toolkit's sources list.")
            }
        }
        return problems
    }

    private static func isFilled<T>(_ value: Sourced<T>?) -> Sourced<T>? {
        guard let value, value.provenance.kind != .toBeFilled else { return nil }
        return value
    }

    private static func values(_ profile: BoroughProfile) -> [String] {
        var problems: [String] = []
        let statistics = profile.statistics
        if let population = isFilled(statistics.population), !(population.value > 0 && population.value.isFinite) {
            problems.append("The population \(population.value) is not a positive number.")
        }
        if let hectares = isFilled(statistics.hectares), !(hectares.value > 0 && hectares.value.isFinite) {
            problems.append("The area \(hectares.value) hectares is not a positive number.")
        }
        for figure in profile.figures where figure.provenance.kind != .toBeFilled {
            if !figure.value.isFinite {
                problems.append("The figure '\(figure.key)' has the value \(figure.value), which is not a number.")
            }
            if figure.key == .census2011Population, !(figure.value > 0) {
                problems.append("The 2011 Census population \(figure.value) is not a positive number.")
            }
        }
        var names = Set<String>()
        for branch in profile.libraries {
            if !names.insert(branch.name).inserted {
                problems.append("The branch '\(branch.name)' is listed twice.")
            }
            if let hours = branch.weeklyHours {
                if !(0...168).contains(hours) {
                    problems.append("The branch '\(branch.name)' has \(hours) weekly hours; a week has 0 to 168.")
                }
                if branch.hoursYear == nil {
                    problems.append("The branch '\(branch.name)' gives weekly hours without the year they refer to.")
                }
            }
        }
        return problems
    }

    private static func counts(_ profile: BoroughProfile) -> [String] {
        var problems: [String] = []
        let statistics = profile.statistics
        // A new borough's statistics may come from the dataset before its branches are listed.
        guard profile.librariesSource.kind != .toBeFilled else { return [] }
        if let count = isFilled(statistics.libraries2010) {
            let branches = profile.libraries.filter(\.statutory2010).count
            if count.value != branches {
                problems.append(
                    "libraries2010 is \(count.value) but \(branches) branches are marked statutory in April 2010.")
            }
        }
        if let count = isFilled(statistics.libraries2016) {
            let branches = profile.libraries.filter(\.statutory2016).count
            if count.value != branches {
                problems.append(
                    "libraries2016 is \(count.value) but \(branches) branches are marked statutory in July 2016.")
            }
        }
        if let hours = isFilled(statistics.weeklyHours) {
            let statutory = profile.libraries.filter(\.statutory2016)
            let known = statutory.compactMap(\.weeklyHours)
            if known.count == statutory.count {
                let total = known.reduce(0, +)
                if Swift.abs(total - hours.value) > 0.01 {
                    problems.append(
                        "weeklyHours is \(hours.value) but the statutory 2016 branches' hours sum to \(total).")
                }
            }
        }
        return problems
    }

    private static func components(_ module: some BoroughModule) -> [String] {
        let registrar = registered(module).registrar
        let profile = module.profile
        var problems: [String] = []
        for calculator in registrar.calculators {
            problems += checkSavingsCalculator(calculator, inputs: inputs(profile))
        }
        for evaluator in registrar.evaluators {
            problems += checkEvaluator(evaluator, cases: registrar.caseStudies, partners: [profile])
        }
        return problems
    }
}
