import Testing
import WorkbenchCore
import WorkbenchToolkit

/// The Green Book's long-term discount rates table is in the workbench's sources under S53b, with both schedules.
@Suite struct DiscountSourceListTests {
    @Test("S53b is listed and carries the standard and reduced schedules")
    func greenBookTableListed() throws {
        let reference = try #require(SourceList.reference(for: SourceTag("S53b")))
        #expect(reference.title.contains("3.50%, 3.00%, 2.50%, 2.00%, 1.50%, 1.00%"))
        #expect(reference.title.contains("1.50%, 1.29%, 1.07%, 0.86%, 0.64%, 0.43%"))
        #expect(reference.title.contains("0–30, 31–75, 76–125, 126–200, 201–300, 301+"))
        #expect(SourceList.tags.contains(SourceTag("S53")))
    }
}
