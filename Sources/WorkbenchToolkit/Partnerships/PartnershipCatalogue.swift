public import WorkbenchCore

/// The partnership project types the workbench values, built from the standard calculators' sourced evidence
/// (`CalculatorEvidence`) and the case studies, and the drivers of each borough.
public enum PartnershipCatalogue {
    /// London's library spend: "Public libraries in London cost £203 million pa" [S3].
    public static let londonSpend = Sourced<Double>(203_000_000, .published("S3", period: "2010"))

    /// The economy of scale in words, shared by the projects' notes.
    public static let scaleNote =
        "Economy of scale e(n) = 1 − 1/n for a group of n: merging n duplicated units keeps one (0 alone, ½ for a "
        + "pair, ⅔ for three, ¾ for four). Bexley and Bromley's merger removed 35 of 71 posts, 49.3%, close to "
        + "e(2) = 50% [S16]."

    /// The cost of working together per member: the calculators' joining cost.
    public static let joiningCost = Sourced<Double>(
        CalculatorEvidence.joiningCost.value,
        .estimate(
            "S36",
            method: "no published figure: half a year of one officer (£31.25k per FTE [S36]) per member for the "
                + "agreement, governance and tendering, as the calculators' joining cost"))

    /// The appraisal year savings start: the calculators' start year.
    public static let startYear = Sourced<Int>(Int(CalculatorEvidence.startYear.value), CalculatorEvidence.startYear.provenance)
    /// No saving alone: the project needs partners.
    public static let noSavingAlone = Sourced<Double>(
        0, .estimate(method: "none: the project needs partners (as the shared-service calculator notes, a shared service needs a partner)"))
    /// Nothing, for a parameter a project does not use.
    public static let none = Sourced<Double>(0, .estimate(method: "none for this project"))
    /// A ramp-up of one year, for projects that save nothing alone.
    public static let oneYear = Sourced<Int>(1, .estimate(method: "not used: the project saves nothing alone"))
    /// The ramp-up of a merger: the calculators' merger ramp-up.
    public static let mergerRamp = Sourced<Int>(
        Int(CalculatorEvidence.mergerRampUp.value), CalculatorEvidence.mergerRampUp.provenance)
    /// One more year of ramp-up for every two partners beyond the first.
    public static let extraRampForMergers = Sourced<Int>(
        1,
        .estimate(
            method: "no published timing by group size: one more year of ramp-up for every two partners beyond "
                + "the first (three or four partners: 3 years), an assumption to test"))
    /// No extra ramp-up for larger groups.
    public static let noExtraRamp = Sourced<Int>(0, .estimate(method: "none: one joint contract is let for the whole group"))

    /// The running cost of governing one pair of members a year: Bexley and Bromley's joint structure kept 36 of
    /// 71 posts [S16] where merging two equal teams would keep 35.5, so half a post more for their one pair, at
    /// £31.25k per FTE [S36].
    public static let coordinationPerLink = Sourced<Double>(
        0.5 * CalculatorEvidence.costPerFTE.value,
        .derived(
            "S16", "S36",
            method: "Bexley and Bromley kept 36 of 71 posts [S16] where two equal teams merged keep 35.5: 0.5 post more "
                + "for one pair × £31.25k per FTE [S36] = £15,625 a year per pair of members"))

    /// The tri-borough's forecast saving [S22] over its combined budget [S21]: 5.03% for three members.
    static let triBoroughShare = 1_107_000.0 / 22_000_000

    /// The running cost of working together a year per pound of spend, per partner beyond the first, calibrated on
    /// the tri-borough: the model's 10% × e(3) = 6.67% of £22m [S20][S21] against the £1.107m forecast [S22], less its
    /// three pairs' governance (`coordinationPerLink`), spread over its two partners beyond the first.
    public static let coordinationShare: Sourced<Double> = {
        let spend = 22_000_000.0
        let modelled = CalculatorEvidence.backOfficeBudgetShare.high * PartnershipProject.scale(size: 3) * spend
        let gap = modelled - triBoroughShare * spend - 3 * coordinationPerLink.value
        let share = gap / spend / 2
        return Sourced(
            share,
            .derived(
                "S20", "S21", "S22", "S16", "S36",
                method: "tri-borough: 10% × e(3) = 6.67% of £22m [S20][S21] is £\(MoneyFormat.grouped(modelled.rounded())) "
                    + "against £1.107m forecast [S22], less 3 pairs × £15,625 governance: £\(MoneyFormat.grouped(gap.rounded())) "
                    + "a year = \(Rate(fraction: gap / spend)) of spend over its 2 partners beyond the first = "
                    + "\(Rate(fraction: share)) per partner; with 10% × e(n) the share saved net of it peaks between 3 and 4 members"))
    }()

