public import WorkbenchCore

extension ValidationReport {
    /// Checks the registered modules: profiles and case studies cite known sources, and each profile's library
    /// count for April 2010 matches its list of statutory branches.
    public mutating func checkModules(_ registry: ModuleRegistry) {
        for (id, profile) in registry.profiles.sorted(by: { $0.key < $1.key }) {
            checked += 1
            let place = "module \(id)"
            checkSources(of: profile.statistics, known: registry.sources, file: place)
            for figure in profile.figures {
                checkTags(figure.provenance, known: registry.sources, file: place, field: figure.label)
            }
            let statutory = profile.libraries.filter(\.statutory2010).count
            if let count = profile.statistics.libraries2010?.value, count != statutory {
                add(place, field: "libraries2010", "The profile says \(count) libraries in April 2010 but lists \(statutory).")
            }
        }
        for (id, entry) in registry.caseStudies.sorted(by: { $0.key < $1.key }) {
            for figure in entry.caseStudy.planned + entry.caseStudy.reported {
                checkTags(figure.provenance, known: registry.sources, file: "case \(id)", field: figure.measure)
            }
        }
    }
}
