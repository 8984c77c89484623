import WorkbenchCore

/// Scores choices against the workspace's spending objectives and critical success factors.
///
/// The five standard factors take the catalogue's scores. An objective or a workspace factor is matched by the
/// words of its id and text: speed (`fast`, `quick`, `time`) takes the achievability score; value for money the
/// value-for-money score; cost words (`cost`, `saving`, `budget`, `efficien`) the saving attribute; access words
/// (`access`, `service`, `open`, `hours`, `quality`, `user`) the service attribute; `collaborat`, `partner`, `shar`,
/// `joint` the collaboration attribute; `communit`, `volunteer` the community attribute; anything else the
/// strategic-fit score. An access criterion that speaks of hours is measured, for a solution that cuts hours or
/// branches, by hours against the standard; any other access criterion by reach: measured from the workspace's geography where
/// the inputs carry a measured service score for the choice (`measuredService`), otherwise by people per library
/// (`PositionRules`). Every assessment records its reason.
///
/// Each criterion is assessed once: a workspace factor whose id is also an objective's is not assessed again.
struct ChoiceAssessor {
    /// The inputs.
    let inputs: FrameworkInputs
    /// The factors used (the standard five when the workspace lists none), including any that share an objective's id.
    let factors: [CriticalSuccessFactor]
    /// The subject's position.
    let position: TransformationPosition
    /// The rules that score the subject's own figures.
    let rules: PositionRules

    /// Makes the assessor.
    init(inputs: FrameworkInputs, factors: [CriticalSuccessFactor], position: TransformationPosition) {
        self.inputs = inputs
        self.factors = factors
        self.position = position
        rules = PositionRules(standing: BoroughStanding(inputs), measured: inputs.measuredService)
    }

    /// The factors assessed in their own right: those whose id no objective has.
    var assessedFactors: [CriticalSuccessFactor] {
        let objectiveIDs = Set(inputs.objectives.map(\.id))
        return factors.filter { !objectiveIDs.contains($0.id) }
    }

    /// Every criterion once, in order: the objectives, then the factors assessed in their own right.
    var criteria: [String] { inputs.objectives.map(\.id) + assessedFactors.map(\.id) }

    /// What an objective or workspace factor is scored on.
    enum Basis: Equatable {
        case factor(String)
        case attribute(String)
        /// Access: measured by opening hours (`true`) or by reach (`false`) for a solution that cuts either.
        case access(hours: Bool)
    }

    /// The basis of a criterion from its words.
    static func basis(id: String, text: String) -> Basis {
        let words = (id + " " + text).lowercased()
        func has(_ parts: String...) -> Bool { parts.contains { words.contains($0) } }
        if has("fast", "quick", "speed", "time to") { return .factor("achievability") }
        if has("value for money", "value-for-money") { return .factor("value-for-money") }
        if has("cost", "saving", "budget", "efficien", "cheap") { return .attribute("saving") }
        if has("access", "open", "hours", "reach") { return .access(hours: has("hours")) }
        if has("service", "quality", "user") { return .attribute("service") }
        if has("collaborat", "partner", "shar", "joint") { return .attribute("collaboration") }
        if has("communit", "volunteer", "engag") { return .attribute("community") }
        return .factor("strategic-fit")
    }

    /// The standard factor ids.
    static let standardIDs = Set(CriticalSuccessFactor.standard.map(\.id))

    /// A solution's attributes for this subject: the catalogue's, moved by the position rules it depends on.
    func attributes(_ template: OptionTemplate) -> [String: OptionTemplate.Score] {
        var attributes = template.attributes
        if template.measuredBy.contains(.budgetShare), var saving = attributes["saving"],
            let (delta, why) = rules.spendAdjustment()
        {
            saving.value = min(3, max(0, saving.value + delta))
            saving.reason += "; " + why + (delta == 0 ? "" : delta > 0 ? " (+1)" : " (−1)")
            attributes["saving"] = saving
        }
        if template.measuredBy.contains(.libraries), let measured = rules.rfidSaving() {
            attributes["saving"] = measured
        }
        return attributes
    }

    /// The measured score of an access criterion, or nil to use the catalogue's service attribute: on reach, the
    /// geography's score for any choice it measured, otherwise (and on hours) the position rules for a solution that
    /// cuts hours or branches. Reach is read through `PositionRules.reach(of:)`, as the position table reads it.
    func measuredAccess(_ template: OptionTemplate, hours: Bool) -> OptionTemplate.Score? {
        if hours { return template.measuredBy.contains(.access) ? rules.hoursScore() : nil }
        guard let reach = rules.reach(of: template.id), reach.measured != nil || template.measuredBy.contains(.access) else { return nil }
        return reach.score
    }

