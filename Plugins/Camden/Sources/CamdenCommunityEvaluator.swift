public import WorkbenchCore

/// Camden's own evaluator for community-run libraries: judges them by the hours kept open, the support the council
/// still gives, what they cost the council, and the libraries kept open against those closed, not only by savings.
///
/// Reads the branch list of each partner's profile (2016 type and hours [S71]) and the case's figures. Confidence is
/// a weighted share of its five judgements, each scored by its evidence (published 1, derived 0.75, estimate 0.5,
/// missing 0; half for a judgement whose amount is missing):
/// hours kept 0.30, hours before the change 0.10, council support 0.15, cost to the council 0.25, kept against
/// closed 0.20.
public struct CamdenCommunityEvaluator: CaseStudyEvaluator {
    /// Id `camden-community`; evaluates community cases.
    public static let descriptor = EvaluatorDescriptor(
        id: "camden-community", title: "Community-run libraries (Camden's rule)",
        summary: "Judges community-run libraries by hours kept open, the council's remaining support, cost to the council and libraries kept open against closed.",
        kinds: [.community])

    /// Makes the evaluator.
    public init() {}

    /// Evaluates a community case from its partners' branch lists and its own figures.
    public func evaluate(_ caseStudy: CaseStudy, partners: [BoroughProfile]) throws -> CaseEvaluation {
        var findings: [EvaluationFinding] = []
        var gaps: [String] = []
        let profiles = partners.filter { caseStudy.partners.contains($0.id) }
        let community: Set<LibraryBranch.Operation> = [.communityRun, .independentCommunity]
        let branches = profiles.flatMap { profile in profile.libraries.filter(\.statutory2010).map { (profile, $0) } }
        let run = branches.filter { $0.1.operation2016.map(community.contains) ?? false }
        let closed = branches.filter { $0.1.operation2016 == .closed }
        var scores: [Double] = [0, 0, 0, 0, 0]

        // 1. Hours kept at community-run libraries.
        if profiles.isEmpty {
            gaps.append("Hours kept: the workbench has no branch list for \(caseStudy.partners.map(\.rawValue).joined(separator: ", ")).")
        } else if run.isEmpty {
            gaps.append("Hours kept: no library in the branch list was community-run in 2016.")
        } else {
            let known = run.filter { $0.1.weeklyHours != nil }
            let hours = known.reduce(0) { $0 + ($1.1.weeklyHours ?? 0) }
            let supported = known.filter { $0.1.operation2016 == .communityRun }
            let independent = known.filter { $0.1.operation2016 == .independentCommunity }
            let list = known.map { "\($0.1.name) \(Self.hours($0.1.weeklyHours ?? 0))" }.joined(separator: ", ")
            findings.append(
                EvaluationFinding(
                    "Weekly hours kept at community-run libraries", value: hours, unit: "hours/week",
                    text: "\(Self.hours(hours)) a week in \(known.first?.1.hoursYear.map(String.init) ?? "2016") at \(known.count) libraries: \(list); \(Self.hours(supported.reduce(0) { $0 + ($1.1.weeklyHours ?? 0) })) with council support, \(Self.hours(independent.reduce(0) { $0 + ($1.1.weeklyHours ?? 0) })) independent.",
                    provenance: Self.derived(profiles.map(\.librariesSource), method: "sum of the 2016 scheduled weekly hours of libraries statutory in 2010 and community-run or independent in 2016")))
            scores[0] = known.count == run.count ? 0.75 : 0.75 * Double(known.count) / Double(run.count)
            if known.count < run.count {
                gaps.append("Hours kept: \(run.count - known.count) community-run libraries have no hours in the branch list.")
            }
        }
        gaps.append("Hours lost at the community-run libraries: the branch list gives 2016 hours only, and their hours before the change were not found.")

        // 2. The council's remaining support.
        let staffHours = caseStudy.reported.filter { $0.measure == CamdenCommunityLibrariesCase.councilStaffHours }
        if staffHours.isEmpty {
            gaps.append("Council support: the case records no council staff hours at community-run libraries.")
        } else {
            let total = staffHours.reduce(0) { $0 + $1.value }
            let kept = run.reduce(0) { $0 + ($1.1.weeklyHours ?? 0) }
            var text = "\(Self.hours(total)) of council staff time a week (" + staffHours.compactMap(\.note).joined(separator: "; ") + ")"
            if kept > 0 {
                text += "; \(MoneyFormat.fixed(kept / total, decimals: 1)) hours open at community-run libraries for each council staff hour"
            }
            findings.append(
                EvaluationFinding(
                    "Council staff hours at community-run libraries", value: total, unit: "hours/week",
                    text: text + ".", provenance: staffHours.count == 1 ? staffHours[0].provenance : Self.derived(staffHours.map(\.provenance), method: "sum")))
            scores[2] = staffHours.map { Self.weight($0.provenance.kind) }.min() ?? 0
        }

        // 3. Cost to the council.
        let years = caseStudy.planned.first { $0.measure == CamdenCommunityLibrariesCase.transitionFundingYears }
        let ends = caseStudy.planned.first { $0.measure == CamdenCommunityLibrariesCase.councilFundingEnds }
        if years != nil || ends != nil {
            var parts: [String] = []
            if let years { parts.append("transition funding for \(MoneyFormat.grouped(years.value)) year\(years.value == 1 ? "" : "s")") }
            if let ends { parts.append("council funding withdrawn completely by April \(Int(ends.value))") }
            var text = parts.joined(separator: ", then ")
            text += ": after that the council's running cost of the community-run libraries is nil in cash, apart from the staff hours it still provides"
            findings.append(
                EvaluationFinding(
                    "Cost to the council", value: years?.value, unit: years == nil ? nil : "years of transition funding",
                    text: text + ".", provenance: (years ?? ends)?.provenance))
            scores[3] = 0.5 * Self.weight(((years ?? ends)?.provenance.kind) ?? .toBeFilled)
            gaps.append("Cost to the council: the amount of transition funding was not found, and the staff hours the council provides are not costed.")
        } else {
            gaps.append("Cost to the council: the case records no transition funding or end of council funding.")
        }
        if let carried = caseStudy.planned.first(where: { $0.measure == CaseFigure.Measure.communityRunningCost }) {
            findings.append(
                EvaluationFinding(
                    "Running cost carried by a community group", value: carried.value, unit: "£/year",
                    text: "\(MoneyFormat.compact(carried.value)) a year" + (carried.note.map { ": \($0)" } ?? "") + ".",
                    provenance: carried.provenance))
        }

        // 4. Kept open against closed.
        if !profiles.isEmpty, !(run.isEmpty && closed.isEmpty) {
            let names = closed.map { "\($0.1.name)\($0.1.change.map { " (\($0))" } ?? "")" }.joined(separator: ", ")
            findings.append(
                EvaluationFinding(
                    "Libraries kept open by community groups", value: Double(run.count), unit: "libraries",
                    text: "\(run.count) kept open as community-run or independent libraries: " + run.map(\.1.name).joined(separator: ", ") + ".",
                    provenance: Self.derived(profiles.map(\.librariesSource), method: "libraries statutory in 2010 and community-run or independent in 2016")))
            findings.append(
                EvaluationFinding(
                    "Libraries closed", value: Double(closed.count), unit: "libraries",
                    text: closed.isEmpty ? "None closed." : "\(closed.count) closed: \(names).",
                    provenance: Self.derived(profiles.map(\.librariesSource), method: "libraries statutory in 2010 and closed by 2016")))
            scores[4] = 0.75
        } else {
            gaps.append("Libraries kept open against closed: the workbench has no branch list for the case's partners.")
        }

        // 5. Savings, for completeness: judged here only as recorded.
        let planned = caseStudy.planned.first { $0.measure == CaseFigure.Measure.annualSaving && $0.partner == nil }
        let reported = caseStudy.reported.first { $0.measure == CaseFigure.Measure.annualSaving && $0.partner == nil }
        if let planned {
            findings.append(
                EvaluationFinding(
                    "Planned saving", value: planned.value, unit: "£/year",
                    text: MoneyFormat.compact(planned.value) + (planned.note.map { ": \($0)" } ?? "") + ".",
                    provenance: planned.provenance))
        }
        if reported == nil {
            gaps.append("Savings delivered: no reported saving was found, so the saving is judged by the council's cost and hours kept instead.")
        }

        let weights = [0.30, 0.10, 0.15, 0.25, 0.20]
        let confidence = zip(weights, scores).reduce(0) { $0 + $1.0 * $1.1 }
        let labels = ["hours kept", "hours before the change", "council support", "cost to the council", "kept against closed"]
        let formula = zip(labels, zip(weights, scores)).map { "\(MoneyFormat.fixed($1.0, decimals: 2))×\(MoneyFormat.fixed($1.1, decimals: 2)) (\($0))" }
        findings.append(
            EvaluationFinding(
                "Confidence", value: confidence, unit: "0–1",
                text: "\(MoneyFormat.fixed(confidence, decimals: 2)) = " + formula.joined(separator: " + ") + ". Evidence scores: published 1, derived 0.75, missing 0; half for a judgement whose amount is missing.",
                provenance: Provenance(.derived, caseStudy.citedSources, method: "weighted share of the five judgements evidenced")))
        return CaseEvaluation(
            caseStudy: caseStudy.id, evaluator: Self.descriptor.id, findings: findings, confidence: confidence,
            couldNotJudge: gaps)
    }

    private static func hours(_ value: Double) -> String {
        (value.rounded() == value ? MoneyFormat.grouped(value) : MoneyFormat.fixed(value, decimals: 1)) + " h"
    }

    private static func weight(_ kind: EvidenceKind) -> Double {
        switch kind {
        case .published: return 1
        case .derived, .entered: return 0.75
        case .estimate: return 0.5
        case .toBeFilled: return 0
        }
    }

    private static func derived(_ parts: [Provenance], method: String) -> Provenance {
        var tags: [SourceTag] = []
        for tag in parts.flatMap(\.sources) where !tags.contains(tag) { tags.append(tag) }
        return Provenance(.derived, tags, period: parts.compactMap(\.period).first, method: method)
    }
}
