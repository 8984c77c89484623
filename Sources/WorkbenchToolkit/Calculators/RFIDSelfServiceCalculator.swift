public import WorkbenchCore

/// RFID self-service issue and return: tagging the stock, kiosks, security gates and staff workstations in every
/// library [S45], yearly maintenance [S44], and the staff time released [S44].
///
/// For L libraries: tagging L × items × tag cost; kiosks L × kiosks × kiosk cost; gates L × gate cost; workstations
/// L × workstation cost (all one-off in the start year); maintenance L × maintenance a year and staff time released
/// L × saving per library a year, both ramping up as sites go live.
public struct RFIDSelfServiceCalculator: SavingsCalculator {
    /// Makes the calculator.
    public init() {}

    /// `rfid-self-service` and its parameters.
    public static let descriptor = CalculatorDescriptor(
        id: "rfid-self-service", title: "RFID self-service",
        summary: "Tags stock and installs kiosks and gates; releases staff time at the counter.",
        parameters: [
            CalculatorParameters.libraries,
            CalculatorParameter(
                .itemsPerLibrary, label: "Stock items to tag per library", unit: .count,
                defaultValue: CalculatorEvidence.itemsPerLibrary, valid: 0...1_000_000),
            CalculatorParameter(
                .tagCost, label: "Tagging cost per item, all-in (£); range 38–40p [S45]", unit: .poundsEach,
                defaultValue: CalculatorEvidence.tagPerItem, range: 0.38...0.40, valid: 0...10),
            CalculatorParameter(
                .kiosksPerLibrary, label: "Self-service kiosks per library", unit: .count,
                defaultValue: CalculatorEvidence.kiosksPerLibrary, valid: 0...20),
            CalculatorParameter(
                .kioskCost, label: "Cost of a kiosk (£); range £6,000–£12,000 [S45]", unit: .poundsEach,
                defaultValue: CalculatorEvidence.kioskCost, range: 6_000...12_000, valid: 0...100_000),
            CalculatorParameter(
                .gateCost, label: "Security gates per library, one pair (£)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.gateCost, valid: 0...100_000),
            CalculatorParameter(
                .workstationCost, label: "Staff workstation per library (£)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.workstationCost, valid: 0...100_000),
            CalculatorParameter(
                .maintenancePerLibrary, label: "Maintenance per library (£ a year)", unit: .poundsEach,
                defaultValue: CalculatorEvidence.maintenancePerLibrary, valid: 0...100_000),
            CalculatorParameter(
                .staffSavingPerLibrary, label: "Staff time released per library (£ a year); range half Solihull's to its ambitious model [S44]", unit: .poundsEach,
                defaultValue: CalculatorEvidence.staffSavingPerLibrary,
                range: CalculatorEvidence.staffSavingPerLibraryLow.value...CalculatorEvidence.staffSavingPerLibraryHigh.value,
                valid: 0...500_000),
        ] + StandardParameters.timing(rampUp: CalculatorEvidence.selfServiceRampUp))

    /// Costs the subject's self-service roll-out.
    public func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
        let units = try SubjectFigures.libraries(inputs: inputs, parameters: calc.parameters)
        let items = try calc.sourced(.itemsPerLibrary)
        let tag = try calc.sourced(.tagCost)
        let kiosks = try calc.sourced(.kiosksPerLibrary)
        let kiosk = try calc.sourced(.kioskCost)
        let gate = try calc.sourced(.gateCost)
        let workstation = try calc.sourced(.workstationCost)
        let maintenance = try calc.sourced(.maintenancePerLibrary)
        let staff = try calc.sourced(.staffSavingPerLibrary)
        for unit in units {
            let libraries = unit.value
            let count = MoneyFormat.grouped(libraries)
            calc.builder.oneOff(
                "Tagging stock: \(unit.name)", amount: libraries * items.value * tag.value,
                uncertainty: try calc.uncertainty(.tagCost),
                SubjectFigures.combine(
                    [unit.provenance, items.provenance, tag.provenance],
                    method: "\(count) libraries × \(MoneyFormat.grouped(items.value)) items × "
                        + "\(MoneyFormat.fixed(tag.value * 100, decimals: 0))p"))
            calc.builder.oneOff(
                "Self-service kiosks: \(unit.name)", amount: libraries * kiosks.value * kiosk.value,
                uncertainty: try calc.uncertainty(.kioskCost),
                SubjectFigures.combine(
                    [unit.provenance, kiosks.provenance, kiosk.provenance],
                    method: "\(count) libraries × \(MoneyFormat.grouped(kiosks.value)) kiosks × \(MoneyFormat.whole(kiosk.value))"))
            calc.builder.oneOff(
                "Security gates and workstations: \(unit.name)",
                amount: libraries * (gate.value + workstation.value), uncertainty: nil,
                SubjectFigures.combine(
                    [unit.provenance, gate.provenance, workstation.provenance],
                    method: "\(count) libraries × (\(MoneyFormat.whole(gate.value)) gates + "
                        + "\(MoneyFormat.whole(workstation.value)) workstation)"))
            calc.builder.recurringCost(
                "Maintenance: \(unit.name)", annual: libraries * maintenance.value, ramped: true, uncertainty: nil,
                SubjectFigures.combine(
                    [unit.provenance, maintenance.provenance],
                    method: "\(count) libraries × \(MoneyFormat.whole(maintenance.value)) a year"))
            calc.builder.saving(
                "Staff time released: \(unit.name)", full: libraries * staff.value,
                uncertainty: try calc.uncertainty(.staffSavingPerLibrary),
                SubjectFigures.combine(
                    [unit.provenance, staff.provenance],
                    method: "\(count) libraries × \(MoneyFormat.whole(staff.value)) a year"))
        }
        calc.notes.append(
            "For scale: Solihull's business case put 8 libraries at about £600,000 with contingency [S44]; Bromley "
                + "installed RFID in all its libraries for £275,000 in 2014 [S36].")
        calc.notes.append(
            "UK RFID data models were not standardised in 2010, which complicates sharing stock across boroughs [S47b].")
        return calc.schedule(
            title: "RFID self-service", category: .standardBuildings,
            categoryReason: CalculatorEvidence.offTheShelfEquipmentReason,
            basis: "judged against Table 2's rows [S55], not the domain reference's suggestion")
    }
}
