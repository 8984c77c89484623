import WorkbenchCore

/// A case's value of one measure, read by the library's convention: the first whole-case figure, or else the sum of
/// each partner's first figure; later figures for the same measure and partner are alternatives that give the spread.
struct CaseTotal {
    /// The value (the first whole-case figure, or the sum of partners' first figures).
    let value: Double
    /// The figures the value is made of.
    let figures: [CaseFigure]
    /// The partners it covers, or nil when it is a whole-case figure.
    let covers: [BoroughID]?
    /// Alternative values of the same total, each from a recorded alternative figure.
    let alternatives: [(value: Double, figure: CaseFigure)]

    /// Reads a measure from figures, or nil when none has it.
    static func read(_ measure: String, in figures: [CaseFigure], partners: [BoroughID]) -> CaseTotal? {
        let matching = figures.filter { $0.measure == measure }
        let whole = matching.filter { $0.partner == nil }
        if let first = whole.first {
            return CaseTotal(
                value: first.value, figures: [first], covers: nil,
                alternatives: whole.dropFirst().map { ($0.value, $0) })
        }
        var order = partners
        for figure in matching { if let p = figure.partner, !order.contains(p) { order.append(p) } }
        var primaries: [CaseFigure] = []
        var alternates: [(partner: BoroughID, figure: CaseFigure)] = []
        for partner in order {
            let own = matching.filter { $0.partner == partner }
            guard let first = own.first else { continue }
            primaries.append(first)
            alternates += own.dropFirst().map { (partner, $0) }
        }
        guard !primaries.isEmpty else { return nil }
        let total = primaries.reduce(0) { $0 + $1.value }
        let alternatives = alternates.map { alternate -> (value: Double, figure: CaseFigure) in
            let replaced = primaries.first { $0.partner == alternate.partner }?.value ?? 0
            return (total - replaced + alternate.figure.value, alternate.figure)
        }
        return CaseTotal(
            value: total, figures: primaries, covers: primaries.compactMap(\.partner), alternatives: alternatives)
    }

    /// Whether it covers every partner of the case (a whole-case figure, or one figure per partner).
    func coversAll(_ partners: [BoroughID]) -> Bool {
        guard let covers else { return true }
        return Set(partners).isSubset(of: Set(covers))
    }

    /// The share of the case's partners it covers, from 0 to 1.
    func coverage(of partners: [BoroughID]) -> Double {
        guard let covers, !partners.isEmpty else { return 1 }
        return Double(Set(covers).intersection(partners).count) / Double(partners.count)
    }

    /// The value and its alternatives.
    var spread: [Double] { [value] + alternatives.map(\.value) }

    /// The sources of the figures the value is made of, in order without repeats.
    var sources: [SourceTag] { CaseTotal.merge(figures.map(\.provenance)) }

    /// The weakest kind of evidence among its figures.
    var evidence: EvidenceKind { CaseTotal.weakest(figures.map(\.provenance.kind)) }

    /// The provenance of the value: the single figure's own, or derived (a sum) from its parts.
    var provenance: Provenance {
        if figures.count == 1 { return figures[0].provenance }
        let parts = figures.map { "\(MoneyFormat.grouped($0.value)) (\($0.partner?.rawValue ?? "all"))" }
        return Provenance(
            evidence == .published ? .derived : evidence, sources,
            period: figures.compactMap(\.provenance.period).first, method: "sum of " + parts.joined(separator: " + "))
    }

    /// Who it covers, in words: `the whole case` or `bexley, bromley`.
    var coverText: String { covers.map { $0.map(\.rawValue).joined(separator: ", ") } ?? "the whole case" }

    /// Source tags of several provenances, in order without repeats.
    static func merge(_ provenances: [Provenance]) -> [SourceTag] {
        var tags: [SourceTag] = []
        for tag in provenances.flatMap(\.sources) where !tags.contains(tag) { tags.append(tag) }
        return tags
    }

    /// The weakest of several kinds of evidence (published, then derived, estimate, to be filled).
    static func weakest(_ kinds: [EvidenceKind]) -> EvidenceKind {
        let order: [EvidenceKind] = [.published, .entered, .derived, .estimate, .toBeFilled]
        return kinds.max { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) } ?? .toBeFilled
    }

    /// How far a kind of evidence counts towards confidence: published 1, entered and derived 0.75, estimate 0.5, to be
    /// filled 0.
    static func weight(of kind: EvidenceKind) -> Double {
        switch kind {
        case .published: return 1
        case .derived, .entered: return 0.75
        case .estimate: return 0.5
        case .toBeFilled: return 0
        }
    }
}