    /// The running cost of travel between members a year per kilometre between a pair's centres (an estimate).
    public static let coordinationPerKilometre: Sourced<Double> = {
        let hourly = CalculatorEvidence.costPerFTE.value / 1_650
        let perKilometre = 220 * 2 * (hourly / 15 + 0.45 / 1.609)
        return Sourced(
            perKilometre,
            .estimate(
                "S36",
                method: "no published figure: one return journey a working day (220) between each pair's centres for the "
                    + "joint management, at 15 km/h across London, staff time £31.25k per FTE [S36] ÷ 1,650 hours = "
                    + "£\(MoneyFormat.fixed(hourly, decimals: 2)) an hour, plus 45p a mile: £\(MoneyFormat.fixed(perKilometre, decimals: 0)) "
                    + "a year per km between centres"))
    }()

    /// No governance cost per pair: one lead authority lets one contract for every member.
    static let leadAuthority = Sourced<Double>(
        0,
        .estimate(
            "S10", "S11",
            method: "none per pair: one lead authority buys for every member; the London Libraries Consortium grew to 15 "
                + "boroughs by 2011 and 20 by 2020 [S10][S11] without evident costs of size; each member pays the joining cost"))

    /// Every project type, in the order tables list them.
    public static let projects: [PartnershipProject] = [sharedService, sharedWholeService, procurementConsortium, sharedRFID]

    /// Shared management and back office, calibrated on the FLP rule [S20] and Bexley and Bromley [S16].
    public static let sharedService = PartnershipProject(
        id: "shared-service", title: "Shared management and back office", choice: "shared-service",
        caseKind: .sharedService, driver: .librarySpend,
        aloneSaving: noSavingAlone,
        scaleSaving: Sourced(
            CalculatorEvidence.backOfficeBudgetShare.high,
            .derived(
                "S20", "S16",
                method: "the FLP's 10% upper bound for merging back-room services [S20] read as the duplicated "
                    + "overhead; × e(n): 5% of spend for a pair (the FLP's lower bound), 6.7% for three, 7.5% for four")),
        aloneOneOff: none, scaleDiscount: none, transitionShare: CalculatorEvidence.transitionCostShare,
        joiningCost: joiningCost, startYear: startYear, rampAlone: oneYear, rampTogether: mergerRamp,
        extraRampPerTwoPartners: extraRampForMergers,
        savingRange: Sourced(
            (CalculatorEvidence.savingPerPostLow.value / CalculatorEvidence.savingPerPost.value)...(CalculatorEvidence.costPerFTE.value
                / CalculatorEvidence.savingPerPost.value),
            .derived(
                "S36", "S14", "S16",
                method: "the shared-service calculator's range of the saving per post, £19k to £31.25k around £22k: "
                    + "× 0.86 to × 1.42")),
        coordinationShare: coordinationShare, coordinationPerLink: coordinationPerLink,
        coordinationPerKilometre: coordinationPerKilometre)

    /// A whole library service shared: the FLP's 10–25% [S20].
    public static let sharedWholeService = PartnershipProject(
        id: "shared-whole-service", title: "Shared whole service (joint management of the whole service)",
        choice: "shared-whole-service", caseKind: .sharedService, driver: .librarySpend,
        aloneSaving: noSavingAlone,
        scaleSaving: Sourced(
            CalculatorEvidence.wholeServiceBudgetShare.high,
            .derived(
                "S20",
                method: "the FLP's 25% upper bound for merging all services [S20] × e(n): 12.5% for a pair, 16.7% for "
                    + "three, 18.75% for four, all within its 10–25%")),
        aloneOneOff: none, scaleDiscount: none, transitionShare: CalculatorEvidence.transitionCostShare,
        joiningCost: joiningCost, startYear: startYear, rampAlone: oneYear, rampTogether: mergerRamp,
        extraRampPerTwoPartners: extraRampForMergers,
        savingRange: Sourced(
            (0.10 / 0.175)...(0.25 / 0.175),
            .derived("S20", method: "the FLP's 10–25% around its 17.5% midpoint: × 0.57 to × 1.43")),
        coordinationShare: Sourced(
            coordinationShare.value,
            .estimate(
                "S21", "S22",
                method: "the tri-borough's figure for the shared service, whose merger also took in book processing and "
                    + "procurement [S21], applied to the whole service")),
        coordinationPerLink: coordinationPerLink, coordinationPerKilometre: coordinationPerKilometre)

