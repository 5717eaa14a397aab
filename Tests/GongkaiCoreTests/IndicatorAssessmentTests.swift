import Testing
@testable import GongkaiCore

/// `IndicatorAssessment.assess(_:baselineYear:targetYear:)` for a plan with baseline year 2020 and
/// target year 2025. Every expected status is worked out by hand in the comment above it.
@Suite("IndicatorAssessment")
struct IndicatorAssessmentTests {
    static let baselineYear = 2020
    static let targetYear = 2025

    /// An indicator built from printed values; `actuals` maps a year to its printed value.
    func indicator(
        baseline: String, target: String, direction: IndicatorDirection = .higherIsBetter,
        actuals: [(Int, String)]
    ) throws -> Indicator {
        Indicator(
            number: "1", id: "1", name: "测试指标",
            baseline: try IndicatorValue.parse(baseline).get(),
            target: try IndicatorValue.parse(target).get(),
            attribute: .expected, direction: direction,
            actuals: try actuals.map { YearValue(year: $0.0, value: try IndicatorValue.parse($0.1).get()) },
            note: nil)
    }

    func assess(_ indicator: Indicator) -> IndicatorAssessment {
        IndicatorAssessment.assess(indicator, baselineYear: Self.baselineYear, targetYear: Self.targetYear)
    }

    @Test("≥ target reached: met")
    func metWithAtLeast() throws {
        // Target ≥60%; 2024 value 61% ≥ 60 → 已达标, no path needed.
        let result = assess(try indicator(baseline: "50%", target: "≥60%", actuals: [(2023, "55%"), (2024, "61%")]))
        #expect(result.status == .met)
        #expect(result.latest?.year == 2024)
        #expect(result.latest?.value.number == 61)
        #expect(result.expectedAtLatest == nil)
    }

    @Test("≥ target reached exactly: met")
    func metWithAtLeastExactly() throws {
        // Target ≥30 平方米; 2022 value 30 平方米 ≥ 30 → 已达标.
        let result = assess(try indicator(baseline: "30 平方米", target: "≥30 平方米", actuals: [(2022, "30 平方米")]))
        #expect(result.status == .met)
    }

    @Test("no comparator, 正向, value equals the target: met")
    func metWithoutComparator() throws {
        // Target 18 人 (no comparator, 正向 reads as ≥ 18); 2024 value 18 人 → 已达标.
        let result = assess(try indicator(baseline: "15.4 人", target: "18 人", actuals: [(2024, "18 人")]))
        #expect(result.status == .met)
        #expect(result.expectedAtLatest == nil)
    }

    @Test("> target equalled is not met; on track against the straight line")
    func greaterThanEqualledIsOnTrack() throws {
        // Target >10%, 2024 value 10%: 10 > 10 is false, so not met.
        // Line from (2020, 5) to (2025, 10): expected at 2024 = 5 + 5 × 4/5 = 9; 10 ≥ 9 → 正常推进.
        let result = assess(try indicator(baseline: "5%", target: ">10%", actuals: [(2024, "10%")]))
        #expect(result.status == .onTrack)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 9) < 1e-9)
    }

    @Test("> target equalled is not met; behind when under the line")
    func greaterThanBehind() throws {
        // Target >10%, 2024 value 8%: not met.
        // Expected at 2024 = 5 + 5 × 4/5 = 9; 8 < 9 → 滞后.
        let result = assess(try indicator(baseline: "5%", target: ">10%", actuals: [(2024, "8%")]))
        #expect(result.status == .behind)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 9) < 1e-9)
    }

    @Test("exactly on the straight line: on track")
    func onTheLine() throws {
        // Baseline 10 (2020), target 20 (2025): expected at 2023 = 10 + 10 × 3/5 = 16; 16 ≥ 16 → 正常推进.
        let result = assess(try indicator(baseline: "10%", target: "20%", actuals: [(2021, "12%"), (2023, "16%")]))
        #expect(result.status == .onTrack)
        #expect(result.latest?.year == 2023)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 16) < 1e-9)
    }

    @Test("just under the straight line: behind")
    func justUnderTheLine() throws {
        // Same line; expected at 2023 = 16; 15.9 < 16 → 滞后.
        let result = assess(try indicator(baseline: "10%", target: "20%", actuals: [(2023, "15.9%")]))
        #expect(result.status == .behind)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 16) < 1e-9)
    }

    @Test("lower is better (逆向), under the line: on track")
    func lowerIsBetterOnTrack() throws {
        // Baseline 0.5‰, target ≤0.3‰: 0.4 ≤ 0.3 is false, so not met.
        // Expected at 2022 = 0.5 + (0.3 − 0.5) × 2/5 = 0.5 − 0.08 = 0.42; lower is better, 0.4 ≤ 0.42 → 正常推进.
        let result = assess(try indicator(
            baseline: "0.5‰", target: "≤0.3‰", direction: .lowerIsBetter, actuals: [(2022, "0.4‰")]))
        #expect(result.status == .onTrack)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 0.42) < 1e-9)
    }

    @Test("lower is better (逆向), above the line: behind")
    func lowerIsBetterBehind() throws {
        // Same line; expected at 2022 = 0.42; 0.45 > 0.42 → 滞后.
        let result = assess(try indicator(
            baseline: "0.5‰", target: "≤0.3‰", direction: .lowerIsBetter, actuals: [(2022, "0.45‰")]))
        #expect(result.status == .behind)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 0.42) < 1e-9)
    }

