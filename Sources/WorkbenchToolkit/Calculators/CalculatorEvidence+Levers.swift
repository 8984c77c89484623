public import WorkbenchCore

/// The sourced or estimated defaults of the service levers: opening hours, an in-house staffing restructure, the
/// book fund and volunteers. Where no published figure was found the default is an estimate whose method says so.
extension CalculatorEvidence {
    // MARK: Staff time

    /// Paid hours in a full-time year: 37 hours a week × 52 weeks.
    public static let paidHoursPerFTE = 37.0 * 52.0

    /// Cost of one staff hour: Bromley's £250k for 8 FTE = £31.25k per FTE [S36], over 37 h × 52 weeks = 1,924
    /// paid hours, £16.24.
    public static let costPerStaffHour = Sourced<Double>(
        31_250 / paidHoursPerFTE,
        .derived("S36", period: "2014", method: "£31.25k per FTE (£250k ÷ 8 FTE) ÷ (37 h × 52 weeks = 1,924 h) = £16.24"))

    /// High end of a staff hour's cost: the same £31.25k over about 1,650 productive hours (after leave and training).
    public static let costPerStaffHourHigh = Sourced<Double>(
        31_250 / 1_650,
        .estimate(
            "S36",
            method: "£31.25k per FTE [S36] ÷ about 1,650 productive hours (1,924 paid less leave and training, "
                + "an estimate) = £18.94"))

    /// Staff on duty while a branch is open.
    public static let staffPerOpenHour = Sourced<Double>(
        3,
        .estimate(
            method: "no published figure: 3 on duty in an average branch (two for lone-working cover plus one); "
                + "range 2 (small branch) to 4 (town-centre library)"))

    // MARK: Opening hours

    /// Weekly opening hours cut: Merton cut 4 hours a week at each of West Barnes and Donald Hope [S35], 8 hours.
    public static let weeklyHoursCut = Sourced<Double>(
        8, .derived("S35", period: "2010/11", method: "4 hours a week × 2 libraries (West Barnes, Donald Hope) = 8"))

    /// Weeks a library opens in a year.
    public static let openWeeks = Sourced<Double>(
        52, .estimate(method: "52 weeks: libraries open all year; pass fewer for bank-holiday closures"))

    // MARK: Staffing restructure

    /// Share of the staffing budget an in-house restructure removes: Bromley's 8 FTE from a complement of 111
    /// [S36], 7.2%.
    public static let restructureShare = Sourced<Double>(
        8.0 / 111.0, .derived("S36", period: "2014", method: "8 FTE ÷ a complement of 111 = 7.2%"))

    /// Ramp-up of a restructure: consultation, then the new structure part way through the first year.
    public static let restructureRampUp = Sourced<Double>(
        2,
        .estimate(
            "S13", "S14",
            method: "2 years: consultation and selection take months, so half the saving in the first year, as "
                + "Bexley and Bromley's new structure started part way through 2011/12"))

    // MARK: Book fund

    /// Cut in the stock fund.
    public static let bookFundCut = Sourced<Double>(
        0.10,
        .estimate(
            "S24",
            method: "no published share found: 10%, range 5–25%; Camden reduced stock in 2012 [S24] without a "
                + "figure in the sources read"))

    // MARK: Volunteers

    /// Volunteer hours a week per library that replace paid hours.
    public static let volunteerHoursPerLibrary = Sourced<Double>(
        10,
        .estimate(
            "S33",
            method: "no published figure: 10 hours a week per library (a quarter of a post), range 5–20; Lewisham's "
                + "community libraries mixed paid and volunteer staff over 52 hours a week [S33]"))

    /// Share of volunteer hours that actually replace paid hours (the rest add to the service).
    public static let volunteerSubstitution = Sourced<Double>(
        0.5,
        .estimate(
            method: "no published figure: half; volunteers usually add to paid staff rather than replace them; "
                + "range 25–75%"))

    /// Paid coordinator hours a week to recruit, train and roster volunteers, for the whole subject.
    public static let volunteerCoordinatorHours = Sourced<Double>(
        18.5,
        .estimate(method: "no published figure: half a 37-hour post for the borough; range a quarter to one post"))
}

