/// The five dimensions of the options framework filter (Green Book Box 17) [S57].
public enum OptionDimension: String, Hashable, Sendable, Codable, CaseIterable {
    /// Coverage of the service: which services are in scope.
    case scope
    /// How it may be done.
    case solution
    /// Who is best placed to do it.
    case delivery
    /// When and in what form it can be implemented.
    case implementation
    /// What it will cost and how it will be paid for.
    case funding
}

/// A spending objective of the workspace, against which choices are assessed.
public struct SpendingObjective: Hashable, Sendable, Codable {
    /// A short identifier (`reduce-cost`).
    public var id: String
    /// The objective in words.
    public var text: String

    /// Makes an objective.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// A critical success factor (Green Book Box 18) [S57], or one of the workspace's own.
public struct CriticalSuccessFactor: Hashable, Sendable, Codable {
    /// A short identifier (`strategic-fit`).
    public var id: String
    /// Its name.
    public var title: String
    /// What it asks.
    public var question: String

    /// Makes a factor.
    public init(id: String, title: String, question: String) {
        self.id = id
        self.title = title
        self.question = question
    }

    /// The five key factors of Green Book 2018 Box 18 [S57].
    public static let standard: [CriticalSuccessFactor] = [
        CriticalSuccessFactor(
            id: "strategic-fit", title: "Strategic fit and meets business needs",
            question: "Meets spending objectives and business needs; fits other strategies"),
        CriticalSuccessFactor(
            id: "value-for-money", title: "Potential value for money",
            question: "Optimises social value given costs, benefits and risks"),
        CriticalSuccessFactor(
            id: "supplier-capacity", title: "Supplier capacity and capability",
            question: "Matches the ability of potential suppliers; appeals to the supply side"),
        CriticalSuccessFactor(
            id: "affordability", title: "Potential affordability",
            question: "Can be financed from available funds; fits sourcing constraints"),
        CriticalSuccessFactor(
            id: "achievability", title: "Potential achievability",
            question: "Likely to be delivered given the organisation's ability to change, and available skills"),
    ]
}

/// The verdict on a choice in the long list.
public enum ChoiceStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The preferred way forward in its dimension.
    case preferred
    /// Kept for the short list as a possible alternative.
    case carriedForward = "carried-forward"
    /// Ruled out, with its reason.
    case discounted
    /// Not offered: the subject already has it in place (the reason names the arrangement and its source).
    case alreadyHas = "already-has"

    /// Whether the choice can still be chosen (neither discounted nor already in place).
    public var isLive: Bool { self == .preferred || self == .carriedForward }
}

/// How a choice meets one objective or critical success factor.
public struct CriterionAssessment: Hashable, Sendable, Codable {
    /// The objective's or factor's id.
    public var criterion: String
    /// A score from 0 (does not meet it) to 3 (meets it fully).
    public var score: Int
    /// Why.
    public var reason: String

    /// Makes an assessment.
    public init(criterion: String, score: Int, reason: String) {
        self.criterion = criterion
        self.score = score
        self.reason = reason
    }
}

/// One choice in the long list, assessed and marked.
public struct OptionChoice: Hashable, Sendable, Codable {
    /// The choice's id (`shared-service`).
    public var id: OptionID
    /// The dimension it belongs to.
    public var dimension: OptionDimension
    /// Its title.
    public var title: String
    /// Assessments against the objectives and critical success factors.
    public var assessments: [CriterionAssessment]
    /// The verdict.
    public var status: ChoiceStatus
    /// Why it has that verdict.
    public var reason: String
    /// The module that proposed or last changed it.
    public var origin: ModuleID

    /// Makes a choice.
    public init(
        id: OptionID, dimension: OptionDimension, title: String, assessments: [CriterionAssessment] = [],
        status: ChoiceStatus = .carriedForward, reason: String = "", origin: ModuleID = "toolkit"
    ) {
        self.id = id
        self.dimension = dimension
        self.title = title
        self.assessments = assessments
        self.status = status
        self.reason = reason
        self.origin = origin
    }

    /// Sum of the assessment scores.
    public var totalScore: Int { assessments.reduce(0) { $0 + $1.score } }
}

