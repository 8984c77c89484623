/// The kind of collaborative or alternative-delivery project a case study describes.
public enum CaseStudyKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Shared management, back office or whole service.
    case sharedService = "shared-service"
    /// Stock or systems procurement consortium.
    case procurement
    /// RFID self-service.
    case selfService = "self-service"
    /// Community-managed libraries or asset transfer.
    case community
    /// Outsourcing to a trust or provider.
    case outsourcing
}

/// A figure in a case study: planned or reported, for the whole case or one partner.
public struct CaseFigure: Hashable, Sendable, Codable {
    /// What the figure measures (`annual-saving`, `one-off-cost`, `posts-before`, `posts-after`, `total-saving`).
    public var measure: String
    /// The partner it belongs to, or nil for the whole case.
    public var partner: BoroughID?
    /// The value in pounds, posts or the measure's unit.
    public var value: Double
    /// The year it refers to, when known.
    public var year: Int?
    /// Where it comes from.
    public var provenance: Provenance

    /// Makes a case figure.
    public init(_ measure: String, partner: BoroughID? = nil, _ value: Double, year: Int? = nil, _ provenance: Provenance) {
        self.measure = measure
        self.partner = partner
        self.value = value
        self.year = year
        self.provenance = provenance
    }
}

/// A service measure before and after a change (opening hours, issues, libraries open).
public struct ServiceMeasure: Hashable, Sendable, Codable {
    /// What is measured.
    public var measure: String
    /// The value before, when known.
    public var before: Double?
    /// The value after, when known.
    public var after: Double?
    /// Where it comes from.
    public var provenance: Provenance

    /// Makes a measure.
    public init(_ measure: String, before: Double?, after: Double?, _ provenance: Provenance) {
        self.measure = measure
        self.before = before
        self.after = after
        self.provenance = provenance
    }
}

/// A case study of a collaborative or alternative-delivery library project.
public struct CaseStudy: Hashable, Sendable, Codable {
    /// Its id (`bexley-bromley-shared-service`).
    public var id: CaseStudyID
    /// Its title.
    public var title: String
    /// The kind of project.
    public var kind: CaseStudyKind
    /// The authorities involved (ids, including non-London ones such as `solihull`).
    public var partners: [BoroughID]
    /// Year the decision was taken, when known.
    public var decided: Int?
    /// Year the change took effect, when known.
    public var started: Int?
    /// What was shared or changed.
    public var changes: [String]
    /// Planned figures.
    public var planned: [CaseFigure]
    /// Reported figures.
    public var reported: [CaseFigure]
    /// Service measures before and after.
    public var measures: [ServiceMeasure]
    /// Lessons recorded.
    public var lessons: [String]

    /// Makes a case study.
    public init(
        id: CaseStudyID, title: String, kind: CaseStudyKind, partners: [BoroughID], decided: Int? = nil,
        started: Int? = nil, changes: [String] = [], planned: [CaseFigure] = [], reported: [CaseFigure] = [],
        measures: [ServiceMeasure] = [], lessons: [String] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.partners = partners
        self.decided = decided
        self.started = started
        self.changes = changes
        self.planned = planned
        self.reported = reported
        self.measures = measures
        self.lessons = lessons
    }
}

/// One finding of an evaluation: a labelled value or statement with its basis.
public struct EvaluationFinding: Hashable, Sendable, Codable {
    /// What it is (`Savings delivered against plan`).
    public var label: String
    /// The value, when the finding is a number.
    public var value: Double?
    /// The unit of the value (`£/year`, `%`, `years`, `posts`).
    public var unit: String?
    /// The finding in words.
    public var text: String
    /// Where its inputs came from.
    public var provenance: Provenance?

    /// Makes a finding.
    public init(_ label: String, value: Double? = nil, unit: String? = nil, text: String, provenance: Provenance? = nil) {
        self.label = label
        self.value = value
        self.unit = unit
        self.text = text
        self.provenance = provenance
    }
}

/// What an evaluator concludes about a case study.
public struct CaseEvaluation: Hashable, Sendable, Codable {
    /// The case.
    public var caseStudy: CaseStudyID
    /// The evaluator that made it.
    public var evaluator: EvaluatorID
    /// The findings.
    public var findings: [EvaluationFinding]
    /// Confidence from 0 to 1, reflecting how much of the case is evidenced.
    public var confidence: Double
    /// What could not be judged, and why.
    public var couldNotJudge: [String]

    /// Makes an evaluation.
    public init(
        caseStudy: CaseStudyID, evaluator: EvaluatorID, findings: [EvaluationFinding], confidence: Double,
        couldNotJudge: [String]
    ) {
        self.caseStudy = caseStudy
        self.evaluator = evaluator
        self.findings = findings
        self.confidence = confidence
        self.couldNotJudge = couldNotJudge
    }
}
