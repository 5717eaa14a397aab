import Testing

@testable import GongkaiCore

/// The plan's pages are rendered again only when the fingerprint of their computed values
/// changes (`InputFingerprints.Digest.add(_: ComputedValue?)`): every field must be in it.
@Suite struct ComputedFingerprintTests {
    private static let source = ComputedValue.Source(villageID: "v", villageName: "村", figure: "有设施")
    private static let value = ComputedValue(
        measure: .ruralFacilityCoverage, value: 50, numerator: 1, denominator: 2, sources: [source], missing: [],
        asOf: CalendarDate(year: 2024, month: 12, day: 31))

    private func fingerprint(_ value: ComputedValue?) -> String {
        var digest = InputFingerprints.Digest()
        digest.add(value)
        return digest.finish()
    }

    @Test func everyFieldIsCounted() {
        // A field added to either type fails here until the fingerprint takes it in.
        #expect(Mirror(reflecting: Self.value).children.count == 7)
        #expect(Mirror(reflecting: Self.source).children.count == 3)
    }

    @Test func aChangeToAnyFieldChangesTheFingerprint() {
        let changes: [(inout ComputedValue) -> Void] = [
            { $0.measure = .urbanFacilityCoverage }, { $0.value = nil }, { $0.value = 50.000001 }, { $0.numerator = 3 },
            { $0.denominator = 3 }, { $0.asOf = nil }, { $0.sources = [] }, { $0.sources[0].villageID = "w" },
            { $0.sources[0].villageName = "另一村" }, { $0.sources[0].figure = "无设施" },
            // The same village missing instead of counted.
            { $0.missing = $0.sources; $0.sources = [] },
        ]
        var prints: Set<String> = [fingerprint(Self.value), fingerprint(nil)]
        for change in changes {
            var changed = Self.value
            change(&changed)
            prints.insert(fingerprint(changed))
        }
        #expect(prints.count == changes.count + 2)
        #expect(fingerprint(Self.value) == fingerprint(Self.value))
    }
}
