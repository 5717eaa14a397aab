import Foundation
import Testing

@testable import GongkaiCore

/// The search index is written by hand; it must be the JSON that JSONSerialization writes.
@Suite struct JSONTextTests {
    private func serialized(_ rows: [[String]]) throws -> Data {
        try JSONSerialization.data(withJSONObject: rows, options: [.withoutEscapingSlashes])
    }

    @Test func everyASCIICharacterAndSomeOthersAreWrittenAsJSONSerializationWritesThem() throws {
        var all = ""
        for code in UInt8(0)..<0x80 { all.unicodeScalars.append(Unicode.Scalar(code)) }
        let rows = [[all, "\u{2028}\u{2029}é中文😀 e\u{301}", ""], [], ["villages/a/", "\"引号\" \\ 反斜杠"]]
        #expect(JSONText.rows(rows) == (try serialized(rows)))
    }

    @Test func noRowsIsAnEmptyArray() throws {
        #expect(JSONText.rows([]) == Data("[]".utf8))
        #expect(JSONText.rows([]) == (try serialized([])))
    }

    @Test func theOutputParsesBackToTheSameStrings() throws {
        let rows = [["公开内容", "2025年第二季度村务公开", "羊秋镇 源盛社区 · 2025年7月8日", "villages/229901001001/disclosures/2025-q2-cunwu/"]]
        let parsed = try JSONSerialization.jsonObject(with: JSONText.rows(rows)) as? [[String]]
        #expect(parsed == rows)
    }
}