    /// Adjusted standard scores of a solution for this subject: stronger for a group when it is collaborative,
    /// harder alone; stronger when it builds on an arrangement in place; community management's supplier capacity
    /// by the volunteers rule.
    func factorScores(_ template: OptionTemplate) -> [String: OptionTemplate.Score] {
        var scores = template.factors
        if template.measuredBy.contains(.volunteers), var supply = scores["supplier-capacity"],
            let (delta, why) = rules.volunteerAdjustment()
        {
            supply.value = min(3, max(0, supply.value + delta))
            supply.reason += "; " + why + (delta > 0 ? " (+1)" : "")
            scores["supplier-capacity"] = supply
        }
        func adjust(_ id: String, by delta: Int, _ why: String) {
            guard var score = scores[id] else { return }
            let value = min(3, max(0, score.value + delta))
            guard value != score.value else { return }
            score.value = value
            score.reason += "; " + why
            scores[id] = score
        }
        if template.dimension == .solution, template.collaborative {
            if inputs.subject.subject.isGroup {
                adjust("strategic-fit", by: 1, "the group is looking to work together")
                adjust("achievability", by: 1, "the partners are already at the table")
            } else if template.buildsOn == nil {
                adjust("achievability", by: -1, "\(inputs.subject.subject) would first need a partner borough")
            }
        }
        if let base = template.buildsOn, let arrangement = position.anyInPlace(base) {
            let reason = "builds on \(arrangement.title) (since \(arrangement.since))"
            adjust("strategic-fit", by: 1, reason)
            if var fit = scores["strategic-fit"], !fit.reason.contains(reason) {
                fit.reason += "; " + reason
                scores["strategic-fit"] = fit
            }
        }
        return scores
    }

    /// Assesses a solution and gives its provisional verdict: discounted when already taken or when it scores 0 on
    /// a factor or an objective; otherwise carried forward.
    func assessSolution(_ template: OptionTemplate) -> OptionChoice {
        let scores = factorScores(template)
        var assessments: [CriterionAssessment] = []
        for objective in inputs.objectives {
            assessments.append(assess(id: objective.id, text: objective.text, scores: scores, template: template))
        }
        for factor in assessedFactors {
            if let score = scores[factor.id], Self.standardIDs.contains(factor.id) {
                assessments.append(CriterionAssessment(criterion: factor.id, score: score.value, reason: score.reason))
            } else {
                assessments.append(assess(id: factor.id, text: factor.title + " " + factor.question, scores: scores, template: template))
            }
        }
        var choice = OptionChoice(
            id: template.id, dimension: .solution, title: template.title, assessments: assessments,
            status: .carriedForward, reason: "Carried forward: meets every objective and factor in part at least.")
        if let taken = template.takenBy, let arrangement = position.takenByAll(taken) {
            choice.status = .alreadyHas
            choice.reason = "Already has: \(arrangement.title) since \(arrangement.since) "
                + arrangement.provenance.sources.map(\.description).joined() + "; not offered again."
        } else if let failed = assessments.first(where: { $0.score == 0 }) {
            choice.status = .discounted
            choice.reason = "Discounted: fails '\(title(of: failed.criterion))' (\(failed.reason))."
        } else if let base = template.buildsOn, let arrangement = position.anyInPlace(base) {
            choice.reason = "Carried forward: builds on \(arrangement.title), in place since \(arrangement.since)."
        }
        let measured = positionSummary(template)
        if choice.status.isLive, !measured.isEmpty {
            choice.reason = String(choice.reason.dropLast()) + "; from its position: " + measured.joined(separator: "; ") + "."
        }
        return choice
    }

    /// The position rules that moved a solution's scores, in a few words each with the figure (the full reasons
    /// are in its assessments).
    func positionSummary(_ template: OptionTemplate) -> [String] {
        var parts: [String] = []
        if template.measuredBy.contains(.budgetShare), let spend = rules.standing.spendPerHead,
            let (delta, _) = rules.spendAdjustment(), delta != 0, let mean = rules.standing.neighbourMeanSpend
        {
            parts.append(
                "spends £\(MoneyFormat.fixed(spend, decimals: 2)) a head against its neighbours' £\(MoneyFormat.fixed(mean, decimals: 2)) "
                    + "(saving \(delta > 0 ? "+1" : "−1"))")
        }
        if template.measuredBy.contains(.libraries), let libraries = rules.standing.libraries, let saving = rules.rfidSaving() {
            parts.append("\(libraries) libraries, about \(MoneyFormat.compact(Double(libraries) * PositionRules.rfidSavingPerLibrary)) a year (saving \(saving.value))")
        }
        if template.measuredBy.contains(.access) {
            if let hours = rules.standing.hoursPerThousand, let score = rules.hoursScore() {
                parts.append(
                    "hours \(PositionRules.percent(hours / AuthorityStatistics.openingHoursStandard)) of the standard (hours \(score.value))")
            }
            if let reach = rules.reach(of: template.id) {
                if let measured = reach.measured, !measured.figure.isEmpty {
                    parts.append("measured access, \(measured.figure) (reach \(reach.score.value))")
                } else if reach.measured != nil || rules.standing.access != nil {
                    parts.append("measured access (reach \(reach.score.value))")
                } else {
                    parts.append(
                        "\(MoneyFormat.grouped((rules.standing.peoplePerLibrary ?? 0).rounded())) people per library (reach \(reach.score.value))")
                }
            }
        }
        if template.measuredBy.contains(.volunteers), let (delta, _) = rules.volunteerAdjustment(), delta != 0,
            let deprivation = rules.standing.deprivation
        {
            parts.append("IMD score \(MoneyFormat.fixed(deprivation, decimals: 1)) (volunteer capacity +1)")
        }
        return parts
    }

