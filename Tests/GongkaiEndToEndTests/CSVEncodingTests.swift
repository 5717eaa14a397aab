import Foundation
import Testing

@testable import GongkaiCore

/// A table saved by Excel as UTF-8, UTF-8 with BOM or GB18030, with CRLF or LF, loads to the
/// same rows; anything else is an error naming the file, row and column.
@Suite struct CSVEncodingTests {
    static let utf8 = "服务事项,类别,所需材料,承诺时限,,\n低保申请受理,为民,\"户口簿,身份证\",15个工作日,,\n老年人助餐,便民,\"凭老年证\n即可\",当场,,\n"

    private func rows(_ data: Data) throws -> (CSVTable, [[String]]) {
        let bag = DiagnosticBag()
        let table = try #require(CSVTable.parse(data, file: "services.csv", diagnostics: bag), "\(bag.items)")
        #expect(bag.items.isEmpty)
        return (table, table.rows.map(\.cells))
    }

    @Test func gb18030AndBOMTwinsLoadTheSameRowsAsUTF8() throws {
        let (plain, expected) = try rows(Data(Self.utf8.utf8))
        #expect(plain.encoding == .utf8)
        #expect(plain.header == ["服务事项", "类别", "所需材料", "承诺时限"])
        #expect(expected.count == 2)
        #expect(expected[0][2] == "户口簿,身份证")
        #expect(expected[1][2] == "凭老年证\n即可")

        let crlf = Self.utf8.replacingOccurrences(of: "\n", with: "\r\n")
        let gb = try #require(GB18030.encode(crlf))
        #expect(String(validating: gb, as: UTF8.self) == nil, "the GB18030 bytes are not UTF-8")
        let (gbTable, gbRows) = try rows(gb)
        #expect(gbTable.encoding == .gb18030)
        #expect(gbRows == expected.map { $0.map { $0.replacingOccurrences(of: "\n", with: "\r\n") } })

        let (bomTable, bomRows) = try rows(Data([0xEF, 0xBB, 0xBF]) + Data(Self.utf8.utf8))
        #expect(bomTable.encoding == .utf8WithBOM)
        #expect(bomTable.header == plain.header)
        #expect(bomRows == expected)
    }

    @Test func theSameVillageLoadsFromEveryEncoding() throws {
        var results: [[ServiceItem]] = []
        let text = try String(contentsOf: VillageSiteTests.fixture.appendingPathComponent("townships/220681100/villages/220681100201/services.csv"), encoding: .utf8)
        for data in [Data(text.utf8), Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), try #require(GB18030.encode(text))] {
            let folder = try TestSupport.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: folder)
            try data.write(to: content.appendingPathComponent("townships/220681100/villages/220681100201/services.csv"))
            let bag = DiagnosticBag()
            let raw = ContentLoader.load(from: content, diagnostics: bag)
            let site = try #require(ContentValidator.validate(raw, diagnostics: bag), "\(bag.items)")
            results.append(site.townships[0].villages[0].services)
        }
        #expect(results.count == 3)
        #expect(results[0].count == 2)
        #expect(results[1] == results[0])
        #expect(results[2] == results[0])
    }

    @Test(arguments: [
        ("a,b\n1,\"open\n", CSVParser.Failure(reason: .unterminatedQuote, line: 2, column: 2)),
        ("a,b\n1,\"x\"y\n", CSVParser.Failure(reason: .textAfterClosingQuote, line: 2, column: 2)),
        ("a,b\n1,x\"y\n", CSVParser.Failure(reason: .quoteInUnquotedField, line: 2, column: 2)),
    ])
    func malformedQuotingIsRefusedWithItsPlace(text: String, expected: CSVParser.Failure) {
        guard case let .failure(failure) = CSVParser.parse(text) else {
            Issue.record("accepted malformed CSV")
            return
        }
        #expect(failure == expected)
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreAnError() {
        var data = Data("编号,需求\nN1,路灯\n".utf8)
        data.append(contentsOf: [0x4E, 0x32, 0x2C, 0xFF, 0xFF, 0xFF, 0x0A])
        let bag = DiagnosticBag()
        #expect(CSVTable.parse(data, file: "needs.csv", diagnostics: bag) == nil)
        #expect(bag.items.map(\.code) == [.fileNotUTF8])
        #expect(bag.items.first?.location.line == 3)
    }
}
