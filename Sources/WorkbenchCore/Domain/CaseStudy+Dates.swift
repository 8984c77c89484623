extension CaseStudy {
    /// The decision date: `decidedOn`, else the year `decided`.
    public var decisionDate: EvidenceDate? { decidedOn ?? decided.map { EvidenceDate($0) } }

    /// The start date: `startedOn`, else the year `started`.
    public var startDate: EvidenceDate? { startedOn ?? started.map { EvidenceDate($0) } }

    /// The date the case counts as known from, for the as-at rule (`Assumptions.knownAtAsAt`): its decision, else its
    /// start, else the year of its earliest dated figure (a business case with no decision date found, such as
    /// Solihull's 2008 one); nil when it has none of these (undated, treated as not known at the as-at date).
    public var evidenceDate: EvidenceDate? {
        if let date = decisionDate ?? startDate { return date }
        return (planned + reported).compactMap(\.year).min().map { EvidenceDate($0) }
    }

    /// What `evidenceDate` is, in words: `decided July 2011`, `started 2008`, `figures of 2008`, or `undated`.
    public var evidenceDateText: String {
        if let date = decisionDate { return "decided \(date)" }
        if let date = startDate { return "started \(date)" }
        if let date = evidenceDate { return "figures of \(date)" }
        return "undated"
    }
}