    /// A stock procurement consortium (the London Libraries Consortium [S8][S9][S10]).
    public static let procurementConsortium = PartnershipProject(
        id: "procurement-consortium", title: "Stock procurement consortium", choice: "consortium-procurement",
        caseKind: .procurement, driver: .stockSpend,
        aloneSaving: Sourced(0, .estimate(method: "none: buying stock alone is the status quo")),
        scaleSaving: Sourced(
            CalculatorEvidence.procurementSavingHigh.value,
            .derived(
                "S47", "S49", "S50",
                method: "the 20% upper end of joint buying's saving (£20m ÷ £100m) × e(n): 10% of stock spend for a pair, "
                    + "13.3% for three, 15% for four, within the 7–20% range")),
        aloneOneOff: none, scaleDiscount: none,
        transitionShare: Sourced(0, .estimate(method: "none: joint buying needs no restructuring; the joining cost covers tendering")),
        joiningCost: joiningCost, startYear: startYear, rampAlone: oneYear,
        rampTogether: Sourced(
            2,
            .estimate(
                "S10",
                method: "2 years, as the stock-consortium calculator: existing supply contracts run out first (Merton "
                    + "went live with the stock element in May 2011 [S10])")),
        extraRampPerTwoPartners: noExtraRamp,
        savingRange: Sourced(
            (CalculatorEvidence.procurementSavingLow.value / CalculatorEvidence.procurementSaving.value)...(CalculatorEvidence
                .procurementSavingHigh.value / CalculatorEvidence.procurementSaving.value),
            .derived("S49", "S50", method: "7–20% around the 13.5% midpoint: × 0.52 to × 1.48")),
        coordinationPerLink: leadAuthority)

    /// A jointly procured RFID self-service roll-out: each borough's own RFID economics (Solihull [S44], unit costs
    /// [S45]) with the kit bought together.
    public static let sharedRFID = PartnershipProject(
        id: "shared-rfid", title: "Shared RFID self-service roll-out (kit bought together)", choice: "self-service-rfid",
        caseKind: .selfService, driver: .libraries,
        aloneSaving: Sourced(
            CalculatorEvidence.staffSavingPerLibrary.value - CalculatorEvidence.maintenancePerLibrary.value,
            .derived("S44", period: "2008", method: "£27,250 staff time released − £6,375 maintenance per library a year = £20,875")),
        scaleSaving: none,
        aloneOneOff: Sourced(
            CalculatorEvidence.itemsPerLibrary.value * CalculatorEvidence.tagPerItem.value
                + CalculatorEvidence.kiosksPerLibrary.value * CalculatorEvidence.kioskCost.value
                + CalculatorEvidence.gateCost.value + CalculatorEvidence.workstationCost.value,
            .derived(
                "S45", "S9",
                method: "40,000 items × 39p + 2 kiosks × £9,000 + £6,000 gates + £1,000 workstation = £40,600 per library")),
        scaleDiscount: Sourced(
            CalculatorEvidence.procurementSavingHigh.value,
            .estimate(
                "S47", "S49", "S50",
                method: "joint buying's 20% upper end (for books) applied to kit and tags × e(n): 10% off for a pair, "
                    + "15% for four; no RFID-specific figure found")),
        transitionShare: Sourced(0, .estimate(method: "none beyond the kit: staffing is redesigned by each borough")),
        joiningCost: joiningCost, startYear: startYear,
        rampAlone: Sourced(Int(CalculatorEvidence.selfServiceRampUp.value), CalculatorEvidence.selfServiceRampUp.provenance),
        rampTogether: Sourced(Int(CalculatorEvidence.selfServiceRampUp.value), CalculatorEvidence.selfServiceRampUp.provenance),
        extraRampPerTwoPartners: noExtraRamp,
        savingRange: Sourced(
            ((CalculatorEvidence.staffSavingPerLibraryLow.value - CalculatorEvidence.maintenancePerLibrary.value) / 20_875)...((CalculatorEvidence
                .staffSavingPerLibraryHigh.value - CalculatorEvidence.maintenancePerLibrary.value) / 20_875),
            .derived(
                "S44", method: "staff time released £13,625 to £56,375 a library, less £6,375 maintenance, around £20,875: × 0.35 to × 2.40")),
        coordinationPerLink: Sourced(
            0, .estimate(method: "none per pair: one joint contract for the kit; each member pays the joining cost")))

