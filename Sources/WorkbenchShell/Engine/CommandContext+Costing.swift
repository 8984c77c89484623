public import WorkbenchAnalysis
public import WorkbenchCore
public import WorkbenchReports

extension CommandContext {
    /// The one costing path: the schedules of calculators for a subject, with the workspace's parameter overrides
    /// (`inputs/parameters.json`, those scoped to "all" and to exactly this subject) and any typed ones, appraised
    /// once. Several calculators make a joint schedule: each costs the library budget the ones before it leave
    /// (`JointCosting`), so a trust's saving applies to what is left after branch changes, and
    /// `ProjectCosting.interactions` records each change. Every command that reports a calculator's or a
    /// short-listed option's figures calls this, so they agree.
    /// - Parameters:
    ///   - calculators: the calculators, in order (one for `savings <calculator>`, an option's for an option).
    ///   - title: the appraisal's title; nil for one calculator's own schedule title.
    ///   - inputs: the subject's inputs, with any horizon the command sets.
    ///   - typed: parameter values typed on the command line, by calculator.
    ///   - options: the appraisal options (`--years`, `--rate`, `--no-optimism-bias`).
    /// - Returns: the costing, or the gap naming every part that could not be costed (a missing figure or an
    ///   unregistered calculator). Other errors (a parameter out of range, an appraisal that cannot run) are thrown.
    public func costingOutcome(
        _ calculators: [CalculatorID], title: String? = nil, inputs: SubjectInputs,
        typed: [CalculatorID: ParameterValues] = [:], options: AppraisalOptions = AppraisalOptions()
    ) throws -> CostingOutcome {
        var schedules: [CashFlowSchedule] = []
        var parts: [(calculator: CalculatorID, error: WorkbenchError)] = []
        var costed: [CalculatorID] = []
        var interactions: [CostingInteraction] = []
        // Each calculator costs the budget the ones before it leave (`JointCosting`).
        var remaining = inputs
        for id in calculators {
            guard let calculator = registry.calculators[id]?.calculator else {
                parts.append((id, WorkbenchError(
                    .notFound, "The calculator '\(id)' is not registered.", hint: "See 'calculators' for those registered.")))
                continue
            }
            do {
                let parameters = try self.parameters(for: calculator, subject: inputs.subject, overriding: typed[id] ?? ParameterValues())
                let schedule = try registry.schedule(calculator, for: remaining, parameters: parameters)
                if !costed.isEmpty, JointCosting.budget(of: remaining) != JointCosting.budget(of: inputs) {
                    let alone = try registry.schedule(calculator, for: inputs, parameters: parameters)
                    let savingAlone = ProjectCosting.fullYearSaving(of: alone)
                    let savingJoint = ProjectCosting.fullYearSaving(of: schedule)
                    if abs(savingAlone - savingJoint) >= 0.5 {
                        interactions.append(CostingInteraction(
                            calculator: id, after: costed, budgetAlone: JointCosting.budget(of: inputs),
                            budgetLeft: JointCosting.budget(of: remaining), savingAlone: savingAlone, savingJoint: savingJoint))
                    }
                }
                schedules.append(schedule)
                costed.append(id)
                if calculators.count > 1 { remaining = JointCosting.leaving(schedule, from: remaining) }
            } catch let error as WorkbenchError where error.code == .missingFigure {
                parts.append((id, error))
            }
        }
        let name = title ?? schedules.first?.title ?? calculators.map(\.rawValue).joined(separator: " + ")
        guard parts.isEmpty else {
            return .incomplete(CostingGap(title: name, subject: inputs.subject, parts: parts, costed: costed))
        }
        return .costed(try ProjectCosting(
            title: name, subject: inputs.subject, calculators: calculators, schedules: schedules,
            assumptions: inputs.assumptions, options: options, interactions: interactions))
    }

