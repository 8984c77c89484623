public import WorkbenchCore

/// The toolkit's Strategic Options Framework: the Green Book's options framework filter (scope, solution, delivery,
/// implementation, funding) [S57] applied to a borough or a group, as the LLCP's 2010 toolkit did for its pilots.
///
/// It starts from where the subject stands: arrangements in place at the workspace's price base year (the "as at"
/// date, see `TransformationPosition`) are recognised, solutions they already deliver are discounted and not
/// proposed again, and solutions that build on them join the long list. Every choice is assessed against the
/// workspace's spending objectives and critical success factors (the five of Box 18 plus up to three of the
/// workspace's own [S57]) with a score and a reason, and marked preferred, carried forward or discounted. Rules that
/// modules registered then add or amend choices; the framework keeps one preferred choice per dimension (a rule's
/// preference wins over the toolkit's) and draws the short list (see `ShortListBuilder`).
public struct StrategicOptionsFramework: OptionsFramework {
    /// Makes the framework.
    public init() {}

    /// `strategic-options`.
    public static let descriptor = FrameworkDescriptor(
        id: "strategic-options", title: "Strategic Options Framework",
        summary: "Long list across scope, solution, delivery, implementation and funding; assessed; short-listed.")

    /// The most factors of its own a workspace may add to the five standard ones [S57].
    public static let maximumOwnFactors = 3

