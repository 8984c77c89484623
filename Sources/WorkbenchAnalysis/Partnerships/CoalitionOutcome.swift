public import WorkbenchCore

/// What a group of boroughs gets from a partnership project, against each member going alone.
public struct CoalitionOutcome: Sendable, Hashable, Codable {
    /// The members, in the model's order.
    public var members: [BoroughID]
    /// The members' combined driver (pounds a year, or libraries).
    public var driver: Double
    /// Full annual saving together, in pounds, net of the running costs of working together.
    public var annualSavingTogether: Double
    /// Sum of the members' full annual savings alone, in pounds.
    public var annualSavingAlone: Double
    /// One-off costs together (transition, kit, joining), in pounds, before any optimism bias.
    public var oneOffTogether: Double
    /// Sum of the members' one-off costs alone, in pounds.
    public var oneOffAlone: Double
    /// Appraisal year in which the full saving first arrives together.
    public var fullSavingYearTogether: Int
    /// Appraisal year in which the full saving first arrives alone, or nil when going alone saves nothing.
    public var fullSavingYearAlone: Int?
    /// Net present value together (risk-adjusted when the model applies optimism bias).
    public var npvTogether: Double
    /// Sum of the members' net present values alone.
    public var npvAlone: Double
    /// The running cost of working together a year (per unit of driver, per pair of members and, with geography,
    /// per kilometre between them), in pounds; already netted off `annualSavingTogether`.
    public var coordinationCost: Double = 0

    /// Makes an outcome.
    public init(
        members: [BoroughID], driver: Double, annualSavingTogether: Double, annualSavingAlone: Double,
        oneOffTogether: Double, oneOffAlone: Double, fullSavingYearTogether: Int, fullSavingYearAlone: Int?,
        npvTogether: Double, npvAlone: Double, coordinationCost: Double = 0
    ) {
        self.members = members
        self.driver = driver
        self.annualSavingTogether = annualSavingTogether
        self.annualSavingAlone = annualSavingAlone
        self.oneOffTogether = oneOffTogether
        self.oneOffAlone = oneOffAlone
        self.fullSavingYearTogether = fullSavingYearTogether
        self.fullSavingYearAlone = fullSavingYearAlone
        self.npvTogether = npvTogether
        self.npvAlone = npvAlone
        self.coordinationCost = coordinationCost
    }

    /// The group as a subject (`bexley+bromley`).
    public var subject: Subject { Subject(members) }
    /// Extra annual saving from working together.
    public var extraAnnualSaving: Double { annualSavingTogether - annualSavingAlone }
    /// Extra one-off cost of working together.
    public var extraOneOff: Double { oneOffTogether - oneOffAlone }
    /// NPV of working together less the NPV of going alone.
    public var npvDifference: Double { npvTogether - npvAlone }
}
