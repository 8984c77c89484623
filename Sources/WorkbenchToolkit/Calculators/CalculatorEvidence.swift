public import WorkbenchCore

/// The sourced defaults the standard savings calculators start from, in one place so that every figure a
/// calculator ships can be traced to its tag in the domain reference. Derived figures state their arithmetic and
/// estimates their method.
public enum CalculatorEvidence {
    // MARK: Shared services

    /// Share of the combined management and back-office posts a merger removes: 71 posts became 36 in the Bexley and
    /// Bromley shared service, so (71 − 36) ÷ 71 = 49.3% [S16].
    public static let postReduction = Sourced<Double>(
        35.0 / 71.0,
        .derived("S16", period: "2011", method: "(36 Bromley + 35 Bexley − 36 joint posts) ÷ 71 = 49.3%"))

    /// Saving realised per management or back-office post removed: £770k a year (£400k Bexley + £370k Bromley)
    /// [S14] for the 35 posts the merger removed [S16], £22.0k each.
    public static let savingPerPost = Sourced<Double>(
        22_000,
        .derived(
            "S14", "S16", period: "2012/13",
            method: "(£400k Bexley + £370k Bromley a year) ÷ 35 posts removed (71 → 36) = £22.0k per post"))

    /// Low end of the saving per post: Bromley's Staff Side put the loss from shared services at £340k [S36]; spread
    /// pro rata over Bromley's 17.7 of the 35 posts removed (36 × 35 ÷ 71) [S16], £19.2k, rounded down to £19k.
    public static let savingPerPostLow = Sourced<Double>(
        19_000,
        .derived(
            "S36", "S16", period: "2014",
            method: "£340k ÷ (36 × 35 ÷ 71 = 17.7 Bromley posts removed) = £19.2k, rounded down to £19k"))

    /// High end of the saving per post: the full cost of an average Bromley post, £250k for 8 FTE = £31.25k [S36].
    public static let costPerFTE = Sourced<Double>(
        31_250, .derived("S36", period: "2014", method: "£250k ÷ 8 FTE = £31.25k per FTE (budget figure)"))

    /// On-costs added to the cost per post: none by default, because the per-post figures above are budget savings,
    /// which already include employer's national insurance and pension.
    public static let onCostRate = Sourced<Double>(
        0,
        .estimate(
            "S14", "S36",
            method: "0%: the per-post figures [S14][S16][S36] are budget savings that already include on-costs; "
                + "pass --on-cost-rate (typically 20–30%) with a salary-only --cost-per-post"))

    /// Future Libraries Programme rule of thumb: merging back-room services may save 5 to 10% of costs [S20].
    public static let backOfficeBudgetShare = (low: 0.05, high: 0.10, source: SourceTag("S20"))
    /// Future Libraries Programme rule of thumb: merging all services may save 10 to 25% of costs [S20].
    public static let wholeServiceBudgetShare = (low: 0.10, high: 0.25, source: SourceTag("S20"))

    /// One-off transition cost (redundancy, pension strain, project team) as a share of a year's saving.
    public static let transitionCostShare = Sourced<Double>(
        0.5,
        .estimate(
            method: "no published figure found: half a year of the recurring saving, for redundancy, pension "
                + "strain and the project team; range a quarter to one year"))

    /// Years from a decision to a running service: Bexley and Bromley approved in July 2011 and started on
    /// 1 January 2012 [S13][S14].
    public static let startYear = Sourced<Double>(
        1,
        .estimate(
            "S13", "S14",
            method: "appraisal year 1: Bexley and Bromley took about six months from approval (July 2011) to the "
                + "start (1 January 2012)"))

    /// Ramp-up of a merger: the Bexley and Bromley service started on 1 January 2012, part way through its first
    /// financial year, and ran in full from 2012/13 [S13][S14].
    public static let mergerRampUp = Sourced<Double>(
        2,
        .estimate(
            "S13", "S14",
            method: "2 years: half the saving in the first year, as Bexley and Bromley started part way through "
                + "2011/12 (1 January 2012) and ran in full from 2012/13"))

