public import WorkbenchCore

/// The programme's standard case evaluation: planned against reported savings, time to savings, savings per partner
/// and per head, posts, one-off costs, service improvements kept or lost, and a confidence that reflects how much of
/// the case is evidenced.
///
/// Conventions (also shown in the findings):
/// - A case's value of a measure is its first whole-case figure, or the sum of each partner's first figure; later
///   figures for the same measure and partner are alternatives that give the range.
/// - Per cent delivered = reported annual saving ÷ planned annual saving × 100, judged only when both cover the same
///   partners; the range uses every combination of the alternatives.
/// - Time to first savings = year the change took effect − year decided (savings are taken to begin when the change
///   takes effect); failing that a planned figure, failing that the earliest dated reported saving as an upper bound.
/// - Time to full savings = year of the earliest dated reported annual saving − year decided (full savings were
///   reported by then: an upper bound); failing that a planned figure.
/// - Savings per partner = the saving (reported, else planned) ÷ the partners it covers; per head = the saving ÷ the
///   sum of those partners' populations from their profiles, or the case's own population figure for a whole-case
///   saving; otherwise not judged.
/// - Confidence: see `StandardCaseEvaluator.confidence(for:)`.
public struct StandardCaseEvaluator: CaseStudyEvaluator {
    /// Id `standard`; evaluates every kind of case.
    public static let descriptor = EvaluatorDescriptor(
        id: "standard", title: "Standard case evaluation",
        summary: "Planned against reported savings, time to savings, savings per partner and per head, posts, improvements kept or lost, and a confidence from evidence coverage.")

    /// Makes the evaluator.
    public init() {}

    /// Evaluates a case; partners' profiles supply populations for savings per head.
    public func evaluate(_ caseStudy: CaseStudy, partners: [BoroughProfile]) throws -> CaseEvaluation {
        var findings: [EvaluationFinding] = []
        var gaps: [String] = []
        let c = caseStudy
        let planned = CaseTotal.read(CaseFigure.Measure.annualSaving, in: c.planned, partners: c.partners)
        let reported = CaseTotal.read(CaseFigure.Measure.annualSaving, in: c.reported, partners: c.partners)

        findings += savingFindings("Planned annual saving", planned, partners: c.partners)
        if planned == nil { gaps.append("Planned annual saving: the case records none.") }
        findings += savingFindings("Reported annual saving", reported, partners: c.partners)
        if reported == nil { gaps.append("Reported annual saving: none was found, so savings delivered cannot be judged.") }
        if let totalSaving = c.planned.first(where: { $0.measure == CaseFigure.Measure.totalSaving }) {
            findings.append(figureFinding("Planned saving over several years", totalSaving, unit: "£"))
        }

        judgeDelivery(planned: planned, reported: reported, c, &findings, &gaps)
        judgeTiming(c, &findings, &gaps)
        judgePerPartner(planned: planned, reported: reported, c, partners, &findings, &gaps)
        judgePosts(c, &findings, &gaps)
        judgeOtherFigures(c, &findings)
        judgeMeasures(c, &findings, &gaps)

        let confidence = Self.confidence(for: c)
        findings.append(
            EvaluationFinding(
                "Confidence", value: confidence.value, unit: "0–1", text: confidence.explanation,
                provenance: Provenance(.derived, c.citedSources, method: Self.confidenceMethod)))
        return CaseEvaluation(
            caseStudy: c.id, evaluator: Self.descriptor.id, findings: findings, confidence: confidence.value,
            couldNotJudge: gaps)
    }

    // MARK: - Savings

    private func savingFindings(_ label: String, _ total: CaseTotal?, partners: [BoroughID]) -> [EvaluationFinding] {
        guard let total else { return [] }
        var text = "\(MoneyFormat.compact(total.value)) a year for \(total.coverText)"
        if total.figures.count == 1, let note = total.figures[0].note { text += " (\(note))" }
        if !total.coversAll(partners) {
            let missing = partners.filter { !(total.covers ?? []).contains($0) }.map(\.rawValue)
            text += "; no figure for " + missing.joined(separator: ", ")
        }
        if !total.alternatives.isEmpty {
            text += ". Recorded alternatives: " + total.alternatives.map { alt in
                "\(MoneyFormat.compact(alt.value)) \(alt.figure.provenance.sources.map(\.description).joined())"
                    + (alt.figure.note.map { " (\($0))" } ?? "")
            }.joined(separator: "; ")
        }
        var out = [EvaluationFinding(label, value: total.value, unit: "£/year", text: text + ".", provenance: total.provenance)]
        if total.covers != nil, total.figures.count > 1 {
            for figure in total.figures {
                out.append(figureFinding("\(label), \(figure.partner?.rawValue ?? "all")", figure, unit: "£/year"))
            }
        }
        return out
    }

