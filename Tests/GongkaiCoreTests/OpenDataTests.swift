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
}
