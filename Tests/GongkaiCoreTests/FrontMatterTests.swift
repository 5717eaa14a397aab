import Testing
@testable import GongkaiCore

/// `FrontMatter.split`: the YAML between two `---` lines at the top of a page, and the body.
@Suite("FrontMatter.split")
struct FrontMatterTests {
    func split(_ text: String, _ bag: DiagnosticBag) -> FrontMatter? {
        FrontMatter.split(TextFile(path: "pages/about.md", text: text), diagnostics: bag)
    }

    @Test("front matter and body are separated")
    func withFrontMatter() throws {
        let bag = DiagnosticBag()
        let result = try #require(split("---\ntitle: 关于本站\norder: 1\n---\n本站公开……\n\n第二段\n", bag))
        #expect(result.yaml == "title: 关于本站\norder: 1")
        #expect(result.yamlFirstLine == 2)
        #expect(result.body == "本站公开……\n\n第二段\n")
        #expect(bag.items.isEmpty)
    }

    @Test("Windows line ends and trailing spaces on the fences are accepted")
    func crlfAndTrailingSpaces() throws {
        let bag = DiagnosticBag()
        let result = try #require(split("--- \r\ntitle: 关于\r\n---\t\r\n正文\r\n", bag))
        #expect(result.yaml == "title: 关于")
        #expect(result.yamlFirstLine == 2)
        #expect(result.body == "正文\n")
        #expect(bag.items.isEmpty)
    }

    @Test("empty front matter")
    func emptyFrontMatter() throws {
        let bag = DiagnosticBag()
        let result = try #require(split("---\n---\n正文", bag))
        #expect(result.yaml == "")
        #expect(result.body == "正文")
        #expect(bag.items.isEmpty)
    }

    @Test("without front matter the whole text is the body")
    func withoutFrontMatter() throws {
        let bag = DiagnosticBag()
        let text = "# 关于本站\n\n---\n\n正文\n"
        let result = try #require(split(text, bag))
        #expect(result.yaml == nil)
        #expect(result.yamlFirstLine == 1)
        #expect(result.body == text)
        #expect(bag.items.isEmpty)
    }

    @Test("a fence not on the first line is not front matter")
    func fenceNotFirst() throws {
        let bag = DiagnosticBag()
        let text = "\n---\ntitle: x\n---\n"
        let result = try #require(split(text, bag))
        #expect(result.yaml == nil)
        #expect(result.body == text)
    }

    @Test("unterminated front matter is GK106 at line 1")
    func unterminated() {
        let bag = DiagnosticBag()
        #expect(split("---\ntitle: 关于本站\n本站公开……\n", bag) == nil)
        #expect(bag.items.count == 1)
        let diagnostic = bag.items.first
        #expect(diagnostic?.code == .frontMatterUnterminated)
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.location.file == "pages/about.md")
        #expect(diagnostic?.location.line == 1)
        #expect(diagnostic?.location.column == 1)
    }

    /// Only the lines up to the closing fence are split, and the body is kept whole when LF is
    /// its only line break. On random texts of fences, every kind of line break and Chinese
    /// punctuation whose UTF-8 starts as a line separator's does (— “ …), the result is the
    /// whole text split into lines and joined again, as it always was.
    @Test("the body is the rest of the text's lines joined with LF")
    func randomTextsSplitAsWholeLines() {
        var generator = SeededRandom(state: 1_984)
        let pieces = ["---", "--- ", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "—", "“", "…", "正文", "a: 1", " "]
        for _ in 0..<3000 {
            var text = Int.random(in: 0..<4, using: &generator) == 0 ? "" : "---\n"
            for _ in 0..<Int.random(in: 0...14, using: &generator) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let result = split(text, DiagnosticBag())
            let lines = TextLines.of(text)
            func isFence(_ line: Substring) -> Bool { line.reversed().drop { $0 == " " || $0 == "\t" }.reversed() == Array("---") }
            guard isFence(lines[0]) else {
                #expect(result?.yaml == nil && result?.body == text, "\(Array(text.unicodeScalars))")
                continue
            }
            guard let end = lines.dropFirst().firstIndex(where: isFence) else {
                #expect(result == nil, "\(Array(text.unicodeScalars))")
                continue
            }
            #expect(result?.yaml == lines[1..<end].joined(separator: "\n"), "\(Array(text.unicodeScalars))")
            #expect(result?.body == lines[(end + 1)...].joined(separator: "\n"), "\(Array(text.unicodeScalars))")
        }
    }
}