    private func judgeDelivery(
        planned: CaseTotal?, reported: CaseTotal?, _ c: CaseStudy, _ findings: inout [EvaluationFinding],
        _ gaps: inout [String]
    ) {
        guard let planned, let reported else {
            if planned != nil || reported != nil {
                gaps.append("Savings delivered against plan: the case has \(planned == nil ? "no planned" : "no reported") annual saving.")
            } else {
                gaps.append("Savings delivered against plan: the case has neither planned nor reported annual savings.")
            }
            return
        }
        let comparable = (planned.coversAll(c.partners) && reported.coversAll(c.partners))
            || Set(planned.covers ?? c.partners) == Set(reported.covers ?? c.partners)
        guard comparable, planned.value > 0 else {
            gaps.append(
                "Savings delivered against plan: the planned figure covers \(planned.coverText) but the reported one covers \(reported.coverText).")
            return
        }
        let percent = reported.value / planned.value * 100
        let ratios = reported.spread.flatMap { r in planned.spread.filter { $0 > 0 }.map { r / $0 * 100 } }
        var text = "Reported \(MoneyFormat.compact(reported.value)) a year against planned \(MoneyFormat.compact(planned.value)) a year: \(MoneyFormat.fixed(percent, decimals: 1))% delivered (reported ÷ planned)"
        if ratios.count > 1, let low = ratios.min(), let high = ratios.max() {
            text += "; with the recorded alternatives, \(MoneyFormat.fixed(low, decimals: 0))% to \(MoneyFormat.fixed(high, decimals: 0))%"
        }
        findings.append(
            EvaluationFinding(
                "Savings delivered against plan", value: percent, unit: "%", text: text + ".",
                provenance: Provenance(
                    .derived, CaseTotal.merge([reported.provenance, planned.provenance]),
                    method: "reported annual saving ÷ planned annual saving × 100")))
    }

    // MARK: - Timing

    private func judgeTiming(_ c: CaseStudy, _ findings: inout [EvaluationFinding], _ gaps: inout [String]) {
        let dated = (c.reported.filter { $0.measure == CaseFigure.Measure.annualSaving && $0.year != nil })
            .sorted { ($0.year ?? 0) < ($1.year ?? 0) }
        let datesSources = c.datesProvenance?.sources ?? []
        let plannedFirst = c.planned.first { $0.measure == CaseFigure.Measure.yearsToFirstSaving }
        let plannedFull = c.planned.first { $0.measure == CaseFigure.Measure.yearsToFullSaving }

        if let decided = c.decided, let started = c.started {
            findings.append(
                EvaluationFinding(
                    "Time from decision to first savings", value: Double(started - decided), unit: "years",
                    text: "\(Self.years(started - decided)): decided \(decided), took effect \(started) (savings are taken to begin when the change takes effect).",
                    provenance: Provenance(.derived, datesSources, method: "year started − year decided")))
        } else if let plannedFirst {
            findings.append(figureFinding("Time to first savings (planned)", plannedFirst, unit: "years"))
        } else if let decided = c.decided, let first = dated.first, let year = first.year {
            findings.append(
                EvaluationFinding(
                    "Time from decision to first savings", value: Double(year - decided), unit: "years",
                    text: "At most \(Self.years(year - decided)): decided \(decided); a saving was reported for \(year).",
                    provenance: Provenance(.derived, CaseTotal.merge([first.provenance]) + datesSources, method: "year of the earliest dated reported saving − year decided")))
        } else {
            gaps.append("Time to first savings: \(c.decided == nil ? "the decision year" : "the start year") was not found.")
        }

        if let decided = c.decided, let first = dated.first, let year = first.year {
            findings.append(
                EvaluationFinding(
                    "Time from decision to full savings", value: Double(year - decided), unit: "years",
                    text: "Full savings were reported by \(year), \(Self.years(year - decided)) after the decision in \(decided) (the earliest dated report of an annual saving; an upper bound).",
                    provenance: Provenance(
                        .derived, CaseTotal.merge([first.provenance]) + datesSources.filter { !first.provenance.sources.contains($0) },
                        method: "year of the earliest dated reported annual saving − year decided")))
        } else if let plannedFull {
            findings.append(figureFinding("Time to full savings (planned)", plannedFull, unit: "years"))
        } else {
            gaps.append(
                c.decided == nil
                    ? "Time to full savings: the decision year was not found."
                    : "Time to full savings: no reported saving carries a year.")
        }
    }