    // MARK: Stock procurement

    /// Low end of the procurement saving: joint orders and shared systems could save £7m–£20m a year across England
    /// [S49], set against about £100m of UK book spending [S50], 7%. A proxy for the saving on one borough's stock
    /// spend: the saving covers more than stock, and the base is UK books only, so it is an estimate.
    public static let procurementSavingLow = Sourced<Double>(
        0.07,
        .estimate(
            "S49", "S50", period: "2005",
            method: "proxy for the saving on stock spend: £7m England-wide saving from joint orders and shared systems "
                + "÷ £100m of UK book spending = 7%"))
    /// High end of the procurement saving: £20m a year [S47][S49] on about £100m [S50], 20%; the same proxy.
    public static let procurementSavingHigh = Sourced<Double>(
        0.20,
        .estimate(
            "S47", "S49", "S50", period: "2005–2006",
            method: "proxy for the saving on stock spend: £20m England-wide saving from joint orders and shared systems "
                + "÷ £100m of UK book spending = 20%"))
    /// Most likely procurement saving: the midpoint of 7–20% [S49][S50]; the same proxy.
    public static let procurementSaving = Sourced<Double>(
        0.135,
        .estimate(
            "S49", "S50",
            method: "proxy for the saving on stock spend: midpoint of the 7% and 20% ends (£7m–£20m England-wide "
                + "saving from joint orders and shared systems ÷ £100m of UK book spending)"))
    /// Stock as a share of a library budget: Brent 2010/11, £550,000 of £5,514,413 = 10.0% [S77].
    public static let stockShareOfBudget = Sourced<Double>(
        550_000.0 / 5_514_413.0,
        .derived("S77", period: "2010/11", method: "Brent stock £550,000 ÷ total £5,514,413 = 10.0%"))
    /// One-off cost of joining a consortium: half a year of one officer at £31.25k [S36], money of 2014.
    public static let joiningCost = Sourced<Double>(
        15_625,
        .estimate(
            "S36", period: "2014",
            method: "no published figure: half a year of one officer (£31.25k per FTE [S36]) for tendering, "
                + "catalogue and data migration; range half to double"))

    // MARK: RFID self-service

    /// Tagging cost per item, all-in: 38–40p [S45]; most likely the midpoint, 39p.
    public static let tagPerItem = Sourced<Double>(0.39, .derived("S45", method: "midpoint of 38–40p per item"))
    /// Items per library: the London Libraries Consortium held over 6 million items in 150 branches [S9], 40,000.
    public static let itemsPerLibrary = Sourced<Double>(
        40_000, .derived("S9", period: "January 2011", method: "6 million items ÷ 150 branches = 40,000"))
    /// Kiosks per library: usually at least 2 [S45].
    public static let kiosksPerLibrary = Sourced<Double>(2, .published("S45"))
    /// Kiosk cost: £6,000–£12,000 each [S45]; most likely the midpoint, £9,000.
    public static let kioskCost = Sourced<Double>(9_000, .derived("S45", method: "midpoint of £6,000–£12,000"))
    /// Security gates: £6,000 a pair [S45], one pair per library.
    public static let gateCost = Sourced<Double>(6_000, .published("S45"))
    /// Staff workstation: £1,000 [S45], one per library.
    public static let workstationCost = Sourced<Double>(1_000, .published("S45"))
    /// Maintenance per library a year: Solihull's £51,000 a year for 8 libraries [S44], £6,375.
    public static let maintenancePerLibrary = Sourced<Double>(
        6_375, .derived("S44", period: "2008", method: "£51,000 a year ÷ 8 libraries = £6,375"))
    /// Staff time released per library a year: Solihull's net £167,000 in year 5 plus its £51,000 maintenance, over
    /// 8 libraries [S44], £27,250.
    public static let staffSavingPerLibrary = Sourced<Double>(
        27_250,
        .derived("S44", period: "2008", method: "(£167,000 net saving + £51,000 maintenance) ÷ 8 libraries = £27,250"))
    /// High end: Solihull's more ambitious model, over £400,000 a year plus maintenance, over 8 libraries [S44].
    public static let staffSavingPerLibraryHigh = Sourced<Double>(
        56_375, .derived("S44", period: "2008", method: "(£400,000 + £51,000) ÷ 8 libraries = £56,375"))
    /// Low end: half the most likely, since Solihull found no significant savings in its smaller libraries [S44].
    public static let staffSavingPerLibraryLow = Sourced<Double>(
        13_625,
        .estimate("S44", method: "half of £27,250: Solihull found no significant savings in smaller libraries"))
    /// Ramp-up of self-service: Hertfordshire installed kiosks one site a week from September 2009 [S46].
    public static let selfServiceRampUp = Sourced<Double>(
        2,
        .estimate(
            "S46", method: "2 years: sites go live in turn (Hertfordshire one a week [S46]) and staffing is redesigned after"))

