import Testing

@testable import GongkaiCore

/// Personal data the privacy guard must find, and ordinary numbers it must leave alone.
@Suite("PersonalDataScanner")
struct PersonalDataScannerTests {
    // 11010519491231002X: a valid check digit (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 = 3 → X).
    static let id = "11010519491231002X"
    // 6222021234567894: Luhn sum is a multiple of 10.
    static let card = "6222021234567894"

    @Test func findsAResidentIDWithItsCheckDigit() throws {
        let matches = PersonalDataScanner.scan("身份证号：\(Self.id)。")
        let match = try #require(matches.first)
        #expect(matches.count == 1)
        #expect(match.kind == .residentID)
        #expect(match.offset == 5)
        #expect(match.masked == "110105********002X")
    }

    @Test func anEighteenDigitNumberWithAWrongCheckDigitIsNotAnID() {
        #expect(PersonalDataScanner.scan("110105194912310021").allSatisfy { $0.kind != .residentID })
    }

    @Test(arguments: ["13812345678", "138-1234-5678", "138 1234 5678", "联系人：王某，手机15900001111"])
    func findsMobileNumbers(text: String) throws {
        let match = try #require(PersonalDataScanner.scan(text).first)
        #expect(match.kind == .mobile)
        #expect(match.masked.hasSuffix(String(match.digits.suffix(4))))
        #expect(match.masked.contains("****"))
    }

    @Test func findsBankCardsThatPassLuhn() throws {
        let plain = try #require(PersonalDataScanner.scan("卡号 \(Self.card)").first)
        #expect(plain.kind == .bankCard)
        #expect(plain.masked == "6222********7894")
        let spaced = try #require(PersonalDataScanner.scan("卡号 6222 0212 3456 7894").first)
        #expect(spaced.kind == .bankCard)
        #expect(spaced.text == "6222 0212 3456 7894")
        #expect(PersonalDataScanner.scan("6222021234567890").isEmpty, "fails Luhn")
    }

    @Test(arguments: [
        "0439-5550101", "2024-03-12", "220681100201", "预算 18.5 万元", "52,000", "文号 吉政办发〔2022〕18号",
        "1381234567890", "电话 12345678901",
    ])
    func leavesOrdinaryNumbersAlone(text: String) {
        #expect(PersonalDataScanner.scan(text).isEmpty, "\(text)")
    }
}