extension CalculatorEvidence {
    /// Why an off-the-shelf equipment purchase (RFID tags, kiosks, gates) takes Table 2's standard-buildings row
    /// [S55] rather than equipment/development (+200%): the kit is bought at published unit prices [S45] and fitted
    /// into existing branches, with no bespoke equipment or software developed.
    public static let offTheShelfEquipmentReason =
        "off-the-shelf tags, kiosks and gates at published unit prices [S45], fitted in existing branches with "
        + "nothing developed: a standard fit-out, not a bespoke equipment-and-development project"
}

extension CalculatorEvidence {
    // MARK: Mobile and home library service

    /// Mobile libraries withdrawn: one, as Camden (2012) [S24] and Bromley (by 2014) [S36] each withdrew theirs.
    public static let mobilesWithdrawn = Sourced<Double>(
        1, .derived("S24", "S36", method: "Camden and Bromley each ran one mobile library and withdrew it"))

    /// Running cost of a mobile library a year: a driver and an assistant plus the vehicle's running costs.
    public static let mobileRunningCost = Sourced<Double>(
        72_500,
        .estimate(
            "S36",
            method: "no published figure: 2 FTE (driver, assistant) × £31.25k [S36] + about £10k fuel, insurance "
                + "and servicing (estimate) = £72.5k; range £50k–£100k"))

    /// Replacement vehicle avoided: Camden's new mobile library cost £67,000 [S28].
    public static let mobileVehicleCost = Sourced<Double>(67_000, .published("S28", period: "2007/08"))

    /// Share of the mobile's running cost spent on the service that replaces it (home delivery, more stops).
    public static let mobileReplacementShare = Sourced<Double>(
        0.25,
        .estimate(method: "no published figure: a quarter of the mobile's cost goes on home delivery for its "
            + "housebound users; range none to a half"))

    /// A home library service restructure saving: not counted unless given.
    public static let homeLibrarySaving = Sourced<Double>(
        0,
        .estimate(
            "S31",
            method: "not counted by default; for scale, Lewisham planned about £80k a year from restructuring its "
                + "Home Library Service (2010) [S31]"))

    // MARK: Income generation

    /// Hours a week each library's rooms are hired.
    public static let roomHireHours = Sourced<Double>(
        6, .estimate(method: "no published figure: 6 hours a week per library (two sessions of 3 hours); range 2–12"))

    /// Net income per hour of room hire, after staffing, cleaning and heating.
    public static let roomHireRate = Sourced<Double>(
        15,
        .estimate(method: "no published figure: £25 an hour charged less 40% for opening, cleaning and heating = £15; "
            + "range £8–£25"))

    /// Cafés or concessions opened across the subject.
    public static let cafes = Sourced<Double>(
        1, .estimate(method: "one café or concession, as a pilot; pass the number planned"))

    /// Rent or share of takings a café concession pays a year.
    public static let cafeConcession = Sourced<Double>(
        6_000, .estimate(method: "no published figure: £6,000 a year per concession; range £2,000–£12,000"))

    /// One-off fit-out per café (water, power, counter).
    public static let cafeFitOut = Sourced<Double>(
        15_000, .estimate(method: "no published figure: £15,000 per café for services and a counter; range £5,000–£40,000"))

    /// Net income from events and activities per library a year.
    public static let eventsIncome = Sourced<Double>(
        1_000, .estimate(method: "no published figure: £1,000 a year per library, net of performers' fees; range £0–£3,000"))
}

extension CalculatorEvidence {
    // MARK: Digital services

    /// Share of the print stock spend moved to e-books and e-audio licences.
    public static let digitalShift = Sourced<Double>(
        0.10, .estimate(method: "no published figure: 10% of the stock spend moved to e-lending; range 5–20%"))

    /// Average price of a print item bought.
    public static let printItemPrice = Sourced<Double>(
        10,
        .estimate(
            "S28",
            method: "no published unit price: £10 an item; for scale, Camden spent £421,000 of its £652,000 stock "
                + "fund on books (2007/08) [S28]"))

    /// Handling per print item (ordering, servicing, processing, shelving) that an e-loan does not need.
    public static let printHandlingShare = Sourced<Double>(
        0.40,
        .derived(
            "S47",
            method: "40%: inefficient procurement \"adds an extra 40% to the cost of each book bought\" (MLA, 2006) "
                + "[S47], taken as the handling an e-book avoids; range 20–40%"))

    /// Yearly fee of an e-lending platform for the subject.
    public static let platformFee = Sourced<Double>(
        8_000, .estimate(method: "no published figure: £8,000 a year for an off-the-shelf e-lending platform; range £4,000–£15,000"))
}
