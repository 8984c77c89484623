import WorkbenchCore

/// The arithmetic behind the two shared-service calculators.
///
/// For each borough, the driver is the first it has:
/// 1. back-office posts (profile figure `back-office-posts` or `--back-office-posts`): saving =
///    posts × `post-reduction` × `cost-per-post` × (1 + `on-cost-rate`), uncertain in `cost-per-post`;
/// 2. the library budget (`library-budget` or `--library-budget`): saving = budget × `budget-saving-share` (the
///    Future Libraries Programme's 5–10% for back offices, 10–25% for whole services [S20]).
/// A one-off transition cost of `transition-cost-share` × the full saving falls in the start year.
enum SharedServiceCosting {
    /// Which services are merged.
    enum Scope {
        /// Management and back office.
        case backOffice
        /// The whole service.
        case wholeService
    }

    /// Costs the subject.
    static func schedule(
        _ descriptor: CalculatorDescriptor, scope: Scope, inputs: SubjectInputs, overrides: ParameterValues
    ) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(descriptor, inputs: inputs, overrides: overrides)
        let share = try calc.sourced(.budgetSavingShare)
        let transition = try calc.sourced(.transitionCostShare)
        var units: [(name: String, saving: Double, uncertainty: LineUncertainty?, provenance: Provenance, label: String)] = []

        // Only the back-office calculator declares the posts figure; the whole-service one costs budgets alone.
        var postsGiven: (value: Double, provenance: Provenance)?
        if scope == .backOffice, let posts = try calc.parameters.override(.backOfficePosts) {
            postsGiven = (posts, try calc.sourced(.backOfficePosts).provenance)
        }
        let budgetGiven = try calc.parameters.override(.libraryBudget)
            .map { (value: $0, provenance: try calc.sourced(.libraryBudget).provenance) }
        let groupOverride = postsGiven != nil || budgetGiven != nil
        let sources: [(String, BoroughProfile?)] =
            groupOverride ? [(SubjectFigures.unitName(inputs), nil)] : inputs.profiles.map { ($0.name, $0) }

        for (name, profile) in sources {
            let posts: CostingUnit? =
                scope == .backOffice
                ? (postsGiven.map { CostingUnit(name: name, value: $0.value, provenance: $0.provenance) }
                    ?? profile.flatMap { SubjectFigures.figure(.backOfficePosts, in: $0) })
                : nil
            if let posts, budgetGiven == nil {
                let reduction = try calc.sourced(.postReduction)
                let cost = try calc.sourced(.costPerPost)
                let onCost = try calc.sourced(.onCostRate)
                let removed = posts.value * reduction.value
                let saving = removed * cost.value * (1 + onCost.value)
                let method = "\(MoneyFormat.fixed(posts.value, decimals: 0)) posts × \(Rate(fraction: reduction.value)) "
                    + "removed = \(MoneyFormat.fixed(removed, decimals: 1)) posts × \(MoneyFormat.compact(cost.value)) a post"
                    + (onCost.value > 0 ? " × (1 + \(Rate(fraction: onCost.value)) on-costs)" : "")
                units.append((
                    name, saving, try calc.uncertainty(.costPerPost),
                    SubjectFigures.combine(
                        [posts.provenance, reduction.provenance, cost.provenance] + (onCost.value > 0 ? [onCost.provenance] : []),
                        method: method),
                    "Management and back-office posts removed"
                ))
                continue
            }
            let budget: CostingUnit? =
                budgetGiven.map { CostingUnit(name: name, value: $0.value, provenance: $0.provenance) }
                ?? profile.flatMap { SubjectFigures.figure(.libraryBudget, in: $0) }
            guard let budget else {
                if scope == .backOffice {
                    throw WorkbenchError(
                        .missingFigure,
                        "\(name)'s profile has no `back-office-posts` figure (management and back-office posts) and no "
                            + "`library-budget` figure, one of which the '\(descriptor.id)' calculator needs.",
                        hint: "Add a `back-office-posts` figure to the borough's profile, or pass --back-office-posts "
                            + "(or --library-budget to use the 5–10% rule [S20]).",
                        module: "toolkit", location: .init(field: "back-office-posts", argument: "--back-office-posts"))
                }
                throw SubjectFigures.missing(.libraryBudget, what: "the library service's annual budget", borough: name, calculator: descriptor.id)
            }
            let saving = budget.value * share.value
            let method = "\(MoneyFormat.compact(budget.value)) budget × \(Rate(fraction: share.value))"
            units.append((
                name, saving, try calc.uncertainty(.budgetSavingShare),
                SubjectFigures.combine([budget.provenance, share.provenance], method: method),
                scope == .backOffice ? "Back-office merger (share of budget)" : "Whole-service merger (share of budget)"
            ))
            if let note = SubjectFigures.budgetPeriodNote(name: name, budget.provenance) { calc.notes.append(note) }
        }

        for unit in units {
            calc.builder.saving("\(unit.label): \(unit.name)", full: unit.saving, uncertainty: unit.uncertainty, unit.provenance)
        }
        for unit in units {
            let amount = unit.saving * transition.value
            calc.builder.oneOff(
                "Redundancy and transition: \(unit.name)", amount: amount, uncertainty: try calc.uncertainty(.transitionCostShare),
                SubjectFigures.combine(
                    [unit.provenance, transition.provenance],
                    method: "\(MoneyFormat.compact(unit.saving)) full-year saving × \(Rate(fraction: transition.value))"))
        }
        if !inputs.subject.isGroup {
            calc.notes.append("A shared service needs a partner; this schedule costs \(SubjectFigures.unitName(inputs))'s side only.")
        }
        let title = scope == .backOffice ? "Shared management and back office" : "Shared whole service"
        return calc.schedule(
            title: title, category: .equipmentDevelopment,
            categoryReason: "a new joint structure, treated like an equipment and development project")
    }
}
