import Testing
@testable import GongkaiCore

/// `MarkdownRenderer.html(_:)`: GitHub extensions on, raw HTML and unsafe links off.
@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    @Test("a GFM table renders as a table")
    func table() {
        let html = MarkdownRenderer.html("""
            | 指标 | 目标值 |
            |---|---|
            | 覆盖率 | 100% |
            """)
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>指标</th>"))
        #expect(html.contains("<td>覆盖率</td>"))
        #expect(html.contains("<td>100%</td>"))
    }

    @Test("strikethrough renders as del")
    func strikethrough() {
        #expect(MarkdownRenderer.html("~~删除~~") == "<p><del>删除</del></p>\n")
    }

    @Test("a bare address becomes a link")
    func autolink() {
        let html = MarkdownRenderer.html("网址：https://example.cn")
        #expect(html.contains(#"<a href="https://example.cn">https://example.cn</a>"#))
    }

    @Test("a script block is not passed through")
    func scriptDropped() {
        let html = MarkdownRenderer.html("前文\n\n<script>alert(1)</script>\n\n后文")
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("<p>前文</p>"))
        #expect(html.contains("<p>后文</p>"))
    }

    @Test("inline script is not passed through")
    func inlineScriptDropped() {
        let html = MarkdownRenderer.html("文字<script>alert(1)</script>文字")
        #expect(!html.lowercased().contains("<script"))
    }

    @Test("javascript links lose their address")
    func javascriptLinkDropped() {
        let html = MarkdownRenderer.html("[x](javascript:alert(1))")
        #expect(!html.lowercased().contains("javascript:"))
        #expect(html.contains(">x</a>"))
    }

    @Test("raw img with an event handler is not passed through")
    func imgDropped() {
        let html = MarkdownRenderer.html("<img src=x onerror=alert(1)>")
        #expect(!html.lowercased().contains("<img"))
        let inline = MarkdownRenderer.html("图片<img src=x onerror=alert(1)>")
        #expect(!inline.lowercased().contains("<img"))
    }

    @Test("Chinese text and full-width punctuation survive intact")
    func chineseIntact() {
        let text = "为进一步推动我市城乡社区服务体系建设高质量发展，“十四五”期间……（责任单位：市民政局）"
        #expect(MarkdownRenderer.html(text) == "<p>\(text)</p>\n")
    }

    @Test("emphasis and headings render")
    func basics() {
        #expect(MarkdownRenderer.html("## 主要目标") == "<h2>主要目标</h2>\n")
        #expect(MarkdownRenderer.html("**重点**任务") == "<p><strong>重点</strong>任务</p>\n")
    }

    @Test("empty input gives empty output")
    func empty() {
        #expect(MarkdownRenderer.html("") == "")
    }
}

@Suite("MarkdownRenderer Chinese line breaks")
struct MarkdownChineseLineBreakTests {
    @Test func aBreakBetweenChineseCharactersIsRemoved() {
        #expect(MarkdownRenderer.html("村民代表会议\n决定修路。") == "<p>村民代表会议决定修路。</p>\n")
    }

    @Test func aBreakNextToLatinTextStays() {
        #expect(MarkdownRenderer.html("fee\nschedule") == "<p>fee\nschedule</p>\n")
        #expect(MarkdownRenderer.html("共 12\n人") == "<p>共 12\n人</p>\n")
    }

    @Test func everyBreakBetweenChineseIsRemovedAndOnlyThose() {
        #expect(MarkdownRenderer.html("第一行\n第二行\n第三行，\nabc\n丙") == "<p>第一行第二行第三行，\nabc\n丙</p>\n")
        #expect(MarkdownRenderer.html("甲\n乙\n\n```\n丙\n丁\n```\n戊\n己") == "<p>甲乙</p>\n<pre><code>丙\n丁\n</code></pre>\n<p>戊己</p>\n")
        #expect(MarkdownRenderer.joiningChineseLineBreaks("甲\n乙\n") == "甲乙\n")
    }

    @Test func codeBlocksAreLeftAlone() {
        #expect(MarkdownRenderer.html("```\n第一行\n第二行\n```") == "<pre><code>第一行\n第二行\n</code></pre>\n")
    }
}
