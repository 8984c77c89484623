public import WorkbenchCore

/// Camden's own savings calculator, built on the core's calculation kit: the branches its 2011 library savings
/// programme handed to community groups from April 2012 (Belsize, Chalk Farm and Heath [S24]), read from Camden's
/// branch list, each saving its running cost once the council's transition funding ends [S26].
///
/// For n branches handed over (statutory in April 2010, community-run or independent and no longer statutory in
/// 2016 [S71]) at running cost c: saving n × c a year from the start year; transition funding n × c × share in each
/// of the first `transition-funding-years` years (one year [S26]), a one-off cost each year.
///
/// It costs Camden's side of any subject that includes Camden; for another subject the analyst gives the number of
/// branches (`--branches-handed-over`), costed at Camden's figures.
public struct CamdenCommunityLibrariesCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `camden-community-libraries` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "camden-community-libraries", title: "Camden's community libraries (Library savings programme 2011)",
        summary: "Camden's branches handed to community groups in 2012: running costs saved after a year's transition funding.",
        parameters: [
            CalculatorParameter(
                .branchesHandedOver,
                label: "Branches handed to community groups (default: Camden's branch list, statutory in 2010 and "
                    + "community-run in 2016 [S71])",
                unit: .count, defaultValue: nil, valid: 0...13),
            CalculatorParameter(
                .runningCostPerLibrary,
                label: "Running cost of a branch (£ a year); Chalk Farm's users put it at £130k [S25]; range £100k "
                    + "(estimate) to £130k",
                unit: .poundsEach, defaultValue: Sourced(130_000, .published("S25", period: "2011")),
                range: 100_000...130_000, valid: 0...2_000_000),
            CalculatorParameter(
                .transitionFundingYears, label: "Years of transition funding before council funding ends",
                unit: .years, defaultValue: Sourced(1, .published("S26", period: "June 2011")), valid: 0...5),
            CalculatorParameter(
                .transitionFundingShare,
                label: "Transition funding a year as a share of a branch's running cost; range 25–100% (estimate)",
                unit: .fraction,
                defaultValue: Sourced(
                    0.5,
                    .estimate(
                        "S26",
                        method: "the amount of transition funding was not found [S26]: half a year's running cost, "
                            + "range a quarter to all of it")),
                range: 0.25...1, valid: 0...1),
        ]
            + CalculatorParameters.timing(
                startYear: Sourced(
                    1,
                    .estimate(
                        "S24",
                        method: "appraisal year 1: Cabinet decided in June 2011 and community groups took the "
                            + "branches over in April 2012 [S24]")),
                rampUp: Sourced(
                    1, .estimate("S24", method: "1 year: the three branches passed to community groups together in April 2012 [S24]"))))

    /// Costs Camden's community libraries.
    ///
    /// - Throws: `missingFigure` for a subject without Camden and no branch count; `invalidArgument` for a bad
    ///   override.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let branches = try Self.branchesHandedOver(inputs, parameters: calc.parameters)
        let running = try calc.sourced(.runningCostPerLibrary)
        let years = Int(try calc.value(.transitionFundingYears))
        let share = try calc.sourced(.transitionFundingShare)
        let n = branches.value
        let count = MoneyFormat.grouped(n)
        calc.builder.saving(
            "Branches run by community groups: \(branches.name)", full: n * running.value,
            uncertainty: try calc.uncertainty(.runningCostPerLibrary),
            SubjectFigures.combine(
                [branches.provenance, running.provenance], method: "\(count) branches × \(MoneyFormat.compact(running.value))"))
        let start = calc.builder.start
        for year in start..<(start + years) where year <= calc.builder.horizon {
            calc.builder.oneOff(
                "Transition funding, year \(year - start + 1): \(branches.name)", amount: n * running.value * share.value,
                year: year, uncertainty: try calc.uncertainty(.transitionFundingShare),
                SubjectFigures.combine(
                    [branches.provenance, running.provenance, share.provenance],
                    method: "\(count) branches × \(MoneyFormat.compact(running.value)) × \(Rate(fraction: share.value))"))
        }
        if inputs.profiles.count > 1, try calc.parameters.override(.branchesHandedOver) == nil {
            calc.notes.append("Costs Camden's branches only; the other boroughs of \(inputs.subject) are not costed.")
        }
        calc.notes.append(
            "Camden offered a year's transition funding and withdrew council funding completely by April 2013 [S26]. "
                + "Highgate, which Camden still staffs for 30 hours a week [S71], stayed a statutory library and is "
                + "not counted.")
        return calc.schedule(
            title: "Camden's community libraries", category: .outsourcing,
            categoryReason: "operations handed to community groups, treated like outsourcing (uplift on recurring costs)")
    }

    /// The branches handed over: the override (for the whole subject), or those of Camden's branch list statutory
    /// in April 2010 and community-run or independent, no longer statutory, in 2016 [S71].
    ///
    /// - Throws: `missingFigure` for a subject without Camden and no `--branches-handed-over`.
    static func branchesHandedOver(_ inputs: SubjectInputs, parameters: ResolvedParameters) throws -> CostingUnit {
        if let given = try parameters.override(.branchesHandedOver) {
            return CostingUnit(
                name: SubjectFigures.unitName(inputs), value: given,
                provenance: try parameters.sourced(.branchesHandedOver).provenance)
        }
        guard let camden = inputs.profiles.first(where: { $0.id == "camden" }) else {
            throw WorkbenchError(
                .missingFigure,
                "The subject '\(inputs.subject)' has no Camden branch list, from which the '\(parameters.descriptor.id)' "
                    + "calculator counts the branches handed to community groups.",
                hint: "Name camden or a group with it, or pass --branches-handed-over to cost another borough's "
                    + "branches at Camden's figures (or use 'community-managed').",
                location: .init(argument: "--branches-handed-over"))
        }
        let community: Set<LibraryBranch.Operation> = [.communityRun, .independentCommunity]
        let handedOver = camden.libraries.filter {
            $0.statutory2010 && !$0.statutory2016 && ($0.operation2016.map(community.contains) ?? false)
        }
        return CostingUnit(
            name: camden.name, value: Double(handedOver.count),
            provenance: SubjectFigures.combine(
                [camden.librariesSource],
                method: "branches statutory in April 2010 and run by community groups, no longer statutory, in 2016: "
                    + handedOver.map(\.name).joined(separator: ", ")))
    }
}

extension ParameterKey {
    /// `--branches-handed-over`: Camden's branches run by community groups.
    static let branchesHandedOver = ParameterKey("branches-handed-over")
    /// `--transition-funding-years`: years of transition funding before council funding ends.
    static let transitionFundingYears = ParameterKey("transition-funding-years")
    /// `--transition-funding-share`: transition funding a year as a share of a branch's running cost.
    static let transitionFundingShare = ParameterKey("transition-funding-share")
}
