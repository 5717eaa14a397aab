import Testing

@testable import GongkaiCore

/// `TemplateValue` and `TemplateFields`: what a view value becomes for the templates.
@Suite struct TemplateDataTests {
    private struct View: TemplateValue {
        var title: String
        var count: Int
        var share: Double
        var shown: Bool
        var note: String?
        var rows: [String]

        var templateData: TemplateData {
            var fields = TemplateFields(capacity: 6)
            fields.add("title", title)
            fields.add("count", count)
            fields.add("share", share)
            fields.add("shown", shown)
            fields.add("note", note)
            fields.add("rows", rows)
            return fields.data
        }
    }

    @Test func fieldsOfEveryKind() {
        let data = View(title: "村务公开", count: 3, share: 12.5, shown: true, note: nil, rows: ["甲", "乙"]).templateData
        guard case let .text(title)? = data.child(named: "title"), case let .text(count)? = data.child(named: "count"),
              case let .text(share)? = data.child(named: "share"), case let .bool(shown)? = data.child(named: "shown"),
              case let .list(rows)? = data.child(named: "rows")
        else { return #expect(Bool(false)) }
        #expect(title == "村务公开" && count == "3" && share == "12.5" && shown && rows.count == 2)
        #expect(data.child(named: "note") == nil, "a nil optional is not there")
        #expect(data.child(named: "missing") == nil)
    }

    /// Numbers print as Swift prints them, as they always have in the templates.
    @Test func numbersPrintAsSwiftPrintsThem() {
        #expect(text(3.0.templateData) == "3.0")
        #expect(text((-7).templateData) == "-7")
        #expect(text(0.1.templateData) == "0.1")
    }

    /// As a dictionary would have it: a later field of the same name replaces an earlier one.
    @Test func theLastFieldOfANameWins() {
        var fields = TemplateFields(capacity: 3)
        fields.add("name", "first")
        fields.add("name", "second")
        fields.add("name", String?.none)
        #expect(text(fields.data.child(named: "name")) == "second", "a nil optional writes nothing, not even over a field")
    }

    /// A view that writes more fields than it said it would loses none of them.
    @Test func moreFieldsThanSaidStillFit() {
        var fields = TemplateFields(capacity: 1)
        for index in 0..<5 { fields.add("field\(index)", index) }
        fields.add("field0", "again")
        let data = fields.data
        #expect((1..<5).map { text(data.child(named: "field\($0)")) } == ["1", "2", "3", "4"])
        #expect(text(data.child(named: "field0")) == "again")
    }

    /// Data already built goes in as it is, so a part every page shares is built once.
    @Test func builtDataIsSharedAsItIs() {
        var inner = TemplateFields(capacity: 1)
        inner.add("name", "红石村")
        let shared = inner.data
        var outer = TemplateFields(capacity: 1)
        outer.add("village", shared)
        #expect(text(outer.data.child(named: "village")?.child(named: "name")) == "红石村")
    }

    /// A view that leaves a stored property out of its data is found, down to the field of an
    /// item of a list; a nil optional is rightly absent.
    @Test func aFieldLeftOutIsFound() {
        struct Row: TemplateValue {
            var text: String
            var note: String?
            var templateData: TemplateData {
                var fields = TemplateFields(capacity: 1)
                fields.add("text", text)
                return fields.data
            }
        }
        struct Page: TemplateValue {
            var title: String
            var rows: [Row]
            var templateData: TemplateData {
                var fields = TemplateFields(capacity: 1)
                fields.add("rows", rows)
                return fields.data
            }
        }
        let page = Page(title: "清单", rows: [Row(text: "甲", note: nil), Row(text: "乙", note: "备注")])
        #expect(TemplateCoverage.missingFields(of: page, in: page.templateData) == ["title", "rows[1].note"])
        let complete = View(title: "村务公开", count: 3, share: 12.5, shown: true, note: nil, rows: ["甲"])
        #expect(TemplateCoverage.missingFields(of: complete, in: complete.templateData).isEmpty)
    }

    private func text(_ data: TemplateData?) -> String? {
        if case let .text(text)? = data { return text }
        return nil
    }
}
