import Testing

@testable import GongkaiCore

/// Which catalogue item finance data counts for, and for which of its periods: each answer
/// worked out by hand from the rules in `FinanceFulfilment`.
@Suite("FinanceFulfilment")
struct FinanceFulfilmentTests {
    func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    func item(_ id: String, _ frequency: CatalogueItem.Frequency, _ category: Disclosure.Category = .finance) -> CatalogueItem {
        CatalogueItem(
            id: id, title: id, category: category, basis: nil, frequency: frequency, deadlineDay: 10,
            appliesTo: [.village, .community], publisher: nil)
    }

    /// A period of finance data with no items and its publication date.
    func period(_ text: String, published: String, item: String? = nil) -> FinancePeriod {
        let period = DisclosurePeriod(text)!
        var result = FinancePeriod(
            period: period, slug: FinancePeriod.slug(for: period)!, title: text, tableFile: "\(text).csv", balanceFile: "\(text).yaml",
            entries: [], opening: .zero, closing: .zero, review: Review(reviewer: "民主理财小组", date: date(published)),
            publishedOn: date(published), note: nil)
        result.item = item
        return result
    }

    @Test func theDefaultIsTheOnlyMonthlyOrQuarterlyFinanceItem() {
        let caiwu = item("caiwu", .quarterly)
        // 一事一公开 and other categories do not compete with it.
        #expect(FinanceFulfilment.defaultItem(among: [
            item("dangwu", .monthly, .party), caiwu, item("zichan", .perMatter), item("cunwu", .quarterly, .affairs),
        ]) == caiwu)
        // Two periodic 财务 items: no default, the data must say which.
        #expect(FinanceFulfilment.defaultItem(among: [caiwu, item("lengcang", .monthly)]) == nil)
        // A yearly 财务 item is not a default (an annual report is another document).
        #expect(FinanceFulfilment.defaultItem(among: [item("juesuan", .yearly)]) == nil)
        #expect(FinanceFulfilment.defaultItem(among: []) == nil)
    }

    @Test func whatLengthOfDataCanCountForWhatFrequency() {
        let month = DisclosurePeriod("2025-08")!, quarter = DisclosurePeriod("2025-Q3")!
        #expect(FinanceFulfilment.canFulfil(month, .monthly))
        #expect(FinanceFulfilment.canFulfil(month, .quarterly))
        #expect(FinanceFulfilment.canFulfil(month, .yearly))
        #expect(!FinanceFulfilment.canFulfil(month, .perMatter))
        // A quarter is too coarse for a monthly item.
        #expect(!FinanceFulfilment.canFulfil(quarter, .monthly))
        #expect(FinanceFulfilment.canFulfil(quarter, .quarterly))
        #expect(FinanceFulfilment.canFulfil(quarter, .yearly))
    }

    @Test func monthsCountForAMonthlyItemOneByOne() {
        let records = FinanceFulfilment.records(
            for: item("caiwu", .monthly),
            from: [period("2025-08", published: "2025-09-08"), period("2025-07", published: "2025-08-08"), period("2025-Q2", published: "2025-07-05")])
        // The quarter counts for no month; the months come back in order.
        #expect(records == [
            CatalogueRecord(item: "caiwu", period: .month(year: 2025, month: 7), publishedOn: date("2025-08-08")),
            CatalogueRecord(item: "caiwu", period: .month(year: 2025, month: 8), publishedOn: date("2025-09-08")),
        ])
    }

    @Test func aQuarterNeedsAllThreeMonthsAndIsPublishedWithTheLast() {
        let quarterly = item("caiwu", .quarterly)
        let three = [
            period("2025-07", published: "2025-08-08"), period("2025-09", published: "2025-10-11"), period("2025-08", published: "2025-09-08"),
        ]
        // Q3 2025 is complete on 2025-10-11, when September was published.
        #expect(FinanceFulfilment.records(for: quarterly, from: three)
            == [CatalogueRecord(item: "caiwu", period: .quarter(year: 2025, quarter: 3), publishedOn: date("2025-10-11"))])
        // July and August alone are not the third quarter.
        #expect(FinanceFulfilment.records(for: quarterly, from: Array(three.prefix(1)) + [three[2]]).isEmpty)
        // A quarter file counts as itself.
        #expect(FinanceFulfilment.records(for: quarterly, from: [period("2025-Q1", published: "2025-04-10")])
            == [CatalogueRecord(item: "caiwu", period: .quarter(year: 2025, quarter: 1), publishedOn: date("2025-04-10"))])
    }

    @Test func aYearNeedsEveryMonthWhetherInMonthsOrQuarters() {
        let yearly = item("juesuan", .yearly)
        var parts = [
            period("2024-Q1", published: "2024-04-10"), period("2024-Q2", published: "2024-07-10"), period("2024-Q3", published: "2024-10-10"),
            period("2024-10", published: "2024-11-08"), period("2024-11", published: "2024-12-08"),
        ]
        #expect(FinanceFulfilment.records(for: yearly, from: parts).isEmpty, "December is missing")
        parts.append(period("2024-12", published: "2025-01-09"))
        #expect(FinanceFulfilment.records(for: yearly, from: parts)
            == [CatalogueRecord(item: "juesuan", period: .year(2024), publishedOn: date("2025-01-09"))])
    }

    @Test func aVillagesRecordsJoinNoticesAndFinanceData() throws {
        let caiwu = item("caiwu", .monthly), lengcang = item("lengcang", .quarterly)
        let one = EffectiveCatalogue(DisclosureCatalogue(items: [caiwu]))
        let two = EffectiveCatalogue(DisclosureCatalogue(items: [caiwu, lengcang]))
        var village = Village(
            id: "hongshi", code: nil, townshipID: "t", name: "红石村", kind: .village, address: nil, station: ServiceStation(),
            households: nil, population: nil, facts: VillageFacts(), summary: nil, listSystem: nil, services: [], needs: [],
            resources: [], projects: [], responsibilities: [], customLists: [],
            disclosures: [Disclosure(
                slug: "2025-06-caiwu", file: "x.md", title: "6月财务", category: .finance, period: .month(year: 2025, month: 6),
                publishedOn: date("2025-07-09"), body: "", corrections: [], retraction: nil, contentHash: "", item: "caiwu")])
        village.finance = [period("2025-07", published: "2025-08-08"), period("2025-08", published: "2025-09-08", item: "lengcang")]
        // With one 财务 item, July counts for it by default; August names another item.
        #expect(village.catalogueRecords(for: caiwu, in: one).map(\.period) == [.month(year: 2025, month: 6), .month(year: 2025, month: 7)])
        #expect(!village.hasUnassignedFinance(in: one))
        // With two, July names none and counts for neither; August alone is no quarter.
        #expect(village.catalogueRecords(for: caiwu, in: two).map(\.period) == [.month(year: 2025, month: 6)])
        #expect(village.catalogueRecords(for: lengcang, in: two).isEmpty)
        #expect(village.hasUnassignedFinance(in: two))
    }
}
