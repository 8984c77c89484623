import WorkbenchCore

/// The names of the standard calculators' own parameters, one typed key each; the calculators declare and read
/// their parameters by these keys (shared ones, such as `.runningCostPerLibrary`, are the core's).
extension ParameterKey {
    /// `--back-office-posts`, the profile figure of the same name.
    static let backOfficePosts = ParameterKey(figure: .backOfficePosts)
    /// `--branches`.
    static let branches = ParameterKey("branches")
    /// `--branches-closed`.
    static let branchesClosed = ParameterKey("branches-closed")
    /// `--budget-saving-share`.
    static let budgetSavingShare = ParameterKey("budget-saving-share")
    /// `--capital-receipt`.
    static let capitalReceipt = ParameterKey("capital-receipt")
    /// `--client-cost-share`.
    static let clientCostShare = ParameterKey("client-cost-share")
    /// `--contract-efficiency`.
    static let contractEfficiency = ParameterKey("contract-efficiency")
    /// `--contract-years`.
    static let contractYears = ParameterKey("contract-years")
    /// `--cost-per-post`.
    static let costPerPost = ParameterKey("cost-per-post")
    /// `--fit-out-cost`.
    static let fitOutCost = ParameterKey("fit-out-cost")
    /// `--gate-cost`.
    static let gateCost = ParameterKey("gate-cost")
    /// `--hours-reduction`.
    static let hoursReduction = ParameterKey("hours-reduction")
    /// `--items-per-library`.
    static let itemsPerLibrary = ParameterKey("items-per-library")
    /// `--joining-cost`.
    static let joiningCost = ParameterKey("joining-cost")
    /// `--kiosk-cost`.
    static let kioskCost = ParameterKey("kiosk-cost")
    /// `--kiosks-per-library`.
    static let kiosksPerLibrary = ParameterKey("kiosks-per-library")
    /// `--library-budget`, the profile figure of the same name.
    static let libraryBudget = ParameterKey(figure: .libraryBudget)
    /// `--maintenance-per-library`.
    static let maintenancePerLibrary = ParameterKey("maintenance-per-library")
    /// `--on-cost-rate`.
    static let onCostRate = ParameterKey("on-cost-rate")
    /// `--post-reduction`.
    static let postReduction = ParameterKey("post-reduction")
    /// `--premises-saving-share`.
    static let premisesSavingShare = ParameterKey("premises-saving-share")
    /// `--procurement-cost-share`.
    static let procurementCostShare = ParameterKey("procurement-cost-share")
    /// `--procurement-saving`.
    static let procurementSaving = ParameterKey("procurement-saving")
    /// `--rate-relief`.
    static let rateRelief = ParameterKey("rate-relief")
    /// `--rates-share`.
    static let ratesShare = ParameterKey("rates-share")
    /// `--repair-backlog`.
    static let repairBacklog = ParameterKey("repair-backlog")
    /// `--residual-support`.
    static let residualSupport = ParameterKey("residual-support")
    /// `--staff-saving-per-library`.
    static let staffSavingPerLibrary = ParameterKey("staff-saving-per-library")
    /// `--staff-share`.
    static let staffShare = ParameterKey("staff-share")
    /// `--stock-share-of-budget`.
    static let stockShareOfBudget = ParameterKey("stock-share-of-budget")
    /// `--stock-spend`, the profile figure of the same name.
    static let stockSpend = ParameterKey(figure: .stockSpend)
    /// `--tag-cost`.
    static let tagCost = ParameterKey("tag-cost")
    /// `--transition-support`.
    static let transitionSupport = ParameterKey("transition-support")
    /// `--workstation-cost`.
    static let workstationCost = ParameterKey("workstation-cost")
    /// `--weekly-hours-cut`.
    static let weeklyHoursCut = ParameterKey("weekly-hours-cut")
    /// `--staff-per-open-hour`.
    static let staffPerOpenHour = ParameterKey("staff-per-open-hour")
    /// `--cost-per-staff-hour`.
    static let costPerStaffHour = ParameterKey("cost-per-staff-hour")
    /// `--open-weeks`.
    static let openWeeks = ParameterKey("open-weeks")
    /// `--restructure-share`.
    static let restructureShare = ParameterKey("restructure-share")
    /// `--book-fund-cut`.
    static let bookFundCut = ParameterKey("book-fund-cut")
    /// `--volunteer-hours-per-library`.
    static let volunteerHoursPerLibrary = ParameterKey("volunteer-hours-per-library")
    /// `--volunteer-substitution`.
    static let volunteerSubstitution = ParameterKey("volunteer-substitution")
    /// `--coordinator-hours`.
    static let coordinatorHours = ParameterKey("coordinator-hours")
    /// `--mobiles-withdrawn`.
    static let mobilesWithdrawn = ParameterKey("mobiles-withdrawn")
    /// `--mobile-running-cost`.
    static let mobileRunningCost = ParameterKey("mobile-running-cost")
    /// `--vehicle-cost`.
    static let vehicleCost = ParameterKey("vehicle-cost")
    /// `--replacement-share`.
    static let replacementShare = ParameterKey("replacement-share")
    /// `--home-library-saving`.
    static let homeLibrarySaving = ParameterKey("home-library-saving")
    /// `--room-hire-hours`.
    static let roomHireHours = ParameterKey("room-hire-hours")
    /// `--room-hire-rate`.
    static let roomHireRate = ParameterKey("room-hire-rate")
    /// `--cafes`.
    static let cafes = ParameterKey("cafes")
    /// `--cafe-concession`.
    static let cafeConcession = ParameterKey("cafe-concession")
    /// `--cafe-fit-out`.
    static let cafeFitOut = ParameterKey("cafe-fit-out")
    /// `--events-income`.
    static let eventsIncome = ParameterKey("events-income")
    /// `--digital-shift`.
    static let digitalShift = ParameterKey("digital-shift")
    /// `--print-item-price`.
    static let printItemPrice = ParameterKey("print-item-price")
    /// `--print-handling-share`.
    static let printHandlingShare = ParameterKey("print-handling-share")
    /// `--platform-fee`.
    static let platformFee = ParameterKey("platform-fee")
}
