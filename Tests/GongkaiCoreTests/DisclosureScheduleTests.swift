import Testing

@testable import GongkaiCore

/// Deadline rules of the disclosure catalogue, each answer worked out by hand.
@Suite("DisclosureSchedule")
struct DisclosureScheduleTests {
    func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test func monthlyPeriodsAreDueTheNextMonth() {
        // June 2024, by the 20th of the following month: 2024-07-20.
        #expect(DisclosureSchedule.deadline(of: .month(year: 2024, month: 6), day: 20) == date("2024-07-20"))
        // December rolls into January of the next year.
        #expect(DisclosureSchedule.deadline(of: .month(year: 2024, month: 12), day: 10) == date("2025-01-10"))
    }

    @Test func quartersAndYears() {
        // Q2 ends in June: due 2024-07-10; Q4 ends in December: due 2025-01-10.
        #expect(DisclosureSchedule.deadline(of: .quarter(year: 2024, quarter: 2), day: 10) == date("2024-07-10"))
        #expect(DisclosureSchedule.deadline(of: .quarter(year: 2024, quarter: 4), day: 10) == date("2025-01-10"))
        // A year is due in January of the next.
        #expect(DisclosureSchedule.deadline(of: .year(2024), day: 31) == date("2025-01-31"))
        #expect(DisclosureSchedule.deadline(of: .matter, day: 10) == nil)
    }

    @Test func aDeadlineDayPastTheMonthsEndIsItsLastDay() {
        // January 2024 due by “the 31st of February”: 2024 is a leap year, so 2024-02-29.
        #expect(DisclosureSchedule.deadline(of: .month(year: 2024, month: 1), day: 31) == date("2024-02-29"))
        // 2023 is not: 2023-02-28. 1900 is not (divisible by 100), 2000 is (by 400).
        #expect(DisclosureSchedule.deadline(of: .month(year: 2023, month: 1), day: 30) == date("2023-02-28"))
        #expect(DisclosureSchedule.deadline(of: .month(year: 1900, month: 1), day: 29) == date("1900-02-28"))
        #expect(DisclosureSchedule.deadline(of: .month(year: 2000, month: 1), day: 29) == date("2000-02-29"))
        // Q3 ends in September; October has 31 days, so day 31 stays.
        #expect(DisclosureSchedule.deadline(of: .quarter(year: 2024, quarter: 3), day: 31) == date("2024-10-31"))
        // Q1 is due in April, which has 30 days.
        #expect(DisclosureSchedule.deadline(of: .quarter(year: 2024, quarter: 1), day: 31) == date("2024-04-30"))
    }

    @Test func theDuePeriodIsTheLatestWhoseDeadlineHasCome() {
        // On 2024-07-09 Q2's deadline (07-10) has not come: Q1 is the one due.
        #expect(DisclosureSchedule.duePeriod(.quarterly, deadlineDay: 10, asOf: date("2024-07-09")) == .quarter(year: 2024, quarter: 1))
        // On the deadline day itself Q2 is due.
        #expect(DisclosureSchedule.duePeriod(.quarterly, deadlineDay: 10, asOf: date("2024-07-10")) == .quarter(year: 2024, quarter: 2))
        // 2025-01-05 with monthly items due on the 10th: December's is not due yet, November's is.
        #expect(DisclosureSchedule.duePeriod(.monthly, deadlineDay: 10, asOf: date("2025-01-05")) == .month(year: 2024, month: 11))
        // Yearly, due by 01-31: on 2025-02-01 the year 2024 is due; on 2025-01-30 the year 2023.
        #expect(DisclosureSchedule.duePeriod(.yearly, deadlineDay: 31, asOf: date("2025-02-01")) == .year(2024))
        #expect(DisclosureSchedule.duePeriod(.yearly, deadlineDay: 31, asOf: date("2025-01-30")) == .year(2023))
        #expect(DisclosureSchedule.duePeriod(.perMatter, deadlineDay: 10, asOf: date("2025-01-30")) == nil)
    }

    static let item = CatalogueItem(
        id: "caiwu", title: "财务收支情况", category: .finance, basis: nil, frequency: .quarterly, deadlineDay: 10,
        appliesTo: [.village, .community], publisher: nil)

    func disclosure(_ period: DisclosurePeriod, published: String, item: String? = "caiwu") -> Disclosure {
        Disclosure(
            slug: "x", file: "x.md", title: "财务公开", category: .finance, period: period, publishedOn: date(published), body: "",
            corrections: [], retraction: nil, contentHash: "", item: item)
    }

    /// The record of a notice naming the item.
    func record(_ period: DisclosurePeriod, published: String, item: String? = "caiwu") -> CatalogueRecord {
        CatalogueRecord(disclosure(period, published: published, item: item))!
    }

    @Test func standings() {
        let asOf = date("2024-08-01")  // Q2 2024 is due (deadline 2024-07-10).
        let onTime = DisclosureSchedule.standing(
            of: Self.item, records: [record(.quarter(year: 2024, quarter: 2), published: "2024-07-08")], nothingToPublish: [], asOf: asOf)
        #expect(onTime.state == .onTime)
        #expect(onTime.deadline == date("2024-07-10"))
        let late = DisclosureSchedule.standing(
            of: Self.item, records: [record(.quarter(year: 2024, quarter: 2), published: "2024-07-11")], nothingToPublish: [], asOf: asOf)
        #expect(late.state == .late)
        let missing = DisclosureSchedule.standing(
            of: Self.item, records: [record(.quarter(year: 2024, quarter: 1), published: "2024-04-05")], nothingToPublish: [], asOf: asOf)
        #expect(missing.state == .missing)
        #expect(missing.latestPublished == .quarter(year: 2024, quarter: 1))
        let empty = DisclosureSchedule.standing(
            of: Self.item, records: [], nothingToPublish: [NothingToPublish(item: "caiwu", period: .quarter(year: 2024, quarter: 2))], asOf: asOf)
        #expect(empty.state == .nothingToPublish)
        // A disclosure that fulfils another item does not count.
        let other = DisclosureSchedule.standing(
            of: Self.item, records: [record(.quarter(year: 2024, quarter: 2), published: "2024-07-08", item: "dangwu")], nothingToPublish: [], asOf: asOf)
        #expect(other.state == .missing)
    }

    @Test func onlyWhatWasPublishedByTheReferenceDayCounts() {
        // Q2 2024 is due on 2024-08-01; a notice dated 2024-08-02 does not exist yet that day.
        let early = DisclosureSchedule.standing(
            of: Self.item, records: [record(.quarter(year: 2024, quarter: 2), published: "2024-08-02")], nothingToPublish: [],
            asOf: date("2024-08-01"))
        #expect(early.state == .missing)
        #expect(early.latestPublished == nil)
        #expect(early.count == 0)
        // The day after, it is there, and late.
        let later = DisclosureSchedule.standing(
            of: Self.item, records: [record(.quarter(year: 2024, quarter: 2), published: "2024-08-02")], nothingToPublish: [],
            asOf: date("2024-08-02"))
        #expect(later.state == .late)
    }

    @Test func aWithdrawnOrUnassignedNoticeIsNoRecord() {
        var withdrawn = disclosure(.quarter(year: 2024, quarter: 2), published: "2024-07-08")
        withdrawn.retraction = Amendment(date: date("2024-07-20"), reason: "数字有误")
        #expect(CatalogueRecord(withdrawn) == nil)
        #expect(CatalogueRecord(disclosure(.quarter(year: 2024, quarter: 2), published: "2024-07-08", item: nil)) == nil)
    }
}
