public import WorkbenchCore
import WorkbenchToolkit
import XCTest

/// Checks a borough module against the rules every borough must keep, failing the calling test with one clear
/// message per problem. Reusable for a borough made from the `new-borough` template, whose figures are
/// `.toBeFilled`: placeholders need no source and are not range-checked.
///
/// It checks that the descriptor id is a valid id equal to the profile's id; that `register(in:)` succeeds; that the
/// April 2010 and July 2016 library counts equal the branches marked statutory then, and the weekly hours the sum
/// of the statutory 2016 branches' hours; that every statistic, figure, arrangement and the branch list cite a
/// source unless they are to be filled; that derived figures and estimates state a method; that every tag cited is
/// in the toolkit's sources list (or one the module registers itself); that populations and areas are positive;
/// and that branch weekly hours lie between 0 and 168. Case studies the module registers are held to the same
/// source and method rules.
public func checkBoroughModule(_ module: some BoroughModule, file: StaticString = #filePath, line: UInt = #line) {
    for problem in boroughModuleProblems(module) {
        XCTFail("\(type(of: module)): \(problem)", file: file, line: line)
    }
}

/// The problems `checkBoroughModule` reports, as sentences; empty when the module keeps every rule.
public func boroughModuleProblems(_ module: some BoroughModule) -> [String] {
    var problems: [String] = []
    let descriptor = type(of: module).descriptor
    let profile = module.profile

    // Identity.
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

    // Registration.
    var registrar = Registrar(module: descriptor.id)
    do {
        try module.register(in: &registrar)
    } catch {
        problems.append("register(in:) threw: \(error).")
    }
    let knownTags = SourceList.tags.union(registrar.sources.map(\.tag))

    // Provenance of everything the profile holds.
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

    // Values in range.
    func isFilled<T>(_ value: Sourced<T>?) -> Sourced<T>? {
        guard let value, value.provenance.kind != .toBeFilled else { return nil }
        return value
    }
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

    // Counts agree with the branch list, once the branch list is filled in (a new borough's statistics may come
    // from the dataset before its branches are listed).
    let branchesListed = profile.librariesSource.kind != .toBeFilled
    if branchesListed, let count = isFilled(statistics.libraries2010) {
        let branches = profile.libraries.filter(\.statutory2010).count
        if count.value != branches {
            problems.append(
                "libraries2010 is \(count.value) but \(branches) branches are marked statutory in April 2010.")
        }
    }
    if branchesListed, let count = isFilled(statistics.libraries2016) {
        let branches = profile.libraries.filter(\.statutory2016).count
        if count.value != branches {
            problems.append(
                "libraries2016 is \(count.value) but \(branches) branches are marked statutory in July 2016.")
        }
    }
    if branchesListed, let hours = isFilled(statistics.weeklyHours) {
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
