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
    /// How the source words it or what it covers, when that qualifies the value ("in the region of").
    public var note: String?

    /// Makes a case figure.
    public init(
        _ measure: String, partner: BoroughID? = nil, _ value: Double, year: Int? = nil, _ provenance: Provenance,
        note: String? = nil
    ) {
        self.measure = measure
        self.partner = partner
        self.value = value
        self.year = year
        self.provenance = provenance
        self.note = note
    }
}

extension CaseFigure {
    /// The measures case figures use, so that data and evaluators spell them the same way. Money is in pounds at the
    /// prices of the figure's own year; annual savings are net of the recurring costs the source nets off.
    public enum Measure {
        /// A recurring saving a year, in pounds.
        public static let annualSaving = "annual-saving"
        /// A saving over several years, in pounds (the note says over how many).
        public static let totalSaving = "total-saving"
        /// A one-off (capital or transition) cost, in pounds.
        public static let oneOffCost = "one-off-cost"
        /// A recurring running cost a year, in pounds, recorded for information (savings are already net of it).
        public static let annualRunningCost = "annual-running-cost"
        /// A one-off cost avoided (a repair backlog on a building given up), in pounds.
        public static let avoidedCost = "avoided-cost"
        /// Posts before the change.
        public static let postsBefore = "posts-before"
        /// Posts after the change.
        public static let postsAfter = "posts-after"
        /// Posts or jobs lost, as a source counts them.
        public static let postsLost = "posts-lost"
        /// Posts created.
        public static let postsCreated = "posts-created"
        /// Years to pay back the one-off cost.
        public static let paybackYears = "payback-years"
        /// Years from the decision (or year 0 of a business case) to the first saving, as a source states it.
        public static let yearsToFirstSaving = "years-to-first-saving"
        /// Years from the decision (or year 0 of a business case) to the full saving, as a source states it.
        public static let yearsToFullSaving = "years-to-full-saving"
        /// The annual value of a contract, in pounds.
        public static let contractValue = "contract-value"
        /// The annual cost of running a library as a community library, in pounds.
        public static let communityRunningCost = "community-running-cost"

        /// Resident population the case's figures relate to (a scale figure).
        public static let population = "population"
        /// Libraries the case's figures relate to (a scale figure).
        public static let libraries = "libraries"
        /// Library staff, full-time equivalents (a scale figure).
        public static let staffFTE = "staff-fte"
        /// Management and back-office posts (a scale figure).
        public static let backOfficePosts = "back-office-posts"
        /// Annual cost of management and back office, in pounds (a scale figure).
        public static let backOfficeCost = "back-office-cost"
        /// Annual library budget, in pounds (a scale figure).
        public static let libraryBudget = "library-budget"
        /// Authorities taking part (a scale figure).
        public static let authorities = "authorities"
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
    /// The partner it belongs to, or nil for the whole case.
    public var partner: BoroughID?
    /// The year of the value before, when known.
    public var beforeYear: Int?
    /// The year of the value after, when known.
    public var afterYear: Int?
    /// Whether a higher value is an improvement (opening hours, libraries open) or not (cost per item).
    public var higherIsBetter: Bool
    /// What qualifies the figures (a change not caused by the case, a planned rather than achieved value).
    public var note: String?

    /// Makes a measure.
    public init(
        _ measure: String, before: Double?, after: Double?, _ provenance: Provenance, partner: BoroughID? = nil,
        beforeYear: Int? = nil, afterYear: Int? = nil, higherIsBetter: Bool = true, note: String? = nil
    ) {
        self.measure = measure
        self.before = before
        self.after = after
        self.provenance = provenance
        self.partner = partner
        self.beforeYear = beforeYear
        self.afterYear = afterYear
        self.higherIsBetter = higherIsBetter
        self.note = note
    }

    private enum CodingKeys: String, CodingKey {
        case measure, before, after, provenance, partner, beforeYear, afterYear, higherIsBetter, note
    }

