import Testing
@testable import GongkaiCore

/// `IndicatorValue.parse(_:)` over every form the real plans print, and the forms it refuses.
@Suite("IndicatorValue.parse")
struct IndicatorValueParsingTests {
    /// One printed value and how it must come apart.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var comparator: IndicatorValue.Comparator?
        var comparatorText: String
        var number: Double?
        var numberText: String
        var separator: String
        var unit: String

        var testDescription: String { "“\(text)”" }

        init(
            _ text: String, _ comparator: IndicatorValue.Comparator? = nil, comparatorText: String = "",
            number: Double?, numberText: String, separator: String = "", unit: String
        ) {
            self.text = text
            self.comparator = comparator
            self.comparatorText = comparatorText
            self.number = number
            self.numberText = numberText
            self.separator = separator
            self.unit = unit
        }
    }

    static let printedForms: [Case] = [
        // Percentages.
        Case("70%", number: 70, numberText: "70", unit: "%"),
        Case("73.3%", number: 73.3, numberText: "73.3", unit: "%"),
        Case("100%", number: 100, numberText: "100", unit: "%"),
        Case("≥10%", .atLeast, comparatorText: "≥", number: 10, numberText: "10", unit: "%"),
        Case(">10%", .greaterThan, comparatorText: ">", number: 10, numberText: "10", unit: "%"),
        Case("＞10%", .greaterThan, comparatorText: "＞", number: 10, numberText: "10", unit: "%"),
        Case("≤5%", .atMost, comparatorText: "≤", number: 5, numberText: "5", unit: "%"),
        Case("<5%", .lessThan, comparatorText: "<", number: 5, numberText: "5", unit: "%"),
        Case(">=10%", .atLeast, comparatorText: ">=", number: 10, numberText: "10", unit: "%"),
        // Areas, with and without a space before the unit.
        Case("≥30平方米", .atLeast, comparatorText: "≥", number: 30, numberText: "30", unit: "平方米"),
        Case("30 平方米", number: 30, numberText: "30", separator: " ", unit: "平方米"),
        Case("≥30 平方米", .atLeast, comparatorText: "≥", number: 30, numberText: "30", separator: " ", unit: "平方米"),
        Case(">30 平方米", .greaterThan, comparatorText: ">", number: 30, numberText: "30", separator: " ", unit: "平方米"),
        Case("22 平方米", number: 22, numberText: "22", separator: " ", unit: "平方米"),
        // People.
        Case("15.4 人", number: 15.4, numberText: "15.4", separator: " ", unit: "人"),
        Case("18人", number: 18, numberText: "18", unit: "人"),
        Case("18 人", number: 18, numberText: "18", separator: " ", unit: "人"),
        Case("9人", number: 9, numberText: "9", unit: "人"),
        Case("2.9 人", number: 2.9, numberText: "2.9", separator: " ", unit: "人"),
        Case("≥3 人", .atLeast, comparatorText: "≥", number: 3, numberText: "3", separator: " ", unit: "人"),
        Case("1,200人", number: 1200, numberText: "1,200", unit: "人"),
        Case("１８人", number: 18, numberText: "１８", unit: "人"),
        // Per mille.
        Case("0.04‰", number: 0.04, numberText: "0.04", unit: "‰"),
        Case("≥0.3‰", .atLeast, comparatorText: "≥", number: 0.3, numberText: "0.3", unit: "‰"),
        // Counts with compound or single-character units.
        Case("≥3名/社区", .atLeast, comparatorText: "≥", number: 3, numberText: "3", unit: "名/社区"),
        Case("1家", number: 1, numberText: "1", unit: "家"),
        Case("≥1支", .atLeast, comparatorText: "≥", number: 1, numberText: "1", unit: "支"),
    ]

    @Test("printed forms come apart into comparator, number and unit", arguments: printedForms)
    func parsesPrintedForm(_ expected: Case) throws {
        let value = try IndicatorValue.parse(expected.text).get()
        #expect(value.comparator == expected.comparator)
        #expect(value.comparatorText == expected.comparatorText)
        #expect(value.number == expected.number)
        #expect(value.numberText == expected.numberText)
        #expect(value.separator == expected.separator)
        #expect(value.unit == expected.unit)
        #expect(value.dash == nil)
        #expect(value.isNone == false)
    }

    @Test("printed forms print back exactly as written", arguments: printedForms.map(\.text) + ["—", "——"])
    func printsBackExactly(_ text: String) throws {
        let value = try IndicatorValue.parse(text).get()
        #expect(value.description == text)
    }

    @Test("a dash means no value", arguments: ["—", "——"])
    func dashIsNone(_ text: String) throws {
        let value = try IndicatorValue.parse(text).get()
        #expect(value.isNone)
        #expect(value.dash == text)
        #expect(value.comparator == nil)
        #expect(value.comparatorText == "")
        #expect(value.number == nil)
        #expect(value.numberText == "")
        #expect(value.separator == "")
        #expect(value.unit == "")
        #expect(value.description == text)
        #expect(value.spoken == "无")
    }

    @Test("spaces around the value are ignored")
    func surroundingSpacesIgnored() throws {
        let value = try IndicatorValue.parse("  ≥30 平方米 \n").get()
        #expect(value.comparator == .atLeast)
        #expect(value.number == 30)
        #expect(value.unit == "平方米")
        #expect(value.description == "≥30 平方米")
    }

    @Test("spoken form reads the comparator in words")
    func spoken() throws {
        #expect(try IndicatorValue.parse("≥30 平方米").get().spoken == "不低于30平方米")
        #expect(try IndicatorValue.parse("——").get().spoken == "无")
        #expect(try IndicatorValue.parse("73.3%").get().spoken == "73.3%")
        #expect(try IndicatorValue.parse("≤5%").get().spoken == "不高于5%")
        #expect(try IndicatorValue.parse(">10%").get().spoken == "高于10%")
    }

    @Test("empty text is refused as empty", arguments: ["", "   ", "\n"])
    func emptyFails(_ text: String) {
        #expect(IndicatorValue.parse(text) == .failure(.empty))
    }

    @Test("text without a leading number is refused", arguments: ["约30%", "平方米", "≥", "≥平方米"])
    func noNumberFails(_ text: String) {
        #expect(IndicatorValue.parse(text) == .failure(.noNumber))
    }

    @Test("a range is refused, naming the text after the first number")
    func rangeFails() {
        #expect(IndicatorValue.parse("3000—4000户") == .failure(.trailingText("—4000户")))
    }

    @Test("a comparator after the number is refused")
    func trailingComparatorFails() {
        #expect(IndicatorValue.parse("30%≥") == .failure(.trailingText("%≥")))
    }

    /// docs/content-format.md, “指标值的写法”: “写成其它样子（例如 `约30%`、`30%左右`）会报错 `GK201`”.
    @Test("words after the unit (30%左右) are refused, as the content format documents")
    func wordsAfterUnitFail() {
        #expect(IndicatorValue.parse("30%左右") == .failure(.trailingText("%左右")))
        #expect(IndicatorValue.parse("0.3‰以上") == .failure(.trailingText("‰以上")))
    }
}
