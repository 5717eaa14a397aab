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
}