    /// The standard calculator that costs a project for a subject whose members all have profiles: the calculator
    /// of the option template the project's choice names (`shared-service` for the shared service,
    /// `stock-consortium` for the procurement consortium, `rfid-self-service` for the shared RFID roll-out).
    public static func calculator(for project: PartnershipProject) -> CalculatorID? {
        switch project.id {
        case sharedService.id: return "shared-service"
        case sharedWholeService.id: return "shared-whole-service"
        case procurementConsortium.id: return "stock-consortium"
        case sharedRFID.id: return "rfid-self-service"
        default: return nil
        }
    }

    /// Library spend a head in London: £203m [S3] ÷ the 33 authorities' population.
    public static func spendPerHead(_ authorities: [AuthorityStatistics]) -> Sourced<Double> {
        let population = authorities.filter(\.isLondon).compactMap { $0.population?.value }.reduce(0, +)
        let perHead = population > 0 ? londonSpend.value / population : 0
        return Sourced(
            perHead,
            .derived(
                "S3", "S72", period: "2010 spend, mid-2015 population",
                method: "£203m London library spend [S3] ÷ \(MoneyFormat.grouped(population)) people, the 33 authorities' "
                    + "mid-2015 population [S72] = £\(MoneyFormat.fixed(perHead, decimals: 2)) a head (2015's larger "
                    + "population makes it slightly low for 2010)"))
    }

    /// Each borough's driver for a project: a pilot's profile figure where it has one, otherwise an estimate from the
    /// comparator statistics, with its method.
    public static func drivers(
        for project: PartnershipProject, among members: [AuthorityStatistics], all: [AuthorityStatistics],
        profiles: [BoroughID: BoroughProfile]
    ) throws -> [PartnerDriver] {
        let perHead = spendPerHead(all)
        return try members.map { authority in
            let profile = profiles[authority.id]
            func spend() throws -> (Double, Provenance) {
                if let budget = profile?.figure(.libraryBudget) {
                    return (budget.value, budget.provenance)
                }
                guard let population = authority.population else {
                    throw WorkbenchError(
                        .missingFigure, "\(authority.name) has no population figure, which the spend estimate needs.",
                        hint: "Add its population to inputs/london-authorities.csv.", location: .init(field: "population"))
                }
                return (
                    population.value * perHead.value,
                    .estimate(
                        "S3", "S72",
                        period: population.provenance.period,
                        method: "population \(MoneyFormat.grouped(population.value)) × £\(MoneyFormat.fixed(perHead.value, decimals: 2)) "
                            + "a head (£203m [S3] ÷ London's population [S72])"))
            }
            switch project.driver {
            case .librarySpend:
                let (value, provenance) = try spend()
                return PartnerDriver(id: authority.id, name: authority.name, value: value, provenance: provenance)
            case .stockSpend:
                if let stock = profile?.figure(.stockSpend) {
                    return PartnerDriver(id: authority.id, name: authority.name, value: stock.value, provenance: stock.provenance)
                }
                let (value, provenance) = try spend()
                let share = CalculatorEvidence.stockShareOfBudget.value
                var driver = Provenance(
                    .estimate, Array(Set(provenance.sources + ["S77"])).sorted(), period: provenance.period,
                    method: "library spend \(MoneyFormat.compact(value)) (\(provenance.kind.rawValue)"
                        + (provenance.method.map { ": \($0)" } ?? "") + ") × 10.0% stock share (Brent 2010/11 [S77])")
                driver.prices = provenance.prices
                return PartnerDriver(id: authority.id, name: authority.name, value: value * share, provenance: driver)
            case .libraries:
                guard let libraries = authority.libraries2010 else {
                    throw WorkbenchError(
                        .missingFigure, "\(authority.name) has no April 2010 library count, which the RFID project needs.",
                        hint: "Add it to inputs/london-authorities.csv.", location: .init(field: "libraries_2010"))
                }
                return PartnerDriver(
                    id: authority.id, name: authority.name, value: Double(libraries.value), provenance: libraries.provenance)
            }
        }
    }
}