    /// The costing of `costingOutcome`, or the refusal that names every missing part.
    public func costing(
        _ calculators: [CalculatorID], title: String? = nil, inputs: SubjectInputs,
        typed: [CalculatorID: ParameterValues] = [:], options: AppraisalOptions = AppraisalOptions()
    ) throws -> ProjectCosting {
        switch try costingOutcome(calculators, title: title, inputs: inputs, typed: typed, options: options) {
        case .costed(let costing): return costing
        case .incomplete(let gap): throw gap.error
        }
    }

    /// A partnership project's own costing for a group: its standard calculator's schedule for the group, as
    /// `savings` and `appraise` give it, with the workspace's assumptions. The partnership commands state it beside
    /// their model's figures.
    /// - Returns: the costing, or why there is none (a member without a borough module, no calculator for the
    ///   project, or a missing figure).
    public func costing(project: PartnershipProject, group: [BoroughID]) -> (costing: ProjectCosting?, why: String?) {
        guard let calculator = ToolkitParts.calculator(for: project) else {
            return (nil, "no calculator costs '\(project.id)'")
        }
        let outside = group.filter { registry.profiles[$0] == nil }
        guard outside.isEmpty else {
            return (nil, "'\(calculator)' costs pilots with profiles only, and \(outside.map(\.rawValue).joined(separator: ", ")) "
                + (outside.count == 1 ? "has" : "have") + " none")
        }
        do {
            let inputs = try subjectInputs(group.map(\.rawValue).joined(separator: "+"))
            switch try costingOutcome([calculator], inputs: inputs) {
            case .costed(let costing): return (costing, nil)
            case .incomplete(let gap): return (nil, gap.reasons.joined(separator: " "))
            }
        } catch let error as WorkbenchError {
            return (nil, error.message)
        } catch {
            return (nil, "\(error)")
        }
    }

    /// The first line of a partnership command's reply: its model's figures for a group beside the project's own
    /// costing (`appraise <calculator> <group>`), both stated, so a reader sees why they differ; and the same as JSON
    /// (`basis`: `model` and `costing` each with `annual_saving` and `npv`, `costing` null with `costing_missing`
    /// when the group cannot be costed by the calculator).
    /// - Parameters:
    ///   - model: the partnership model the command uses.
    ///   - group: indices into the model's drivers.
    ///   - lead: words before the sentence, such as `For the best group, ` (default none).
    public func basis(_ model: PartnershipModel, group: [Int], lead: String = "") -> (line: String, json: JSONValue) {
        let outcome = model.outcome(of: group)
        let ids = outcome.members
        let name = ids.map(\.rawValue).joined(separator: "+")
        let (costing, why) = costing(project: model.project, group: ids)
        var line = "Basis: " + lead + "the partnership model values \(name)'s \(model.project.id) at "
            + "\(MoneyFormat.compact(outcome.annualSavingTogether)) a year, NPV \(MoneyFormat.compact(outcome.npvTogether)) "
            + "(\(model.project.driver.label.lowercased()) × the project's saving for a group of \(group.count), "
            + (model.uplift > 0 ? "optimism bias on one-off costs" : "no optimism bias") + ", years 0–\(model.horizon))"
        var json: [(String, JSONValue)] = [
            ("group", .string(name)), ("project", .string(model.project.id)),
            ("model", .object([("annual_saving", .number(outcome.annualSavingTogether)), ("npv", .number(outcome.npvTogether))])),
        ]
        if let costing, let calculator = costing.calculators.first {
            line += "; the project's own costing ('appraise \(calculator) \(name)') is "
                + "\(MoneyFormat.compact(costing.annualSaving)) a year, NPV \(MoneyFormat.compact(costing.netPresentValue)) "
                + "(its calculator's drivers, with optimism bias)."
            json.append(("costing", .object([
                ("calculator", .string(calculator.rawValue)), ("annual_saving", .number(costing.annualSaving)),
                ("npv", .number(costing.netPresentValue)),
            ])))
        } else {
            line += "; the project's own costing is not available: \(why ?? "no calculator")."
            json.append(("costing", .null))
            json.append(("costing_missing", .string(why ?? "no calculator")))
        }
        return (line, .object(json))
    }
}
