public import WorkbenchCore

/// The mobile and home library service: withdrawing mobile libraries, as Camden [S24] and Bromley [S36] did, saves
/// their running cost and the replacement vehicle [S28], less the home delivery that replaces them; a home library
/// service restructure (Lewisham [S31]) adds its own saving when given.
///
/// For m mobiles withdrawn: m × running cost a year saved; m × vehicle cost once (a replacement not bought); m ×
/// running cost × replacement share a year spent on home delivery; the home library saving a year; redundancy
/// transition share × the full-year net saving once.
public struct MobileHomeLibraryCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `mobile-home-library` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "mobile-home-library", title: "Mobile and home library service",
        summary: "Withdraws mobile libraries and reshapes home delivery: running and vehicle costs saved.",
        parameters: [
            CalculatorParameter(
                .mobilesWithdrawn, label: "Mobile libraries withdrawn", unit: .count,
                defaultValue: CalculatorEvidence.mobilesWithdrawn, valid: 0...50),
            CalculatorParameter(
                .mobileRunningCost, label: "Running cost of a mobile (£ a year); range £50k–£100k (estimate)",
                unit: .poundsEach, defaultValue: CalculatorEvidence.mobileRunningCost, range: 50_000...100_000,
                valid: 0...1_000_000),
            CalculatorParameter(
                .vehicleCost, label: "Replacement vehicle not bought, per mobile (£); Camden's cost £67,000 [S28]",
                unit: .poundsEach, defaultValue: CalculatorEvidence.mobileVehicleCost, valid: 0...1_000_000),
            CalculatorParameter(
                .replacementShare,
                label: "Share of the mobile's cost spent on home delivery instead; range 0–50% (estimate)",
                unit: .fraction, defaultValue: CalculatorEvidence.mobileReplacementShare, range: 0...0.5, valid: 0...1),
            CalculatorParameter(
                .homeLibrarySaving, label: "Home library service restructure saving (£ a year); Lewisham planned £80k [S31]",
                unit: .pounds, defaultValue: CalculatorEvidence.homeLibrarySaving, valid: 0...10_000_000),
            StandardParameters.transitionCostShare,
        ]
            + StandardParameters.timing(
                rampUp: Sourced(1, .estimate(method: "1 year: a mobile service stops on a set date"))))

    /// Costs the subject's change to its mobile and home library service.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let mobiles = try calc.sourced(.mobilesWithdrawn)
        let running = try calc.sourced(.mobileRunningCost)
        let vehicle = try calc.sourced(.vehicleCost)
        let replacement = try calc.sourced(.replacementShare)
        let home = try calc.sourced(.homeLibrarySaving)
        let transition = try calc.sourced(.transitionCostShare)
        let name = SubjectFigures.unitName(inputs)
        let n = mobiles.value
        let count = MoneyFormat.grouped(n)
        var fullYear = 0.0
        if n > 0 {
            fullYear += n * running.value * (1 - replacement.value)
            calc.builder.saving(
                "Mobile libraries withdrawn: \(name)", full: n * running.value,
                uncertainty: try calc.uncertainty(.mobileRunningCost),
                SubjectFigures.combine(
                    [mobiles.provenance, running.provenance],
                    method: "\(count) mobiles × \(MoneyFormat.compact(running.value)) a year"))
            calc.builder.oneOff(
                "Replacement vehicle not bought: \(name)", amount: n * vehicle.value, kind: .saving, uncertainty: nil,
                SubjectFigures.combine(
                    [mobiles.provenance, vehicle.provenance],
                    method: "\(count) mobiles × \(MoneyFormat.whole(vehicle.value))"))
            calc.builder.recurringCost(
                "Home delivery instead: \(name)", annual: n * running.value * replacement.value, ramped: true,
                uncertainty: try calc.uncertainty(.replacementShare),
                SubjectFigures.combine(
                    [mobiles.provenance, running.provenance, replacement.provenance],
                    method: "\(count) mobiles × \(MoneyFormat.compact(running.value)) × \(Rate(fraction: replacement.value))"))
        }
        if home.value > 0 {
            fullYear += home.value
            calc.builder.saving(
                "Home library service restructured: \(name)", full: home.value, uncertainty: nil, home.provenance)
        }
        if fullYear > 0 {
            try calc.redundancy(name, fullYear: fullYear, transition: transition, basis: "full-year net saving")
        } else {
            calc.notes.append("No change given: pass --mobiles-withdrawn or --home-library-saving.")
        }
        calc.notes.append(
            "The vehicle saving counts only if a replacement was due within the horizon; pass --vehicle-cost 0 "
                + "otherwise. London had 21 mobile libraries [S4]; Camden's ceased in 2012 [S24], Bromley's by 2014 [S36].")
        return calc.schedule(
            title: "Mobile and home library service", category: nil,
            categoryReason: "a service withdrawn: no capital works, systems or outsourced spending")
    }
}