    // MARK: - Per partner and per head

    private func judgePerPartner(
        planned: CaseTotal?, reported: CaseTotal?, _ c: CaseStudy, _ profiles: [BoroughProfile],
        _ findings: inout [EvaluationFinding], _ gaps: inout [String]
    ) {
        guard let base = reported ?? planned else {
            gaps.append("Savings per partner and per head: the case has no annual saving.")
            return
        }
        let which = reported == nil ? "planned" : "reported"
        let covered = base.covers ?? c.partners
        guard !covered.isEmpty else { return }
        let perPartner = base.value / Double(covered.count)
        findings.append(
            EvaluationFinding(
                "Savings per partner", value: perPartner, unit: "£/year",
                text: "\(MoneyFormat.compact(perPartner)) a year: the \(which) \(MoneyFormat.compact(base.value)) ÷ \(covered.count) partner\(covered.count == 1 ? "" : "s") (\(covered.map(\.rawValue).joined(separator: ", "))).",
                provenance: Provenance(.derived, base.sources, method: "\(which) annual saving ÷ partners it covers")))

        var population = 0.0
        var popProvenance: [Provenance] = []
        var missing: [BoroughID] = []
        for partner in covered {
            if let profile = profiles.first(where: { $0.id == partner }), let pop = profile.statistics.population {
                population += pop.value
                popProvenance.append(pop.provenance)
            } else {
                missing.append(partner)
            }
        }
        var popText = covered.count == 1 ? "the partner's population" : "the partners' populations"
        if !missing.isEmpty, base.covers == nil,
            let own = CaseTotal.read(CaseFigure.Measure.population, in: c.scale, partners: c.partners), own.covers == nil
        {
            population = own.value
            popProvenance = [own.provenance]
            missing = []
            popText = "the case's own population figure"
        }
        guard missing.isEmpty, population > 0 else {
            gaps.append(
                "Savings per head: no population for \(missing.map(\.rawValue).joined(separator: ", ")) (the workbench has no profile with a population for \(missing.count == 1 ? "it" : "them")).")
            return
        }
        let perHead = base.value / population
        let periods = popProvenance.compactMap(\.period)
        findings.append(
            EvaluationFinding(
                "Savings per head", value: perHead, unit: "£/resident/year",
                text: "£\(MoneyFormat.fixed(perHead, decimals: 2)) per resident a year: the \(which) \(MoneyFormat.compact(base.value)) ÷ \(MoneyFormat.grouped(population)) residents (\(popText)\(periods.isEmpty ? "" : ", " + Array(Set(periods)).sorted().joined(separator: ", "))).",
                provenance: Provenance(
                    .derived, CaseTotal.merge([base.provenance] + popProvenance),
                    method: "\(which) annual saving ÷ population of the partners it covers")))
    }

    // MARK: - Posts and other figures

    private func judgePosts(_ c: CaseStudy, _ findings: inout [EvaluationFinding], _ gaps: inout [String]) {
        let all = c.planned + c.reported
        let before = CaseTotal.read(CaseFigure.Measure.postsBefore, in: all, partners: c.partners)
        let after = CaseTotal.read(CaseFigure.Measure.postsAfter, in: all, partners: c.partners)
        if let before { findings.append(postFinding("Posts before", before)) }
        if let after { findings.append(postFinding("Posts after", after)) }
        if let before, let after, before.value > 0 {
            let change = after.value - before.value
            findings.append(
                EvaluationFinding(
                    "Change in posts", value: change, unit: "posts",
                    text: "\(MoneyFormat.grouped(before.value)) to \(MoneyFormat.grouped(after.value)): \(change < 0 ? "" : "+")\(MoneyFormat.fixed(change, decimals: 0)) posts (\(MoneyFormat.fixed(change / before.value * 100, decimals: 1))%).",
                    provenance: Provenance(.derived, CaseTotal.merge([before.provenance, after.provenance]), method: "posts after − posts before")))
        }
        for (list, when) in [(c.planned, "planned"), (c.reported, "reported")] {
            for figure in list where figure.measure == CaseFigure.Measure.postsLost {
                findings.append(figureFinding("Posts lost (\(when))", figure, unit: "posts"))
            }
            for figure in list where figure.measure == CaseFigure.Measure.postsCreated {
                findings.append(figureFinding("Posts created (\(when))", figure, unit: "posts"))
            }
        }
        let anyPosts = all.contains {
            [CaseFigure.Measure.postsBefore, CaseFigure.Measure.postsAfter, CaseFigure.Measure.postsLost].contains($0.measure)
        }
        if !anyPosts { gaps.append("Posts: the case records no posts before, after or lost.") }
    }