    /// Assesses a scope, delivery, implementation or funding choice given the preferred solution: its factor scores,
    /// strategic fit raised when it suits the preferred solution, and objectives met through the solution it serves.
    func assessOther(_ template: OptionTemplate, preferred: OptionChoice?, startYear: FinancialYear) -> OptionChoice {
        var scores = template.factors
        let suits = preferred.map { template.suits.contains($0.id) } ?? false
        if suits, let preferred, var fit = scores["strategic-fit"] {
            fit.value = min(3, fit.value + 1)
            fit.reason += "; suits the preferred solution, \(preferred.title.sentenceCased)"
            scores["strategic-fit"] = fit
        }
        if template.dimension == .implementation, var achieve = scores["achievability"] {
            achieve.reason += "; start in \(startYear)"
            scores["achievability"] = achieve
        }
        var assessments: [CriterionAssessment] = []
        for objective in inputs.objectives {
            assessments.append(
                CriterionAssessment(
                    criterion: objective.id, score: suits ? 2 : 1,
                    reason: suits
                        ? "Serves the objective through the preferred solution it suits"
                        : "Serves the objective only through solutions other than the preferred one"))
        }
        for factor in assessedFactors {
            if let score = scores[factor.id], Self.standardIDs.contains(factor.id) {
                assessments.append(CriterionAssessment(criterion: factor.id, score: score.value, reason: score.reason))
            } else {
                let basis = Self.basis(id: factor.id, text: factor.title + " " + factor.question)
                if case .factor(let id) = basis, let score = scores[id] {
                    assessments.append(CriterionAssessment(criterion: factor.id, score: score.value, reason: score.reason))
                } else {
                    assessments.append(
                        CriterionAssessment(
                            criterion: factor.id, score: suits ? 2 : 1,
                            reason: "Judged through the solution it serves"))
                }
            }
        }
        var choice = OptionChoice(
            id: template.id, dimension: template.dimension, title: template.title, assessments: assessments,
            status: .carriedForward, reason: "Carried forward.")
        if let failed = assessments.first(where: { $0.score == 0 }) {
            choice.status = .discounted
            choice.reason = "Discounted: fails '\(title(of: failed.criterion))' (\(failed.reason))."
        } else if suits, let preferred {
            choice.reason = "Carried forward: suits \(preferred.title.sentenceCased)."
        }
        return choice
    }

    /// Scores a choice against an objective or workspace factor by the basis its words give.
    private func assess(id: String, text: String, scores: [String: OptionTemplate.Score], template: OptionTemplate)
        -> CriterionAssessment
    {
        let attributes = attributes(template)
        switch Self.basis(id: id, text: text) {
        case .factor(let factor):
            let score = scores[factor] ?? OptionTemplate.Score(1, "No evidence either way")
            return CriterionAssessment(criterion: id, score: score.value, reason: score.reason)
        case .attribute(let attribute):
            if attribute == "service", let reach = rules.reach(of: template.id), reach.measured != nil {
                return CriterionAssessment(criterion: id, score: reach.score.value, reason: reach.score.reason)
            }
            let score = attributes[attribute] ?? scores["strategic-fit"] ?? OptionTemplate.Score(1, "No evidence either way")
            return CriterionAssessment(criterion: id, score: score.value, reason: score.reason)
        case .access(let hours):
            let score = measuredAccess(template, hours: hours) ?? attributes["service"] ?? scores["strategic-fit"]
                ?? OptionTemplate.Score(1, "No evidence either way")
            return CriterionAssessment(criterion: id, score: score.value, reason: score.reason)
        }
    }

    /// The title of an objective or factor for messages.
    func title(of criterion: String) -> String {
        if let factor = factors.first(where: { $0.id == criterion }) { return factor.title }
        return inputs.objectives.first { $0.id == criterion }?.id ?? criterion
    }
}