    @Test("lower is better without a comparator reads the target as ≤")
    func lowerIsBetterWithoutComparator() throws {
        // Target 0.3‰ (no comparator, 逆向 reads as ≤ 0.3); 2024 value 0.25‰ ≤ 0.3 → 已达标.
        let met = assess(try indicator(
            baseline: "0.5‰", target: "0.3‰", direction: .lowerIsBetter, actuals: [(2024, "0.25‰")]))
        #expect(met.status == .met)
        // 2024 value 0.35‰ > 0.3: not met; expected at 2024 = 0.5 − 0.2 × 4/5 = 0.34; 0.35 > 0.34 → 滞后.
        let behind = assess(try indicator(
            baseline: "0.5‰", target: "0.3‰", direction: .lowerIsBetter, actuals: [(2024, "0.35‰")]))
        #expect(behind.status == .behind)
        let behindExpected = try #require(behind.expectedAtLatest)
        #expect(abs(behindExpected - 0.34) < 1e-9)
    }

    @Test("≤ target reached: met", arguments: ["0.3‰", "0.28‰"])
    func metWithAtMost(_ latest: String) throws {
        // Target ≤0.3‰; 0.3 ≤ 0.3 and 0.28 ≤ 0.3 → 已达标.
        let result = assess(try indicator(
            baseline: "0.5‰", target: "≤0.3‰", direction: .lowerIsBetter, actuals: [(2023, latest)]))
        #expect(result.status == .met)
    }

    @Test("< target equalled is not met")
    func lessThanEqualled() throws {
        // Target <5%, 2023 value 5%: 5 < 5 is false, not met.
        // Expected at 2023 = 8 + (5 − 8) × 3/5 = 6.2; lower is better (from <), 5 ≤ 6.2 → 正常推进.
        let result = assess(try indicator(baseline: "8%", target: "<5%", actuals: [(2023, "5%")]))
        #expect(result.status == .onTrack)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 6.2) < 1e-9)
    }

    @Test("a comparator overrides the direction")
    func comparatorOverridesDirection() throws {
        // Target ≥10% although direction says 逆向: the comparator wins, higher is better.
        // 2024 value 12% ≥ 10 → 已达标.
        let result = assess(try indicator(
            baseline: "5%", target: "≥10%", direction: .lowerIsBetter, actuals: [(2024, "12%")]))
        #expect(result.status == .met)
    }

    @Test("no baseline: the first actual starts the line; under it is behind")
    func noBaselineBehind() throws {
        // Baseline —, so the line starts at (2022, 50) and ends at (2025, 60).
        // Expected at 2024 = 50 + 10 × 2/3 = 56.67; 56 < 56.67 → 滞后.
        let result = assess(try indicator(baseline: "—", target: "≥60%", actuals: [(2022, "50%"), (2024, "56%")]))
        #expect(result.status == .behind)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - (50 + 10.0 * 2 / 3)) < 1e-9)
        #expect(abs(expected - 56.67) < 0.01)
    }

    @Test("no baseline: the first actual starts the line; above it is on track")
    func noBaselineOnTrack() throws {
        // Same line; expected at 2024 = 56.67; 58 ≥ 56.67 → 正常推进.
        let result = assess(try indicator(baseline: "——", target: "≥60%", actuals: [(2022, "50%"), (2024, "58%")]))
        #expect(result.status == .onTrack)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 56.67) < 0.01)
    }

    @Test("actuals out of order: the latest year counts, not the last listed")
    func latestByYear() throws {
        // Latest is 2024 (58%), not the last listed 2022 (50%); line from (2022, 50) as above → 正常推进.
        let result = assess(try indicator(baseline: "—", target: "≥60%", actuals: [(2024, "58%"), (2022, "50%")]))
        #expect(result.latest?.year == 2024)
        #expect(result.status == .onTrack)
    }

    @Test("no actuals: no data")
    func noActuals() throws {
        // Nothing reported → 暂无数据.
        let result = assess(try indicator(baseline: "100%", target: "100%", actuals: []))
        #expect(result.status == .noData)
        #expect(result.latest == nil)
        #expect(result.expectedAtLatest == nil)
    }

    @Test("only dashes reported: no data")
    func onlyDashes() throws {
        // Reported values without a number do not count → 暂无数据.
        let result = assess(try indicator(baseline: "—", target: "≥10%", actuals: [(2021, "—"), (2022, "——")]))
        #expect(result.status == .noData)
        #expect(result.latest == nil)
    }

    @Test("a single actual without a baseline, not met: on track")
    func singleActualWithoutBaseline() throws {
        // Baseline —: the line would start at the only value (2023, 40), so there is no path yet;
        // 40 < 100 is not met → 正常推进, expected = the starting value 40.
        let result = assess(try indicator(baseline: "—", target: "100%", actuals: [(2023, "40%")]))
        #expect(result.status == .onTrack)
        #expect(result.latest?.year == 2023)
        #expect(result.expectedAtLatest == 40)
    }

    @Test("a value in the target year short of the target: behind")
    func targetYearShort() throws {
        // Expected at 2025 = the target 20; 19 < 20, not met → 滞后.
        let result = assess(try indicator(baseline: "10%", target: "20%", actuals: [(2025, "19%")]))
        #expect(result.status == .behind)
        let expected = try #require(result.expectedAtLatest)
        #expect(abs(expected - 20) < 1e-9)
    }

    @Test("status labels in words")
    func labels() {
        #expect(IndicatorStatus.met.label == "已达标")
        #expect(IndicatorStatus.onTrack.label == "正常推进")
        #expect(IndicatorStatus.behind.label == "滞后")
        #expect(IndicatorStatus.noData.label == "暂无数据")
    }
}
