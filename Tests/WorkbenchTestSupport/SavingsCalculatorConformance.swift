public import WorkbenchCore

/// Checks a savings calculator against the rules every calculator must keep, toolkit's or a borough's, and returns
/// one sentence per problem (empty when it keeps them all), so that XCTest (`XCTAssertEqual(problems, [])`) and Swift
/// Testing (`#expect(problems == [])`) can both use it.
///
/// The descriptor: a valid id, a title and summary, parameter ids that are valid and unique, `--years` declared,
/// every default and range inside the valid values, ranges ordered, each default inside its range, and a method for
/// every derived or estimated default. The schedule for `inputs` (a subject the calculator can cost) with its
/// defaults: it succeeds, is named after the calculator, covers the workspace's horizon (horizon + 1 amounts per
/// line), every amount is finite, every uncertainty is ordered low ≤ 1 ≤ high, and a second run gives the same
/// schedule. The parameters: `--years 5` gives a 5-year schedule; an unknown parameter, a value above or below a
/// parameter's valid values, and a fraction for a count are each refused with `invalidArgument`; each uncertain
/// parameter at either end of its range still gives a finite schedule.
///
/// - Parameters:
///   - calculator: the calculator to check.
///   - inputs: a subject it can cost, with its profiles and assumptions.
/// - Returns: the problems found, as sentences naming the calculator.
public func checkSavingsCalculator(_ calculator: any SavingsCalculator, inputs: SubjectInputs) -> [String] {
    let descriptor = calculator.descriptor
    var problems: [String] = []
    func problem(_ text: String) { problems.append("\(descriptor.id): \(text)") }

    // Descriptor.
    if !CalculatorID.isValid(descriptor.id.rawValue) { problem("the id is not a valid id.") }
    if descriptor.title.trimmingWhitespace().isEmpty { problem("the descriptor has no title.") }
    if descriptor.summary.trimmingWhitespace().isEmpty { problem("the descriptor has no summary.") }
    var ids = Set<String>()
    for parameter in descriptor.parameters {
        let name = "--\(parameter.id)"
        if !ids.insert(parameter.id).inserted { problem("the parameter \(name) is declared twice.") }
        if !CalculatorID.isValid(parameter.id) { problem("the parameter id '\(parameter.id)' is not a valid id.") }
        if parameter.label.trimmingWhitespace().isEmpty { problem("\(name) has no label.") }
        if parameter.valid.lowerBound > parameter.valid.upperBound { problem("\(name)'s valid values are not ordered.") }
        if let value = parameter.defaultValue {
            if !parameter.valid.contains(value.value) {
                problem("\(name)'s default \(value.value) lies outside its valid values \(parameter.valid).")
            }
            if value.provenance.kind == .derived || value.provenance.kind == .estimate,
                (value.provenance.method ?? "").trimmingWhitespace().isEmpty
            {
                problem("\(name)'s default is \(value.provenance.kind.rawValue) but states no method.")
            }
        }
        if let range = parameter.range {
            if range.lowerBound > range.upperBound { problem("\(name)'s range is not ordered.") }
            if !parameter.valid.contains(range.lowerBound) || !parameter.valid.contains(range.upperBound) {
                problem("\(name)'s range \(range) lies outside its valid values \(parameter.valid).")
            }
            if let value = parameter.defaultValue?.value, !range.contains(value) {
                problem("\(name)'s default \(value) lies outside its range \(range).")
            }
        }
    }
    if !ids.contains(ParameterKey.years.id) { problem("it does not declare --years, which the shell's appraisal sets.") }

    // The schedule with the defaults.
    func run(_ values: [String: Double], _ what: String) -> CashFlowSchedule? {
        do {
            return try calculator.schedule(for: inputs, parameters: ParameterValues(values))
        } catch {
            problem("the schedule \(what) for \(inputs.subject) threw: \(error)")
            return nil
        }
    }
    func checkShape(_ schedule: CashFlowSchedule, horizon: Int, _ what: String) {
        if schedule.horizon != horizon { problem("the schedule \(what) covers \(schedule.horizon) years, not \(horizon).") }
        for line in schedule.lines {
            if line.amounts.count != horizon + 1 {
                problem("the line '\(line.label)' \(what) has \(line.amounts.count) amounts, not \(horizon + 1).")
            }
            if line.amounts.contains(where: { !$0.isFinite }) {
                problem("the line '\(line.label)' \(what) has an amount that is not a number.")
            }
            if let u = line.uncertainty, !(u.low <= u.mostLikely && u.mostLikely <= u.high && u.low.isFinite && u.high.isFinite) {
                problem("the line '\(line.label)' \(what) has an unordered uncertainty \(u.low)/\(u.mostLikely)/\(u.high).")
            }
        }
    }
    let horizon = inputs.assumptions.horizonYears
    if let schedule = run([:], "with its defaults") {
        if schedule.origin != descriptor.id.rawValue {
            problem("the schedule's origin is '\(schedule.origin)', not the calculator's id.")
        }
        if schedule.lines.isEmpty { problem("the schedule with its defaults has no lines.") }
        checkShape(schedule, horizon: horizon, "with its defaults")
        if let again = run([:], "run a second time"), again != schedule {
            problem("two runs with the same inputs give different schedules.")
        }
    }
    if ids.contains(ParameterKey.years.id), let five = run([ParameterKey.years.id: 5], "with --years 5") {
        checkShape(five, horizon: 5, "with --years 5")
    }

    // Refusals.
    func expectRefusal(_ values: [String: Double], _ what: String) {
        do {
            _ = try calculator.schedule(for: inputs, parameters: ParameterValues(values))
            problem("\(what) was accepted; it must be refused with invalid-argument.")
        } catch let error as WorkbenchError {
            if error.code != .invalidArgument {
                problem("\(what) was refused with \(error.code), not invalid-argument: \(error.message)")
            }
        } catch {
            problem("\(what) threw \(error), not a WorkbenchError.")
        }
    }
    expectRefusal(["no-such-parameter": 1], "an unknown parameter --no-such-parameter")
    for parameter in descriptor.parameters {
        let name = "--\(parameter.id)"
        let step = Swift.max(1, parameter.valid.upperBound.magnitude)
        expectRefusal([parameter.id: parameter.valid.upperBound + step], "\(name) above its valid values")
        expectRefusal([parameter.id: parameter.valid.lowerBound - step], "\(name) below its valid values")
        if parameter.unit == .count || parameter.unit == .years, parameter.valid.lowerBound + 0.5 <= parameter.valid.upperBound {
            expectRefusal([parameter.id: parameter.valid.lowerBound + 0.5], "a fraction for \(name)")
        }
        if let range = parameter.range {
            for end in [range.lowerBound, range.upperBound] {
                if let schedule = run([parameter.id: end], "with \(name) \(end)") {
                    checkShape(schedule, horizon: horizon, "with \(name) \(end)")
                }
            }
        }
    }
    return problems
}
