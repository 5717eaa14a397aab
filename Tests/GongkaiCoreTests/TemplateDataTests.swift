import Testing

@testable import GongkaiCore

/// `TemplateDataEncoder`: what a view value becomes for the templates.
@Suite struct TemplateDataTests {
    private struct Twice: Encodable {
        enum Keys: String, CodingKey { case name, nested, absent }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("first", forKey: .name)
            try container.encode("second", forKey: .name)
            try container.encode("plain", forKey: .nested)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
            try nested.encode("inside", forKey: .name)
            try container.encodeNil(forKey: .absent)
        }
    }

    /// As a dictionary would have it: a later write of a field replaces an earlier one, and a
    /// nested container replaces a value written under its key.
    @Test func theLastWriteOfAFieldWins() {
        let data = TemplateDataEncoder.encode(Twice())
        guard case let .text(name)? = data.child(named: "name") else { return #expect(Bool(false), "name") }
        #expect(name == "second")
        guard case let .text(inside)? = data.child(named: "nested")?.child(named: "name") else { return #expect(Bool(false), "nested") }
        #expect(inside == "inside")
        guard case .null? = data.child(named: "absent") else { return #expect(Bool(false), "absent") }
        #expect(data.child(named: "missing") == nil)
    }

    private struct View: Encodable {
        var title: String
        var count: Int
        var shown: Bool
        var note: String?
        var rows: [String]
    }

    @Test func fieldsOfEveryKind() {
        let data = TemplateDataEncoder.encode(View(title: "村务公开", count: 3, shown: true, note: nil, rows: ["甲", "乙"]))
        guard case let .text(title)? = data.child(named: "title"), case let .text(count)? = data.child(named: "count"),
              case let .bool(shown)? = data.child(named: "shown"), case let .list(rows)? = data.child(named: "rows")
        else { return #expect(Bool(false)) }
        #expect(title == "村务公开" && count == "3" && shown && rows.count == 2)
        #expect(data.child(named: "note") == nil, "a nil optional is not there")
    }
}
