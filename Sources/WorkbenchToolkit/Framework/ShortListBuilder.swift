import WorkbenchCore

/// Draws the short list from a marked long list: business as usual, a do-minimum, the preferred way forward, and one
/// more and one less ambitious option, each naming the calculators that cost it.
///
/// Ambition orders the solutions (1 a small step, 4 a new model of service). The do-minimum is the least ambitious
/// solution carried forward; the less ambitious option the best-scoring solution below the preferred one; the more
/// ambitious option the preferred way combined with the best-scoring solution above it. When the long list has no
/// such solution, the preferred way itself is piloted (do-minimum), phased at a narrower scope (less ambitious) or
/// taken to the whole service (more ambitious), so all five roles are always present.
struct ShortListBuilder {
    /// The marked long list.
    let longList: [OptionChoice]
    /// The catalogue's templates by id.
    let templates: [OptionID: OptionTemplate]
    /// The as-at position.
    let position: TransformationPosition

    /// A solution's ambition; 3 for a choice a module added.
    func ambition(_ choice: OptionChoice) -> Int { templates[choice.id]?.ambition ?? 3 }

    /// The calculators that cost a solution: the catalogue's, or for a module's own solution the calculator of the
    /// same id (a module that adds a solution registers its calculator under the solution's id).
    func calculators(_ choice: OptionChoice) -> [CalculatorID] {
        templates[choice.id]?.calculators ?? [CalculatorID(rawValue: choice.id.rawValue)]
    }

    /// The live (not discounted) choices of a dimension, best first.
    func live(_ dimension: OptionDimension) -> [OptionChoice] {
        longList.filter { $0.dimension == dimension && $0.status.isLive }
            .enumerated().sorted { ($0.element.totalScore, -$0.offset) > ($1.element.totalScore, -$1.offset) }
            .map(\.element)
    }

    /// The preferred choice of a dimension.
    func preferred(_ dimension: OptionDimension) -> OptionChoice? {
        longList.first { $0.dimension == dimension && $0.status == .preferred }
    }

    /// For a solution, the best live choice of each other dimension that suits it, else that dimension's preferred.
    func companions(for solution: OptionID, overriding: [OptionDimension: OptionID] = [:]) -> [OptionID] {
        [OptionDimension.scope, .delivery, .implementation, .funding].compactMap { dimension in
            if let forced = overriding[dimension], longList.contains(where: { $0.id == forced && $0.status.isLive }) {
                return forced
            }
            let suiting = live(dimension).first { templates[$0.id]?.suits.contains(solution) ?? false }
            return (suiting ?? preferred(dimension) ?? live(dimension).first)?.id
        }
    }

    /// The short list.
    func build() -> [ShortListedOption] {
        let solutions = live(.solution)
        var list: [ShortListedOption] = []
        let recognised = position.inPlace.map { "\($0.title) (\($0.since)\(position.isHindsight($0) ? ", hindsight" : ""))" }
        list.append(
            ShortListedOption(
                id: "business-as-usual", role: .businessAsUsual, title: "Business as usual",
                choices: ["in-house", "revenue-budget"].filter { id in longList.contains { $0.id == id } },
                calculators: [],
                rationale: "The baseline every option is compared with: the service as it stands in \(position.priceBaseYear)"
                    + (recognised.isEmpty ? ", with no collaborative arrangement in place." : ", with " + recognised.joined(separator: ", ") + ".")))
        guard let best = preferred(.solution) ?? solutions.first else { return list }
        let others = solutions.filter { $0.id != best.id }

        // Do-minimum: the least ambitious other solution, or the preferred way piloted.
        let doMinimum = others.min { (ambition($0), -$0.totalScore) < (ambition($1), -$1.totalScore) }
        if let doMinimum, ambition(doMinimum) <= ambition(best) {
            list.append(option(
                "do-minimum", .doMinimum, "Do minimum: \(doMinimum.title.sentenceCased)", solution: doMinimum,
                rationale: "The least ambitious solution carried forward (ambition \(ambition(doMinimum)) of 4)."))
        } else {
            list.append(option(
                "do-minimum", .doMinimum, "Do minimum: pilot \(best.title.sentenceCased)", solution: best,
                overriding: [.implementation: "pilot-first"],
                rationale: "No less ambitious solution is carried forward, so the least that meets the objectives is a pilot of the preferred way."))
        }
        let doMinimumID = doMinimum.flatMap { ambition($0) <= ambition(best) ? $0.id : nil }

        // Preferred way forward.
        list.append(
            ShortListedOption(
                id: "preferred", role: .preferred, title: "Preferred way forward: \(best.title.sentenceCased)",
                choices: [best.id] + [OptionDimension.scope, .delivery, .implementation, .funding].compactMap { preferred($0)?.id },
                calculators: calculators(best),
                rationale: "The preferred choice in each dimension; the solution scores \(best.totalScore) against the objectives and factors."))

        // Less ambitious.
        let lower = others.filter { ambition($0) < ambition(best) && $0.id != doMinimumID }.first
            ?? others.filter { ambition($0) <= ambition(best) && $0.id != doMinimumID }.first
        if let lower {
            list.append(option(
                "less-ambitious", .lessAmbitious, "Less ambitious: \(lower.title.sentenceCased)", solution: lower,
                rationale: "The best-scoring solution carried forward that asks less than the preferred way (ambition \(ambition(lower)) against \(ambition(best)))."))
        } else {
            list.append(option(
                "less-ambitious", .lessAmbitious, "Less ambitious: \(best.title.sentenceCased), phased, narrower scope",
                solution: best, overriding: [.implementation: "phased", .scope: "management"],
                rationale: "No other solution asks less, so the preferred way is phased and narrowed."))
        }

        // More ambitious: the preferred way plus a solution that asks more (or the next best).
        let higher = others.filter { ambition($0) > ambition(best) }.first
            ?? others.first { $0.id != doMinimumID && $0.id != lower?.id }
        if let higher {
            var combined = option(
                "more-ambitious", .moreAmbitious, "More ambitious: \(best.title.sentenceCased) with \(higher.title.sentenceCased)",
                solution: higher,
                rationale: "The preferred way combined with \(higher.title.sentenceCased), which asks more (ambition \(ambition(higher)))")
            combined.choices = [best.id] + combined.choices
            var calculators = calculators(best)
            for id in self.calculators(higher) where !calculators.contains(id) { calculators.append(id) }
            combined.calculators = calculators
            combined.rationale += "."
            list.append(combined)
        } else {
            let whole: [CalculatorID] = best.id == "shared-service" ? ["shared-whole-service"] : calculators(best)
            var extended = option(
                "more-ambitious", .moreAmbitious, "More ambitious: \(best.title.sentenceCased) across the whole service at once",
                solution: best, overriding: [.scope: "whole-service", .implementation: "big-bang"],
                rationale: "No other solution is carried forward, so the preferred way is taken to the whole service at once.")
            extended.calculators = whole
            list.append(extended)
        }
        return list
    }

    /// A short-listed option built round one solution and its companions.
    private func option(
        _ id: OptionID, _ role: ShortListRole, _ title: String, solution: OptionChoice,
        overriding: [OptionDimension: OptionID] = [:], rationale: String
    ) -> ShortListedOption {
        ShortListedOption(
            id: id, role: role, title: title, choices: [solution.id] + companions(for: solution.id, overriding: overriding),
            calculators: calculators(solution), rationale: rationale)
    }
}