    /// Builds the long and short lists.
    ///
    /// - Throws: `invalidArgument` when the workspace adds more than three factors of its own, or lists no borough.
    public func appraise(_ inputs: FrameworkInputs, rules: [any OptionsRule]) throws -> OptionsAppraisal {
        guard !inputs.subject.profiles.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "The subject '\(inputs.subject.subject)' has no borough profile to appraise.",
                hint: "Name a borough the workbench knows (see `boroughs`).", module: "toolkit")
        }
        var factors = inputs.factors.isEmpty ? CriticalSuccessFactor.standard : inputs.factors
        let own = factors.filter { !ChoiceAssessor.standardIDs.contains($0.id) }
        guard own.count <= Self.maximumOwnFactors else {
            throw WorkbenchError(
                .invalidArgument,
                "The workspace adds \(own.count) critical success factors of its own ("
                    + own.map { "'\($0.id)'" }.joined(separator: ", ") + "); the Green Book allows up to three [S57].",
                hint: "Remove factors from `successFactors` in workspace.json until three or fewer remain.",
                module: "toolkit", location: .init(file: "workspace.json", field: "successFactors"))
        }
        for standard in CriticalSuccessFactor.standard.reversed() where !factors.contains(where: { $0.id == standard.id }) {
            factors.insert(standard, at: 0)
        }
        let position = TransformationPosition(inputs.subject)
        let assessor = ChoiceAssessor(inputs: inputs, factors: factors, position: position)
        let startYear = inputs.subject.assumptions.priceBaseYear.advanced(by: 1)
        var templates: [OptionID: OptionTemplate] = [:]
        for template in StandardOptionCatalogue.solutions + StandardOptionCatalogue.others { templates[template.id] = template }

        // Solutions first: only those that build on an arrangement in place join from the build-on group.
        var solutions = StandardOptionCatalogue.solutions
            .filter { $0.buildsOn.map { position.anyInPlace($0) != nil } ?? true }
            .map(assessor.assessSolution)
        Self.mark(&solutions, templates: templates)
        let provisional = solutions.first { $0.status == .preferred }
        var longList = solutions + otherChoices(assessor, preferred: provisional, startYear: startYear)

        // Module rules.
        var notes = [
            "As at \(inputs.subject.assumptions.asAtDescription): arrangements that started after it are not yet in place"
                + (position.later.isEmpty ? "." : " (\(position.later.count) left out; --hindsight to include them).")
        ]
        let objectiveIDs = Set(inputs.objectives.map(\.id))
        for factor in factors where objectiveIDs.contains(factor.id) {
            notes.append(
                "'\(factor.id)' is both a spending objective and a critical success factor: assessed once, as the objective.")
        }
        for arrangement in position.hindsight {
            notes.append(
                "Hindsight: \(arrangement.title) (\(arrangement.since)) started after the as-at date and is recognised only "
                    + "because --hindsight was given " + arrangement.provenance.sources.map(\.description).joined() + ".")
        }
        var resolvedInputs = inputs
        resolvedInputs.factors = assessor.assessedFactors
        for rule in rules {
            let before = longList
            try rule.apply(to: &longList, inputs: resolvedInputs)
            if longList != before {
                notes.append("Rule '\(rule.descriptor.id)' (\(rule.descriptor.title)) changed the long list.")
            }
        }

        // Keep one preferred solution; if it changed, reassess the toolkit's other choices against it.
        var solutionChoices = longList.filter { $0.dimension == .solution }
        Self.mark(&solutionChoices, templates: templates)
        let finalPreferred = solutionChoices.first { $0.status == .preferred }
        var rest = longList.filter { $0.dimension != .solution }
        if finalPreferred?.id != provisional?.id {
            let ruled = rest.filter { $0.origin != "toolkit" }
            let ruledIDs = Set(ruled.map(\.id))
            rest = otherChoices(assessor, preferred: finalPreferred, startYear: startYear).filter { !ruledIDs.contains($0.id) } + ruled
        }
        var others: [OptionChoice] = []
        for dimension in [OptionDimension.scope, .delivery, .implementation, .funding] {
            var choices = rest.filter { $0.dimension == dimension }
            Self.mark(&choices, templates: templates)
            others += choices
        }
        longList = solutionChoices + others

        for arrangement in position.later {
            notes.append(
                "Later history, not yet in place at \(position.asAt): \(arrangement.title) (\(arrangement.since)) "
                    + arrangement.provenance.sources.map(\.description).joined() + ".")
        }
        if inputs.objectives.isEmpty {
            notes.append("The workspace lists no spending objectives; choices are assessed against the critical success factors only.")
        }
        let shortList = ShortListBuilder(longList: longList, templates: templates, position: position).build()
        return OptionsAppraisal(
            subject: inputs.subject.subject, recognised: position.inPlace, longList: longList, shortList: shortList,
            notes: notes, position: assessor.rules.measures(), criteria: assessor.criteria,
            successFactors: factors.map(\.id))
    }

    /// The scope, delivery, implementation and funding choices assessed against a preferred solution.
    private func otherChoices(_ assessor: ChoiceAssessor, preferred: OptionChoice?, startYear: FinancialYear) -> [OptionChoice] {
        StandardOptionCatalogue.others.map { assessor.assessOther($0, preferred: preferred, startYear: startYear) }
    }

    /// Marks one dimension: discounted choices stay discounted (and choices already in place stay so); a preferred choice a module set is kept (the last one
    /// if several); otherwise the best-scoring live choice is preferred (ties to the better value-for-money score, then list order)
    /// and the others carried forward.
    static func mark(_ choices: inout [OptionChoice], templates: [OptionID: OptionTemplate]) {
        let live = choices.indices.filter { choices[$0].status.isLive }
        guard !live.isEmpty else { return }
        let ruled = live.last { choices[$0].status == .preferred && choices[$0].origin != "toolkit" }
        func valueForMoney(_ index: Int) -> Int {
            choices[index].assessments.first { $0.criterion == "value-for-money" }?.score ?? 0
        }
        let best = ruled ?? live.max { a, b in
            (choices[a].totalScore, valueForMoney(a), -a) < (choices[b].totalScore, valueForMoney(b), -b)
        }!
        for index in live {
            if index == best {
                if choices[index].status != .preferred, choices[index].origin == "toolkit" {
                    choices[index].reason = "Preferred: the highest score in its dimension (\(choices[index].totalScore))"
                        + (choices[index].reason.hasPrefix("Carried forward: ")
                            ? "; " + choices[index].reason.dropFirst("Carried forward: ".count) : ".")
                }
                choices[index].status = .preferred
            } else if choices[index].status == .preferred {
                choices[index].status = .carriedForward
                choices[index].reason = "Carried forward: \(choices[best].title) is preferred"
                    + (choices[best].origin != "toolkit" ? " by the \(choices[best].origin) module." : ".")
            }
        }
    }
}