    /// Decodes a measure; fields added after the first release may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        measure = try c.decode(String.self, forKey: .measure)
        before = try c.decodeIfPresent(Double.self, forKey: .before)
        after = try c.decodeIfPresent(Double.self, forKey: .after)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
        partner = try c.decodeIfPresent(BoroughID.self, forKey: .partner)
        beforeYear = try c.decodeIfPresent(Int.self, forKey: .beforeYear)
        afterYear = try c.decodeIfPresent(Int.self, forKey: .afterYear)
        higherIsBetter = try c.decodeIfPresent(Bool.self, forKey: .higherIsBetter) ?? true
        note = try c.decodeIfPresent(String.self, forKey: .note)
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
    /// Year the arrangement ended, when it has.
    public var ended: Int?
    /// Where the dates (decided, started, ended) come from.
    public var datesProvenance: Provenance?
    /// The decision date as precisely as the source gives it (`July 2011`), when more precise than `decided`.
    public var decidedOn: EvidenceDate?
    /// The start date as precisely as the source gives it (`1 January 2012`), when more precise than `started`.
    public var startedOn: EvidenceDate?
    /// The size the figures relate to (libraries, population, posts, budget), for scaling to another subject.
    public var scale: [CaseFigure]
    /// Conflicting accounts, caveats and gaps an analyst should read with the figures.
    public var notes: [String]
    /// Sources of the narrative (changes, lessons, notes), beyond those the figures cite.
    public var sources: [SourceTag]

    /// Makes a case study.
    ///
    /// Where a case holds several figures for the same measure and partner, the first is the one evaluators use as
    /// the figure and the rest are recorded alternatives (conflicting or later accounts) that give the case's spread.
    public init(
        id: CaseStudyID, title: String, kind: CaseStudyKind, partners: [BoroughID], decided: Int? = nil,
        started: Int? = nil, changes: [String] = [], planned: [CaseFigure] = [], reported: [CaseFigure] = [],
        measures: [ServiceMeasure] = [], lessons: [String] = [], ended: Int? = nil,
        datesProvenance: Provenance? = nil, decidedOn: EvidenceDate? = nil, startedOn: EvidenceDate? = nil,
        scale: [CaseFigure] = [], notes: [String] = [], sources: [SourceTag] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.partners = partners
        self.decided = decided ?? decidedOn?.year
        self.started = started ?? startedOn?.year
        self.decidedOn = decidedOn
        self.startedOn = startedOn
        self.changes = changes
        self.planned = planned
        self.reported = reported
        self.measures = measures
        self.lessons = lessons
        self.ended = ended
        self.datesProvenance = datesProvenance
        self.scale = scale
        self.notes = notes
        self.sources = sources
    }

    /// Every source the case cites: its figures', measures', dates' and narrative's, sorted, without repeats.
    public var citedSources: [SourceTag] {
        var tags = Set(sources)
        for figure in planned + reported + scale { tags.formUnion(figure.provenance.sources) }
        for measure in measures { tags.formUnion(measure.provenance.sources) }
        if let datesProvenance { tags.formUnion(datesProvenance.sources) }
        return tags.sorted { lhs, rhs in
            let l = Int(lhs.rawValue.dropFirst().prefix { $0.isNumber }) ?? 0
            let r = Int(rhs.rawValue.dropFirst().prefix { $0.isNumber }) ?? 0
            return l != r ? l < r : lhs.rawValue < rhs.rawValue
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, kind, partners, decided, started, changes, planned, reported, measures, lessons, ended
        case datesProvenance, scale, notes, sources, decidedOn, startedOn
    }

    /// Decodes a case study; fields added after the first release may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(CaseStudyID.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        kind = try c.decode(CaseStudyKind.self, forKey: .kind)
        partners = try c.decode([BoroughID].self, forKey: .partners)
        decided = try c.decodeIfPresent(Int.self, forKey: .decided)
        started = try c.decodeIfPresent(Int.self, forKey: .started)
        changes = try c.decodeIfPresent([String].self, forKey: .changes) ?? []
        planned = try c.decodeIfPresent([CaseFigure].self, forKey: .planned) ?? []
        reported = try c.decodeIfPresent([CaseFigure].self, forKey: .reported) ?? []
        measures = try c.decodeIfPresent([ServiceMeasure].self, forKey: .measures) ?? []
        lessons = try c.decodeIfPresent([String].self, forKey: .lessons) ?? []
        ended = try c.decodeIfPresent(Int.self, forKey: .ended)
        datesProvenance = try c.decodeIfPresent(Provenance.self, forKey: .datesProvenance)
        scale = try c.decodeIfPresent([CaseFigure].self, forKey: .scale) ?? []
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        sources = try c.decodeIfPresent([SourceTag].self, forKey: .sources) ?? []
        decidedOn = try c.decodeIfPresent(EvidenceDate.self, forKey: .decidedOn)
        startedOn = try c.decodeIfPresent(EvidenceDate.self, forKey: .startedOn)
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
