/// Everything the compiled-in modules registered, built once per session from the catalog's module list.
/// Read-only after construction; lookups are by id.
public struct ModuleRegistry: Sendable {
    /// A module with what it registered.
    public struct Entry: Sendable {
        /// The module.
        public let module: any WorkbenchModule
        /// What it registered.
        public let registrar: Registrar
    }

    /// The modules in catalog order.
    public let entries: [Entry]
    /// The borough modules' profiles by id.
    public let profiles: [BoroughID: BoroughProfile]
    /// Calculators by id, with the module that registered each.
    public let calculators: [CalculatorID: (calculator: any SavingsCalculator, module: ModuleID)]
    /// Evaluators by id.
    public let evaluators: [EvaluatorID: (evaluator: any CaseStudyEvaluator, module: ModuleID)]
    /// Case studies by id.
    public let caseStudies: [CaseStudyID: (caseStudy: CaseStudy, module: ModuleID)]
    /// Options frameworks in registration order.
    public let frameworks: [(framework: any OptionsFramework, module: ModuleID)]
    /// Framework rules in registration order.
    public let rules: [(rule: any OptionsRule, module: ModuleID)]
    /// The sources list, by tag.
    public let sources: [SourceTag: SourceReference]

    /// Registers every module. A module that throws, or registers an id another module already took, is reported
    /// as that module's error.
    public init(modules: [any WorkbenchModule]) throws {
        var entries: [Entry] = []
        var profiles: [BoroughID: BoroughProfile] = [:]
        var calculators: [CalculatorID: (calculator: any SavingsCalculator, module: ModuleID)] = [:]
        var evaluators: [EvaluatorID: (evaluator: any CaseStudyEvaluator, module: ModuleID)] = [:]
        var caseStudies: [CaseStudyID: (caseStudy: CaseStudy, module: ModuleID)] = [:]
        var frameworks: [(framework: any OptionsFramework, module: ModuleID)] = []
        var rules: [(rule: any OptionsRule, module: ModuleID)] = []
        var sources: [SourceTag: SourceReference] = [:]
        var moduleIDs = Set<ModuleID>()

        for module in modules {
            let id = module.descriptor.id
            func clash(_ what: String) -> WorkbenchError {
                WorkbenchError(
                    .module, "Module '\(id)' registers \(what), which another module already registered.",
                    hint: "Give the component an id of its own.", module: id.rawValue)
            }
            guard moduleIDs.insert(id).inserted else { throw clash("the module id '\(id)'") }
            var registrar = Registrar(module: id)
            do {
                try module.register(in: &registrar)
            } catch var error as WorkbenchError {
                error.module = error.module ?? id.rawValue
                throw error
            } catch {
                throw WorkbenchError(
                    .module, "Module '\(id)' failed to register: \(error).", module: id.rawValue, cause: "\(error)")
            }
            if let borough = module as? any BoroughModule {
                let profile = borough.profile
                guard profiles[profile.id] == nil else { throw clash("the borough '\(profile.id)'") }
                profiles[profile.id] = profile
            }
            for calculator in registrar.calculators {
                let key = calculator.descriptor.id
                guard calculators[key] == nil else { throw clash("the calculator '\(key)'") }
                calculators[key] = (calculator, id)
            }
            for evaluator in registrar.evaluators {
                let key = evaluator.descriptor.id
                guard evaluators[key] == nil else { throw clash("the evaluator '\(key)'") }
                evaluators[key] = (evaluator, id)
            }
            for caseStudy in registrar.caseStudies {
                guard caseStudies[caseStudy.id] == nil else { throw clash("the case study '\(caseStudy.id)'") }
                caseStudies[caseStudy.id] = (caseStudy, id)
            }
            frameworks += registrar.frameworks.map { ($0, id) }
            rules += registrar.rules.map { ($0, id) }
            for source in registrar.sources { sources[source.tag] = source }
            entries.append(Entry(module: module, registrar: registrar))
        }
        self.entries = entries
        self.profiles = profiles
        self.calculators = calculators
        self.evaluators = evaluators
        self.caseStudies = caseStudies
        self.frameworks = frameworks
        self.rules = rules
        self.sources = sources
    }

    /// The borough ids in sorted order.
    public var boroughIDs: [BoroughID] { profiles.keys.sorted() }
}
