import Testing

@testable import GongkaiCore

/// `TextLines` finds the same lines as splitting on `Character.isNewline`, on the bytes.
@Suite struct TextLinesTests {
    @Test(arguments: [
        "", "\n", "\n\n", "一行", "一行\n", "第一行\n第二行", "a\r\nb", "a\rb", "a\r\rb", "a\r\n\r\nb", "a\n\rb",
        "垂直\u{0B}制表\u{0C}换页", "下一行\u{85}行分隔\u{2028}段分隔\u{2029}完", "\u{2028}", "\r", "\r\n",
        "e\u{301}\n\u{301}组合", "👨‍👩‍👧\n🇨🇳\r\n末尾", "½\u{A0}\u{2027}\u{2030}近似的字节", "表格 | 13800138000 |\r\n| 2 |\n",
    ])
    func theSameLinesAsCharacterSplitting(text: String) {
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        #expect(TextLines.of(text) == expected)
    }

    @Test func linesAreViewsOfTheText() {
        let lines = TextLines.of("甲\r\n乙\n")
        #expect(lines == ["甲", "乙", ""])
        #expect(lines[1].startIndex > lines[0].endIndex)
    }
}