    // MARK: Branches, buildings and providers

    /// Running cost of one branch: "it is believed" closing West Barnes "could save the council up to £94,000" [S34]:
    /// a hoped-for upper bound of a closure saving, standing in for a branch's running cost, so an estimate.
    public static let branchRunningCost = Sourced<Double>(
        94_000,
        .estimate(
            "S34", period: "December 2010",
            method: "proxy for a branch's running cost: closing West Barnes, 'it is believed', 'could save the "
                + "council up to £94,000' (a believed upper bound of a closure saving, not a published running cost)"))
    /// Low end of a branch's running cost: Enfield expects £570,000–£630,000 a year from closing 8 libraries [S37],
    /// in 2024 pounds, restated in 2010/11 prices with HM Treasury's GDP deflator [S82] (2024 read as 2024/25):
    /// £71,250 × 68.8561 ÷ 100 = £49,060; an estimate.
    public static let branchRunningCostLow: Sourced<Double> = {
        let (value, provenance) = PriceDeflator.hmTreasuryGDP.restating(
            71_250,
            .estimate("S37", period: "2024", method: "proxy: £570,000 ÷ 8 libraries = £71,250 a closed library in 2024 prices"),
            to: FinancialYear(startYear: 2010))
        return Sourced(value, provenance)
    }()
    /// High end: about £130,000 a year to keep Chalk Farm open as a community library [S25].
    public static let branchRunningCostHigh = Sourced<Double>(130_000, .published("S25", period: "2011"))
    /// Buildings as a share of a library service's costs: Brent 2010/11, £781,600 of £5,514,413 = 14.2% [S77].
    public static let buildingsShare = Sourced<Double>(
        781_600.0 / 5_514_413.0,
        .derived("S77", period: "2010/11", method: "Brent buildings £781,600 ÷ total £5,514,413 = 14.2%"))
    /// Repair backlog per building: Lewisham's were £200k–£250k [S32]; most likely the midpoint.
    public static let repairBacklog = Sourced<Double>(
        225_000, .derived("S32", period: "2011", method: "midpoint of £200k–£250k (Crofton Park, Grove Park, Sydenham)"))
    /// One-off fit-out per co-located branch: no source gives one, so Lewisham's repair backlog per building [S32]
    /// stands in for it: an estimate, not a derived figure.
    public static let fitOutProxy = Sourced<Double>(
        225_000,
        .estimate(
            "S32", period: "2011",
            method: "proxy: no source gives a fit-out cost; Lewisham's repair backlog per building (£200k–£250k, "
                + "midpoint) stands in for it"))
    /// One-off transition grant to a community library: Lincolnshire offered up to £15,000 [S79].
    public static let communityTransitionGrant = Sourced<Double>(15_000, .published("S79", period: "2014"))
    /// Residual support to a community library a year: Lincolnshire offered £5,000 [S79].
    public static let communityResidualSupport = Sourced<Double>(5_000, .published("S79", period: "2014"))
    /// High end of residual support: Camden provides 30 staff hours to Highgate [S71] (the source gives no period;
    /// taken as hours a week), about 0.8 FTE at £31.25k [S36], money of 2014; an estimate because of that reading.
    public static let communityResidualSupportHigh = Sourced<Double>(
        25_000,
        .estimate(
            "S71", "S36", period: "2014",
            method: "Camden's 30 staff hours at Highgate, taken as a week (the source gives no period): 30 h ÷ 37 h a "
                + "week = 0.81 FTE × £31.25k = £25.3k, rounded to £25k"))
    /// Business-rate relief for a non-profit trust: 80% [S15].
    public static let rateRelief = Sourced<Double>(0.80, .published("S15", period: "July 2011"))
    /// Business rates as a share of the library budget.
    public static let ratesShare = Sourced<Double>(
        0.05,
        .estimate(
            "S77",
            method: "no rates bill found: 5% of the budget, about a third of the 14.2% buildings take of Brent's "
                + "2010/11 costs [S77]; range 2.5% to 7.5%"))
    /// A provider's efficiency on the management fee, as a share of the budget.
    public static let contractEfficiency = Sourced<Double>(
        0.05,
        .estimate(
            "S42",
            method: "no published margin: 5% of the budget, range 0–10%; JLIS claimed £600k a year for Ealing and "
                + "Harrow's 23 libraries [S42]"))
    /// Client-side contract management a year, as a share of the budget.
    public static let clientCostShare = Sourced<Double>(
        0.02, .estimate(method: "no published figure: 2% of the budget for a client team; range 1–4%"))
    /// Procurement, legal and TUPE costs of letting a contract, as a share of the budget.
    public static let procurementCostShare = Sourced<Double>(
        0.05, .estimate(method: "no published figure: 5% of a year's budget; range 2.5–10%"))
    /// Contract term: Hounslow's contract ran for 15 years from 2008 [S41] (Ealing and Harrow's for 5 [S42]).
    public static let contractYears = Sourced<Double>(15, .published("S41", period: "2008"))
    /// Staffing as a share of a library budget: "over half the cost is staffing" [S3].
    public static let staffShare = Sourced<Double>(0.5, .published("S3", period: "2010"))
    /// Low end of the staffing share: Brent 2010/11, £2,521,200 of £5,514,413 = 45.7% [S77].
    public static let staffShareLow = Sourced<Double>(
        2_521_200.0 / 5_514_413.0,
        .derived("S77", period: "2010/11", method: "Brent staff £2,521,200 ÷ total £5,514,413 = 45.7%"))
    /// Cut in weekly opening hours: Bromley went from 605 to 527.5 hours a week, 12.8% [S36].
    public static let hoursReduction = Sourced<Double>(
        (605 - 527.5) / 605, .derived("S36", period: "2014", method: "(605 − 527.5) ÷ 605 = 12.8%"))
}

extension CalculatorEvidence {
    /// Branches a calculator changes by default: one, as a pilot; the analyst sets the real number.
    public static let oneBranch = Sourced<Double>(
        1, .estimate(method: "one branch, as a pilot; pass the number of branches the option changes"))
    /// A co-located branch's premises saving, as a share of its running cost: Brent's buildings share [S77].
    public static let coLocationPremisesShare = buildingsShare
    /// The uncertainty of the co-location premises saving.
    public static let coLocationPremisesRange: ClosedRange<Double> = 0.10...0.25
    /// Capital receipts from vacated buildings are not counted unless the analyst gives them.
    public static let capitalReceipt = Sourced<Double>(
        0,
        .estimate(
            "S37",
            method: "not counted by default; for scale, Enfield expects up to £3.25m from 8 buildings, about £406k "
                + "each (2024) [S37]"))
}
