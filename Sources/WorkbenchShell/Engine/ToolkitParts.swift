import WorkbenchCore
import WorkbenchToolkit

/// The shell's one door to the toolkit's shared parts that are not registered components: the partnership
/// catalogue, the standard evaluator and the transfer of a case study to another subject. Commands use these, never
/// the toolkit itself, so the toolkit stays a backend the shell can swap like a borough module.
enum ToolkitParts {
    /// The partnership project types, in the order tables list them.
    static var partnershipProjects: [PartnershipProject] { PartnershipCatalogue.projects }

    /// The standard calculator that costs a partnership project for a group of pilots, or nil when none does.
    static func calculator(for project: PartnershipProject) -> CalculatorID? { PartnershipCatalogue.calculator(for: project) }

    /// The economy of scale in words, for the projects' parameter tables.
    static var scaleNote: String { PartnershipCatalogue.scaleNote }

    /// Each borough's driver for a project: a pilot's profile figure where it has one, otherwise an estimate from the
    /// comparator statistics (`all`), with its method.
    /// - Throws: `missingFigure` when a borough lacks the figure its estimate needs.
    static func partnershipDrivers(
        for project: PartnershipProject, among members: [AuthorityStatistics], all: [AuthorityStatistics],
        profiles: [BoroughID: BoroughProfile]
    ) throws -> [PartnerDriver] {
        try PartnershipCatalogue.drivers(for: project, among: members, all: all, profiles: profiles)
    }

    /// How the option a calculator costs may slip in delivery (delay, ramp-up, not delivered), or nil when none is
    /// stated, for `simulate`.
    static func deliveryRisk(for calculator: CalculatorID) -> DeliveryRisk? { DeliveryRiskCatalogue.risk(for: calculator) }

    /// The standard case-study evaluator, for `--evaluator standard` when no module registered it.
    static var standardEvaluator: any CaseStudyEvaluator { StandardCaseEvaluator() }

    /// A case's annual saving by the case library's convention (the first whole-case figure, or the sum of each
    /// partner's first figure), from its reported or its planned figures; nil when the case records none.
    static func annualSaving(of caseStudy: CaseStudy, reported: Bool) -> Double? {
        caseStudy.annualSaving(reported ? .reported : .planned)?.value
    }

    /// The figures of one measure from both of a case's sets, planned first, each with its set's name.
    static func figures(of caseStudy: CaseStudy, _ measure: String) -> [(set: String, figure: CaseFigure)] {
        caseStudy.figures(measure).map { ($0.set.rawValue, $0.figure) }
    }

    /// The names of the drivers a case study can be scaled by.
    static var transferDriverNames: [String] { TransferDriver.allCases.map(\.rawValue) }

    /// The driver named by typed text (any case, spaces trimmed), as its name; nil when there is none.
    static func transferDriver(_ text: String) -> String? { TransferDriver(argument: text)?.rawValue }

    /// A case study applied to a subject, scaled by a named driver or, with none, the first both sides have.
    /// - Throws: `missingFigure` when the case has no annual saving or no driver both sides have.
    static func transfer(
        applying caseStudy: CaseStudy, caseProfiles: [BoroughProfile], to inputs: SubjectInputs, driver: String? = nil,
        oneOffCost: Money? = nil
    ) throws -> CaseTransferSummary {
        let transfer = try CaseTransfer(
            applying: caseStudy, caseProfiles: caseProfiles, to: inputs, driver: driver.flatMap(TransferDriver.init(rawValue:)),
            oneOffCost: oneOffCost)
        return CaseTransferSummary(
            driver: transfer.driver.rawValue, driverLabel: transfer.driver.label, caseDriver: transfer.caseDriver.value,
            targetDriver: transfer.targetDriver.value, ratio: transfer.ratio, scaledSaving: transfer.scaledSaving,
            low: transfer.low, high: transfer.high, schedule: transfer.schedule, oneOffCostMissing: transfer.oneOffCostMissing)
    }
}
