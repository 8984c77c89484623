public import WorkbenchCore

/// How each kind of option's delivery may slip, by the standard calculator that costs it: delay of the start, stretch
/// of the ramp-up and the chance of not being delivered, from the case studies' planned against actual dates where
/// they give them, otherwise an estimate with its method. `simulate` draws them; `appraise` does not (it appraises the
/// schedule as planned).
///
/// The chance of not being delivered is given only where a case shows a planned change that did not happen or the
/// change rests on a third party the council cannot direct (a community group); it is then estimated by Laplace's rule
/// of succession, (failures + 1) ÷ (cases + 2), which gives a small sample a stated, reproducible figure.
public enum DeliveryRiskCatalogue {
    /// The delivery risk of the option a calculator costs, or nil when none is stated (then it is delivered as
    /// scheduled).
    public static func risk(for calculator: CalculatorID) -> DeliveryRisk? { byCalculator[calculator.rawValue] }

    /// Every stated risk by calculator id.
    public static let byCalculator: [String: DeliveryRisk] = [
        "community-managed": communityHandover,
        "network-change": networkChange,
        "shared-service": sharedService,
        "shared-whole-service": sharedService,
        "stock-consortium": stockConsortium,
        "trust-or-provider": trustOrProvider,
        "rfid-self-service": equipment,
        "co-location": coLocation,
        "opening-hours": inHouse,
        "staffing-restructure": inHouse,
        "book-fund": inHouse,
        "mobile-home-library": inHouse,
        "digital-lending": inHouse,
        "income-generation": income,
        "volunteers": volunteers,
    ]

    /// Handing branches to community groups: Camden's three planned for April 2012 [S24] went to their groups in
    /// March 2012 (Heath), April 2012 (Chalk Farm) and during 2012 (Belsize) [S71]; none of Camden's three or
    /// Lewisham's five transfers [S33] had gone back by July 2016 [S71].
    public static let communityHandover = DeliveryRisk(
        kind: "community handover", delayYears: 0, mostLikely: 0, high: 1, rampUpStretch: 1...2, failure: 1.0 / 10,
        provenance: .derived(
            "S24", "S71", "S33", "S26",
            method: "delay 0–0–1 years: Camden planned April 2012 [S24]; Heath went in March 2012 and Chalk Farm in April "
                + "2012, on time, Belsize during 2012, up to a year late, and Regent's Park's change came in 2013, a year "
                + "late [S71]. Not delivered 10%: none of 8 transfers (Camden 3, Lewisham 5) failed by July 2016 [S71][S33], "
                + "(0 + 1) ÷ (8 + 2) by the rule of succession, since a group cannot be made to take a branch. Ramp-up "
                + "× 1–1–2: Camden's support ended in April 2013 as planned [S26]; up to twice as long is an allowance"))

    /// Closing or merging branches: Camden's Regent's Park a year late; Merton's West Barnes closure not made.
    public static let networkChange = DeliveryRisk(
        kind: "closures and network change", delayYears: 0, mostLikely: 0, high: 1, rampUpStretch: 1...1, failure: 2.0 / 9,
        provenance: .derived(
            "S24", "S71", "S34", "S35", "S31",
            method: "delay 0–0–1 years: Camden's Regent's Park, to cease in April 2012 [S24], closed in 2013 [S71]. Not "
                + "delivered 22%: of 7 closures proposed in the cases (Lewisham 5 [S31], Camden 1, Merton's West Barnes 1 "
                + "[S34]) one was not made (West Barnes kept with 4 hours a week fewer [S35]): (1 + 1) ÷ (7 + 2)"))

    /// Shared management and back office, or a whole service shared.
    public static let sharedService = DeliveryRisk(
        kind: "shared service", delayYears: 0, mostLikely: 0, high: 0.5, rampUpStretch: 1...1.5,
        provenance: .estimate(
            "S13", "S14", "S22", "S36",
            method: "delay 0–0–0.5 years: Bexley and Bromley's start was brought forward from April to January 2012 "
                + "[S13][S14] (taken as on time); the tri-borough gives no dates [S22]; half a year late is an allowance. "
                + "Ramp-up × 1–1–1.5: Bromley's £340k in 2014 [S36] was near its planned £370k [S14]; half as long again "
                + "is an allowance"))

    /// A stock procurement consortium.
    public static let stockConsortium = DeliveryRisk(
        kind: "stock consortium", delayYears: 0, mostLikely: 0, high: 0.5, rampUpStretch: 1...1.5,
        provenance: .estimate(
            "S10",
            method: "delay 0–0–0.5 years: Merton went live with the stock element in May 2011, in the year it joined [S10]; "
                + "existing supply contracts must run out first, so half a year late is an allowance; ramp-up × 1–1–1.5"))

    /// A trust or other provider.
    public static let trustOrProvider = DeliveryRisk(
        kind: "trust or provider", delayYears: 0, mostLikely: 0.25, high: 1, rampUpStretch: 1...1.5,
        provenance: .estimate(
            "S41", "S42",
            method: "delay 0–0.25–1 years: the cases give start years (Hounslow 2008 [S41], Ealing and Harrow 2013 [S42]) "
                + "but no planned dates; a procurement and TUPE transfer taking a quarter of a year longer, at worst a "
                + "year, is an allowance; ramp-up × 1–1–1.5"))

    /// Equipment bought off the shelf and installed (RFID self-service).
    public static let equipment = DeliveryRisk(
        kind: "equipment roll-out", delayYears: 0, mostLikely: 0, high: 0.5, rampUpStretch: 1...1.5,
        provenance: .estimate(
            "S44", "S36",
            method: "delay 0–0–0.5 years: Solihull planned its full saving over 5 years [S44] and Bromley installed RFID in "
                + "every library in 2014 [S36], with no planned dates to set against; half a year late and a ramp-up "
                + "half as long again are allowances"))

    /// Moving a branch into another council building.
    public static let coLocation = DeliveryRisk(
        kind: "co-location", delayYears: 0, mostLikely: 0.5, high: 2, rampUpStretch: 1...1,
        provenance: .estimate(
            "S39", "S71",
            method: "delay 0–0.5–2 years: Enfield consulted on community libraries in shared spaces in about 2014–15 [S39] "
                + "and several were reconfigured around 2016 [S71]; building works, most likely half a year late and at "
                + "worst two, are an allowance"))

    /// A council's own change to its service (hours, staffing, book fund, mobile and home library, e-lending).
    public static let inHouse = DeliveryRisk(
        kind: "in-house change", delayYears: 0, mostLikely: 0, high: 0.25, rampUpStretch: 1...1,
        provenance: .estimate(
            "S35", "S36",
            method: "delay 0–0–0.25 years: a council's own change made with its budget year, as Merton cut West Barnes's "
                + "hours [S35] and Bromley its total hours [S36]; a quarter of a year late at worst is an allowance"))

    /// Income from room hire, cafés and events.
    public static let income = DeliveryRisk(
        kind: "income generation", delayYears: 0, mostLikely: 0, high: 0.5, rampUpStretch: 1...2,
        provenance: .estimate(
            method: "no dated case: delay 0–0–0.5 years and income taking up to twice as long to build as planned are "
                + "allowances"))

    /// Volunteers recruited to support staff.
    public static let volunteers = DeliveryRisk(
        kind: "volunteers", delayYears: 0, mostLikely: 0, high: 0.5, rampUpStretch: 1...2,
        provenance: .estimate(
            method: "no dated case: delay 0–0–0.5 years and recruitment taking up to twice as long as planned are "
                + "allowances"))
}
