import Foundation
import Testing

@testable import GongkaiCore

/// The JSON downloads are written as bytes, exactly as `JSONEncoder` would write them.
@Suite struct OpenDataTests {
    struct Document: Encodable, Sendable {
        var title: String
        var village: String
        var columns: [String]
        var rows: [[String]]
    }

    private func encoded(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(document) + Data("\n".utf8)
    }

    @Test(arguments: [
        Document(title: "服务清单", village: "红石村", columns: ["服务事项", "类别"], rows: [["临时救助申请", "为民"], ["快递代收", "便民"]]),
        Document(title: "空表", village: "江畔社区", columns: ["事项"], rows: []),
        Document(title: "", village: "", columns: [], rows: [[], [""]]),
        Document(
            title: "引号\"与/斜杠\\反斜杠", village: "控制\u{1}\t\n字符", columns: ["a,b", "“中文引号”"],
            rows: [["第一行\r\n第二行", "😀 é\u{301}"], ["<script>", "\u{7F}\u{2028}"]]),
    ])
    func theSameBytesAsJSONEncoder(document: Document) throws {
        let written = OpenData.json(title: document.title, village: document.village, columns: document.columns, rows: document.rows)
        #expect(written == (try encoded(document)), "\(String(decoding: written, as: UTF8.self))")
    }

    /// The CSV downloads: a byte-order mark, CRLF after every record, and RFC 4180 quoting
    /// only where a field needs it.
    @Test func csvQuotesOnlyWhatNeedsIt() {
        let written = OpenData.csv(columns: ["事项", "说明"], rows: [["快递代收", "便民"], ["a,b", "说\"是\""]])
        let expected = "\u{FEFF}事项,说明\r\n快递代收,便民\r\n\"a,b\",\"说\"\"是\"\"\"\r\n"
        #expect(String(decoding: written, as: UTF8.self) == expected)
        #expect(written.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    /// Every field reads back as written, through gongkai's own CSV reader, line breaks inside a
    /// field included (a CRLF inside a field is one Character in Swift, and was once missed).
    @Test(arguments: [
        [["服务事项", "类别"], ["临时救助申请", "为民"]],
        [["a,b", "\"引号\""], ["第一行\r\n第二行", "第一行\n第二行"], ["回车\r", "😀 é\u{301}"]],
    ])
    func csvReadsBackAsWritten(records: [[String]]) throws {
        let written = OpenData.csv(columns: records[0], rows: Array(records.dropFirst()))
        let bag = DiagnosticBag()
        let table = try #require(CSVTable.parse(written, file: "x.csv", diagnostics: bag))
        #expect(bag.items.isEmpty)
        #expect(table.header == records[0])
        #expect(table.rows.map(\.cells) == Array(records.dropFirst()))
    }
}
