import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension SupportCommand {
    /// One authority that has done a project of a kind, and the evidence: a case study, or its own libraries'
    /// changes in the dataset.
    struct PeerEvidence {
        /// The peer.
        var peer: BoroughID
        /// The project kind (a case-study kind, or `closures`).
        var kind: String
        /// The case study's id, or the dataset's summary.
        var evidence: String
        /// When it started, if known.
        var started: Int?
        /// Whether the evidence is a case study (listed before dataset evidence at equal distance).
        var isCase: Bool
    }

    /// `support peers <subject> --within <scope>`: peers nearest first by the nearest-neighbours distance within the
    /// scope, from the case studies and from the scope's own library changes 2010–2016 in the dataset [S71].
    func scopedPeers(_ context: CommandContext, subject: Subject) throws -> Reply {
        guard let within else { return Reply(blocks: []) }
        var pool = try context.authorities(in: within)
        for id in subject.boroughs where !pool.contains(where: { $0.id == id }) {
            pool.append(try context.authority(id.rawValue, argument: "<subject>"))
        }
        let inScope = Set(pool.map(\.id))
        let caseKinds: [CaseStudyKind] = project.map { [$0.caseKind] } ?? CaseStudyKind.allCases
        var evidence: [PeerEvidence] = []
        for (caseStudy, _) in context.registry.caseStudies.values.sorted(by: { $0.caseStudy.id < $1.caseStudy.id })
        where caseKinds.contains(caseStudy.kind) {
            for partner in caseStudy.partners where !subject.boroughs.contains(partner) {
                evidence.append(PeerEvidence(
                    peer: partner, kind: caseStudy.kind.rawValue, evidence: caseStudy.id.rawValue,
                    started: caseStudy.started ?? caseStudy.decided, isCase: true))
            }
        }
        let branches = try context.workspace.importedBranchesByAuthority()
        for (id, list) in (branches ?? [:]).sorted(by: { $0.key < $1.key })
        where inScope.contains(id) && !subject.boroughs.contains(id) {
            for change in LibraryChangeEvidence.evidence(in: list) {
                // Closures count as a project only when no partnership project narrows the kinds.
                guard let kind = change.kind.caseKind.map(\.rawValue) ?? (project == nil ? change.kind.rawValue : nil),
                      change.kind.caseKind.map({ caseKinds.contains($0) }) ?? true
                else { continue }
                evidence.append(PeerEvidence(peer: id, kind: kind, evidence: "dataset: " + change.summary, started: nil, isCase: false))
            }
        }
        let kinds = caseKinds.map(\.rawValue) + (project == nil ? [LibraryChangeEvidence.Kind.closures.rawValue] : [])
        var table = ReportTable(
            title: "Peers for \(subject) within \(within): authorities that have done a similar project, nearest first",
            columns: [
                ReportColumn("starting", "Starting"), ReportColumn("kind", "Project kind"), ReportColumn("peer", "Peer"),
                ReportColumn("case", "Evidence"), ReportColumn("started", "Started"),
                ReportColumn("distance", "Distance", unit: "rebased, farthest = 1"), ReportColumn("pairing", "Pairing"),
            ])
        var pairs: [JSONValue] = []
        var more = 0
        for starting in subject.boroughs {
            let result = try NearestNeighbours.find(subject: starting, among: pool, k: max(1, pool.count - 1))
            let distance = Dictionary(result.neighbours.map { ($0.id, $0.distance) }, uniquingKeysWith: { a, _ in a })
            for kind in kinds {
                let candidates = evidence.filter { $0.kind == kind }.sorted {
                    (distance[$0.peer] ?? 2, $0.isCase ? 0 : 1, $0.peer.rawValue) < (distance[$1.peer] ?? 2, $1.isCase ? 0 : 1, $1.peer.rawValue)
                }
                var seen = Set<BoroughID>()
                let unique = candidates.filter { seen.insert($0.peer).inserted }
                more += max(0, unique.count - Self.peersPerKind)
                for (index, entry) in unique.prefix(Self.peersPerKind).enumerated() {
                    table.append([
                        .text(starting.rawValue), .text(kind), .text(entry.peer.rawValue), .text(entry.evidence),
                        entry.started.map { .text(String($0)) } ?? .missing, .number(distance[entry.peer], decimals: 3),
                        .text(index == 0 ? "suggested peer" : "also"),
                    ])
                    if index == 0 {
                        pairs.append(.object([
                            ("starting", .string(starting.rawValue)), ("kind", .string(kind)), ("peer", .string(entry.peer.rawValue)),
                            ("evidence", .string(entry.evidence)), ("distance", distance[entry.peer].map(JSONValue.number) ?? .null),
                        ]))
                    }
                }
            }
        }
        table.notes = [
            "Peers are the partners of the case studies (\(context.registry.caseStudies.count) cases) and, from the libraries "
                + "dataset, the authorities within \(within) whose libraries left statutory provision, were handed to "
                + "communities (CRL, ICL) or were commissioned (CL) between April 2010 and July 2016 [S71]; distance is the "
                + "nearest-neighbours distance from the starting borough among the \(pool.count) authorities within \(within) "
                + "('neighbours'); – for a peer outside the scope, listed last.",
        ]
        if branches == nil {
            table.notes.append("The libraries dataset is not imported, so only the case studies count: run 'import libraries <file>'.")
        }
        if more > 0 { table.notes.append("\(more) farther peers not listed (the nearest \(Self.peersPerKind) of each kind are).") }
        if table.rows.isEmpty { table.notes.append("No authority within \(within) outside the subject has done a project of that kind.") }
        return Reply(blocks: [.table(table)], data: [("pairs", .array(pairs)), ("compared", .number(Double(pool.count)))])
    }
}