    private func postFinding(_ label: String, _ total: CaseTotal) -> EvaluationFinding {
        var text = "\(MoneyFormat.grouped(total.value)) posts for \(total.coverText)"
        if total.figures.count == 1, let note = total.figures[0].note { text += " (\(note))" }
        return EvaluationFinding(label, value: total.value, unit: "posts", text: text + ".", provenance: total.provenance)
    }

    private func judgeOtherFigures(_ c: CaseStudy, _ findings: inout [EvaluationFinding]) {
        let labels: [(String, String, String)] = [
            (CaseFigure.Measure.oneOffCost, "One-off cost", "£"),
            (CaseFigure.Measure.annualRunningCost, "Annual running cost", "£/year"),
            (CaseFigure.Measure.avoidedCost, "One-off cost avoided", "£"),
            (CaseFigure.Measure.contractValue, "Contract value", "£/year"),
            (CaseFigure.Measure.paybackYears, "Payback", "years"),
            (CaseFigure.Measure.communityRunningCost, "Cost of running a community library", "£/year"),
        ]
        for (list, when) in [(c.planned, "planned"), (c.reported, "reported")] {
            for (measure, label, unit) in labels {
                for figure in list where figure.measure == measure {
                    findings.append(figureFinding("\(label) (\(when))", figure, unit: unit))
                }
            }
        }
    }

    // MARK: - Service measures

    private func judgeMeasures(_ c: CaseStudy, _ findings: inout [EvaluationFinding], _ gaps: inout [String]) {
        var kept = 0
        var lost = 0
        for m in c.measures {
            guard let before = m.before, let after = m.after else {
                let known = m.before == nil ? (m.after == nil ? "neither value is" : "only the value after is") : "only the value before is"
                gaps.append("\(m.measure): \(known) known, so whether it was kept cannot be judged.")
                continue
            }
            let better = m.higherIsBetter ? after > before : after < before
            let status = after == before ? "kept" : (better ? "improved" : "lost")
            if after == before || better { kept += 1 } else { lost += 1 }
            let change = before != 0 ? " (\(after >= before ? "+" : "")\(MoneyFormat.fixed((after - before) / before * 100, decimals: 1))%)" : ""
            var text = "\(number(before))\(m.beforeYear.map { " (\($0))" } ?? "") to \(number(after))\(m.afterYear.map { " (\($0))" } ?? "")\(change): \(status)"
            if let note = m.note { text += "; \(note)" }
            findings.append(EvaluationFinding(m.measure, value: after - before, unit: "after − before", text: text + ".", provenance: m.provenance))
        }
        if kept + lost > 0 {
            findings.append(
                EvaluationFinding(
                    "Improvements kept or lost", value: Double(kept), unit: "measures kept or improved",
                    text: "\(kept) of \(kept + lost) service measure\(kept + lost == 1 ? "" : "s") with values before and after kept or improved; \(lost) lost.",
                    provenance: Provenance(.derived, CaseTotal.merge(c.measures.map(\.provenance)), method: "count of measures whose value after is no worse than before")))
        } else {
            gaps.append("Improvements kept or lost: no service measure has values both before and after.")
        }
    }

    // MARK: - Helpers

    private func figureFinding(_ label: String, _ figure: CaseFigure, unit: String) -> EvaluationFinding {
        let value = unit.hasPrefix("£") ? MoneyFormat.compact(figure.value) : number(figure.value)
        var text = value + (figure.partner.map { " for \($0)" } ?? "") + (figure.year.map { " (\($0))" } ?? "")
        if let note = figure.note { text += ": \(note)" }
        return EvaluationFinding(label, value: figure.value, unit: unit, text: text + ".", provenance: figure.provenance)
    }

    /// `1 year`, `3 years`.
    static func years(_ count: Int) -> String { count == 1 ? "1 year" : "\(count) years" }

    private func number(_ value: Double) -> String {
        value.rounded() == value ? MoneyFormat.grouped(Swift.abs(value)).withSign(value) : MoneyFormat.fixed(value, decimals: 1)
    }
}

extension String {
    /// The text with a leading minus when the value is negative.
    fileprivate func withSign(_ value: Double) -> String { value < 0 ? "-" + self : self }
}