/// The role an option plays on the short list.
public enum ShortListRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Business as usual: the baseline every option is compared with.
    case businessAsUsual = "business-as-usual"
    /// The least that meets the objectives.
    case doMinimum = "do-minimum"
    /// The preferred way forward.
    case preferred
    /// More ambitious than the preferred way.
    case moreAmbitious = "more-ambitious"
    /// Less ambitious than the preferred way.
    case lessAmbitious = "less-ambitious"
}

/// An option on the short list: a combination of choices, costed by named calculators.
public struct ShortListedOption: Hashable, Sendable, Codable {
    /// The option's id (`preferred`).
    public var id: OptionID
    /// Its role.
    public var role: ShortListRole
    /// Its title.
    public var title: String
    /// The choices it combines, one or more per dimension.
    public var choices: [OptionID]
    /// The calculators that cost it (none for business as usual).
    public var calculators: [CalculatorID]
    /// Why it is on the list.
    public var rationale: String

    /// Makes a short-listed option.
    public init(
        id: OptionID, role: ShortListRole, title: String, choices: [OptionID], calculators: [CalculatorID],
        rationale: String
    ) {
        self.id = id
        self.role = role
        self.title = title
        self.choices = choices
        self.calculators = calculators
        self.rationale = rationale
    }
}

/// What an options framework produces: the long list, assessed, and the short list.
public struct OptionsAppraisal: Hashable, Sendable, Codable {
    /// The subject.
    public var subject: Subject
    /// Arrangements already in place that the framework recognised.
    public var recognised: [Arrangement]
    /// The long list across the five dimensions.
    public var longList: [OptionChoice]
    /// The short list.
    public var shortList: [ShortListedOption]
    /// Remarks (rules applied, figures missing).
    public var notes: [String]
    /// The subject's own position, as measured for the assessments (empty when a framework measures none).
    public var position: [PositionMeasure]
    /// The criteria every choice is assessed against, each once, in order (objectives, then the factors whose id
    /// no objective already has).
    public var criteria: [String]
    /// The critical success factors among `criteria`, by id: what a short-listed option must meet to be chosen.
    public var successFactors: [String]

    /// Makes an appraisal result.
    public init(
        subject: Subject, recognised: [Arrangement], longList: [OptionChoice], shortList: [ShortListedOption],
        notes: [String] = [], position: [PositionMeasure] = [], criteria: [String] = [], successFactors: [String] = []
    ) {
        self.subject = subject
        self.recognised = recognised
        self.longList = longList
        self.shortList = shortList
        self.notes = notes
        self.position = position
        self.criteria = criteria
        self.successFactors = successFactors
    }
}

/// One measure of where a subject stands, as the options framework used it: the figure, what it is compared with,
/// and what that means for the choices.
public struct PositionMeasure: Hashable, Sendable, Codable {
    /// The measure (`People per library`).
    public var measure: String
    /// The subject's figure, formatted with its unit and source tags.
    public var value: String
    /// What it is compared with (`London's median 24,777`), or why no comparison was made.
    public var comparison: String
    /// What follows for the assessments, in words.
    public var effect: String

    /// Makes a measure.
    public init(measure: String, value: String, comparison: String, effect: String) {
        self.measure = measure
        self.value = value
        self.comparison = comparison
        self.effect = effect
    }
}

/// What an options framework receives: the subject's inputs and the workspace's objectives and factors.
public struct FrameworkInputs: Sendable {
    /// Profiles and assumptions.
    public var subject: SubjectInputs
    /// The workspace's spending objectives.
    public var objectives: [SpendingObjective]
    /// The critical success factors (the five standard ones plus up to three of the workspace's own).
    public var factors: [CriticalSuccessFactor]
    /// Figures about other authorities to compare the subject with (none by default).
    public var comparators: FrameworkComparators
    /// Scores on the access criteria measured from the workspace's geography, by choice (none without geography):
    /// they replace the judged service score of those choices.
    public var measuredService: [OptionID: MeasuredServiceScore] = [:]

    /// Makes the inputs.
    public init(
        subject: SubjectInputs, objectives: [SpendingObjective], factors: [CriticalSuccessFactor],
        comparators: FrameworkComparators = FrameworkComparators()
    ) {
        self.subject = subject
        self.objectives = objectives
        self.factors = factors
        self.comparators = comparators
    }
}
