import Testing
@testable import GongkaiCore

/// `Suggestion`: the "did you mean" for misspelt field names.
@Suite("Suggestion")
struct SuggestionTests {
    /// The field names of an indicator, as the decoder offers them.
    static let indicatorFields = IndicatorDecoder.fields

    @Test("misspellings of a field name find it", arguments: [
        ("baseln", "baseline"), // two letters missing
        ("basline", "baseline"), // one letter missing
        ("taget", "target"), // one letter missing
        ("atribute", "attribute"),
        ("actual", "actuals"),
        ("Name", "name"),
    ])
    func suggests(_ typed: String, _ expected: String) {
        #expect(Suggestion.closest(to: typed, among: Self.indicatorFields) == expected)
    }

    @Test("nothing is suggested for a word far from every field", arguments: ["xyz", "标题", "description"])
    func nothingFar(_ typed: String) {
        #expect(Suggestion.closest(to: typed, among: Self.indicatorFields) == nil)
    }

    @Test("nothing is suggested among no candidates")
    func noCandidates() {
        #expect(Suggestion.closest(to: "target", among: []) == nil)
    }

    @Test("ties go to the name that sorts first")
    func tieBreak() {
        // 四、 is one substitution from both 二、 and 三、; 三 (U+4E09) sorts before 二 (U+4E8C).
        #expect(Suggestion.closest(to: "四、", among: ["二、", "三、"]) == "三、")
        #expect(Suggestion.closest(to: "二,", among: ["二、", "三、"]) == "二、")
    }

    @Test("Levenshtein distance worked by hand")
    func distances() {
        // kitten → sitten (k→s) → sittin (e→i) → sitting (+g): 3.
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        // flaw → law (−f) → lawn (+n): 2.
        #expect(Suggestion.distance("flaw", "lawn") == 2)
        // baseln → baselin (+i) → baseline (+e): 2.
        #expect(Suggestion.distance("baseln", "baseline") == 2)
        // taget → target (+r): 1.
        #expect(Suggestion.distance("taget", "target") == 1)
        // Characters, not bytes: 二、 → 三、 is one substitution.
        #expect(Suggestion.distance("二、", "三、") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("abc", "") == 3)
        #expect(Suggestion.distance("same", "same") == 0)
        // Symmetric.
        #expect(Suggestion.distance("sitting", "kitten") == 3)
    }
}
