import Testing

@testable import GongkaiCore

/// Each computed indicator over a small set of villages whose answer is worked out by hand.
@Suite("IndicatorComputation")
struct IndicatorComputationTests {
    static func village(
        _ id: String, _ kind: Village.Kind, households: Int? = nil, population: Int? = nil, facts: VillageFacts
    ) -> Village {
        Village(
            id: id, code: nil, townshipID: "t", name: "村\(id)", kind: kind, address: nil, station: ServiceStation(),
            households: households, population: population, facts: facts, summary: nil, listSystem: nil,
            services: [], needs: [], resources: [], projects: [], responsibilities: [], customLists: [], disclosures: [])
    }

    /// Three villages (村) and two communities (社区):
    /// - a: 村, facility 300 m² (200 open), 400 households, as of 2024-06-30
    /// - b: 村, no facility, 100 households
    /// - c: 村, facility not reported, 250 households
    /// - d: 社区, facility 600 m² (450 open), 1,500 households, 4,000 people, 8 workers, 2 social workers, kiosk, as of 2024-12-31
    /// - e: 社区, facility 400 m² (200 open), 500 households, 2,000 people, 4 workers, 1 social worker, no kiosk
    static let villages: [Village] = [
        village("a", .village, households: 400, facts: VillageFacts(asOf: CalendarDate("2024-06-30"), hasFacility: true, facilityArea: 300, activityArea: 200)),
        village("b", .village, households: 100, facts: VillageFacts(hasFacility: false)),
        village("c", .village, households: 250, facts: VillageFacts()),
        village("d", .community, households: 1500, population: 4000, facts: VillageFacts(
            asOf: CalendarDate("2024-12-31"), hasFacility: true, facilityArea: 600, activityArea: 450,
            communityWorkers: 8, socialWorkers: 2, selfServiceKiosk: true)),
        village("e", .community, households: 500, population: 2000, facts: VillageFacts(
            hasFacility: true, facilityArea: 400, activityArea: 200, communityWorkers: 4, socialWorkers: 1, selfServiceKiosk: false)),
    ]

    func compute(_ measure: ComputedMeasure) -> ComputedValue {
        IndicatorComputation.compute(measure, over: Self.villages.map(VillageFigures.init))
    }

    @Test func ruralFacilityCoverage() throws {
        // Villages a (yes) and b (no) reported; c did not: 1 / 2 = 50%.
        let result = compute(.ruralFacilityCoverage)
        #expect(try #require(result.value) == 50)
        #expect(result.sources.map(\.villageID) == ["a", "b"])
        #expect(result.missing.map(\.villageID) == ["c"])
        #expect(result.asOf == CalendarDate("2024-06-30"))
    }

    @Test func urbanFacilityCoverage() throws {
        // d and e both have a facility: 2 / 2 = 100%.
        #expect(try #require(compute(.urbanFacilityCoverage).value) == 100)
    }

    @Test func facilityAreaPer100Households() throws {
        // a 300 + b 0 + d 600 + e 400 = 1,300 m² over 400 + 100 + 1,500 + 500 = 2,500 households
        // → 1,300 / 2,500 × 100 = 52 m² per 100 households; c is missing.
        let result = compute(.facilityAreaPer100Households)
        #expect(abs(try #require(result.value) - 52) < 1e-9)
        #expect(result.missing.map(\.villageID) == ["c"])
    }

    @Test func activityAreaShare() throws {
        // (200 + 450 + 200) / (300 + 600 + 400) = 850 / 1,300 = 65.3846…%; b has no facility and
        // is left out, c has no area reported.
        let result = compute(.activityAreaShare)
        #expect(abs(try #require(result.value) - 65.38461538) < 1e-6)
        #expect(result.sources.map(\.villageID) == ["a", "d", "e"])
        #expect(IndicatorComputation.text(result.value!, like: IndicatorValue(comparator: .atLeast, comparatorText: "≥", number: 60, numberText: "60", unit: "%")) == "65.4%")
    }

    @Test func urbanSelfServiceCoverage() throws {
        // d has a kiosk, e has none: 1 / 2 = 50%.
        #expect(try #require(compute(.urbanSelfServiceCoverage).value) == 50)
    }

    @Test func communityWorkersPer10000UrbanResidents() throws {
        // (8 + 4) workers / (4,000 + 2,000) people × 10,000 = 20 per 10,000.
        let result = compute(.communityWorkersPer10000UrbanResidents)
        #expect(abs(try #require(result.value) - 20) < 1e-9)
        let target = try IndicatorValue.parse("18 人").get()
        #expect(IndicatorComputation.text(result.value!, like: target) == "20 人")
    }

    @Test func socialWorkersPerUrbanCommunity() throws {
        // (2 + 1) / 2 communities = 1.5.
        #expect(try #require(compute(.socialWorkersPerUrbanCommunity).value) == 1.5)
    }

    @Test func noVillageWithTheFactsGivesNoValue() {
        let result = IndicatorComputation.compute(.urbanFacilityCoverage, over: [VillageFigures(Self.villages[0])])
        #expect(result.value == nil)
        #expect(result.sources.isEmpty)
    }

    @Test func aComputedValueFillsAYearWithoutATypedValueOnly() throws {
        let plan = Plan(
            title: "规划", issuer: "县政府", documentNumber: nil, issuedOn: nil, period: YearRange(start: 2021, end: 2025),
            baselineYear: 2020, basis: [], actualsNote: nil, summary: nil, goals: nil, indicatorTableTitle: nil,
            indicators: [
                Indicator(
                    number: "1", id: "typed", name: "城市社区政务通用自助服务覆盖率", baseline: try IndicatorValue.parse("—").get(),
                    target: try IndicatorValue.parse("100%").get(), attribute: .expected, direction: .higherIsBetter,
                    actuals: [YearValue(year: 2024, value: try IndicatorValue.parse("80%").get())], note: nil,
                    computed: .urbanSelfServiceCoverage),
                Indicator(
                    number: "2", id: "filled", name: "平均每个城市社区拥有社工师人数", baseline: try IndicatorValue.parse("2.9 人").get(),
                    target: try IndicatorValue.parse("≥3 人").get(), attribute: .binding, direction: .higherIsBetter,
                    actuals: [], note: nil, computed: .socialWorkersPerUrbanCommunity),
            ],
            columns: [], sections: [])
        let township = Township(id: "t", code: nil, name: "镇", kind: .zhen, address: nil, phone: nil, summary: nil, villages: Self.villages)
        let site = SiteContent(config: SiteConfig(title: "网", region: "县"), plan: plan, townships: [township], pages: [])
            .applyingComputedIndicators()
        // Typed 2024 value wins over the computed 50%.
        #expect(site.plan.indicators[0].actuals.map(\.value.description) == ["80%"])
        // 1.5 people, from data as of 2024-12-31, written like the target (“3 人”).
        let filled = site.plan.indicators[1].actuals
        #expect(filled.map(\.year) == [2024])
        #expect(filled.map(\.value.description) == ["1.5 人"])
        #expect(filled.map(\.isComputed) == [true])
        #expect(IndicatorAssessment.assess(site.plan.indicators[1], baselineYear: 2020, targetYear: 2025).status == .behind)
    }
}
