public import WorkbenchCore

/// The toolkit's options framework and standard savings calculators, for `ToolkitModule` to register.
public enum ToolkitComponents {
    /// The standard savings calculators, in the order `calculators` lists them.
    public static let calculators: [any SavingsCalculator] = [
        SharedServiceCalculator(),
        SharedWholeServiceCalculator(),
        StockConsortiumCalculator(),
        RFIDSelfServiceCalculator(),
        CoLocationCalculator(),
        CommunityManagedCalculator(),
        TrustOrProviderCalculator(),
        NetworkChangeCalculator(),
        OpeningHoursCalculator(),
        StaffingRestructureCalculator(),
        BookFundCalculator(),
        VolunteersCalculator(),
        IncomeGenerationCalculator(),
        MobileHomeLibraryCalculator(),
        DigitalLendingCalculator(),
    ]

    /// The Strategic Options Framework.
    public static let framework: any OptionsFramework = StrategicOptionsFramework()
}
