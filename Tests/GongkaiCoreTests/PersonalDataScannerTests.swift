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

    /// The quick test on bytes lets through every line `scan` finds something in, and stops
    /// the usual lines of tables and notices.
    @Test(arguments: [
        "13812345678", "138-1234-5678", "138 1234 5678", "联系人：王某，手机15900001111", "卡号 6222 0212 3456 7890 0",
        "身份证 11010519491231002X", "| 1 | 2024-13800138000 |", "2024 13800138000", "13812345678\u{301}",
    ])
    func theQuickTestLetsThroughWhatScanFinds(text: String) {
        #expect(PersonalDataScanner.mayContainNumber(Substring(text)), "\(text)")
        // What `scan` finds, the test on a whole file's bytes lets through, in UTF-8 and in
        // GB18030, among other lines.
        guard !PersonalDataScanner.scanCharacters(text).isEmpty else { return }
        let file = "标题：通知\n| 2024-05-09 | 31,500 |\n" + text + "\n结束\n"
        #expect(Self.mayFindMatch(Array(file.utf8)), "\(text)")
        let gb18030 = GB18030.encode(file)
        #expect(gb18030 != nil)
        if let gb18030 { #expect(Self.mayFindMatch(Array(gb18030)), "\(text)") }
    }

    @Test(arguments: [
        "| 2024-05-09 | 31,500 | 12,000 | 2025-01-24 |", "2024年5月9日 第12345号 共678人", "138--1234-5678", "1 2 3 4 5 - 6", "", "1\u{301}3812345678",
    ])
    func theQuickTestStopsOrdinaryLines(text: String) {
        #expect(!PersonalDataScanner.mayContainNumber(Substring(text)), "\(text)")
        // A line break ends a run: two halves of a number on two lines are not one.
        #expect(!Self.mayFindMatch(Array("标题\n\(text)\n138123\n45678\n".utf8)), "\(text)")
        #expect(PersonalDataScanner.scan(text).isEmpty)
    }

    private static func mayFindMatch(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { PersonalDataScanner.mayFindMatch(bytes: $0) }
    }

    /// Lines of real content whose long numbers are nothing personal: their files are not
    /// decoded. (The quick test on runs of digits lets them all through.)
    @Test(arguments: [
        "R1,党员先锋岗,志愿者,村党支部,12人,0439-6637918,N3,", "code: \"229901001001\"", "  phone: 0439-6637918",
        "| 2024-12345678901 |", "低保申请受理,为民,大厅,周一至周五 8:30—17:00,0439-6637918,身份证,3个工作日",
    ])
    func filesWhoseLongNumbersAreNothingAreNotDecoded(line: String) {
        #expect(PersonalDataScanner.mayContainNumber(Substring(line)))
        #expect(!Self.mayFindMatch(Array("标题\n\(line)\n".utf8)), "\(line)")
        if let gb18030 = GB18030.encode(line) { #expect(!Self.mayFindMatch(Array(gb18030)), "\(line)") }
    }

    /// A number next to a character that is not ASCII may be cut differently into Characters
    /// than into bytes; such a file is decoded and scanned. Here the combining accent makes the
    /// twelfth digit another Character, so `scan` finds the eleven digits before it.
    @Test func aNumberNextToACombiningMarkIsScannedAsCharacters() {
        let text = "电话：13800138000" + "1\u{301}" + "。"
        #expect(PersonalDataScanner.scan(text).first?.kind == .mobile)
        #expect(Self.mayFindMatch(Array(text.utf8)))
        #expect(Self.mayFindMatch(Array("13800138000\u{301}".utf8)))
    }

    /// Whatever `scan` finds in a file's text, the test on its bytes lets through: random
    /// texts of digits, separators, X, combining marks, keycaps, CJK, emoji and line breaks, in
    /// UTF-8 and in GB18030, from a fixed seed. Also checks that the test says no often enough
    /// to be worth having.
    @Test func theTestOnBytesLetsThroughEverythingScanFinds() throws {
        var generator = SeededRandom(state: 2026)
        let pieces = [
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "13", "138", "0013", "8000", "6222", "0212", "19491231",
            " ", "-", "X", "x", "1\u{301}", "5\u{20E3}", "\u{301}", "中", "😀", "𠀀", "\r\n", "\n", ",", "：", "a",
        ]
        var found = 0
        var passedOver = 0
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...24, using: &generator) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let matches = PersonalDataScanner.scanCharacters(text)
            let utf8 = Self.mayFindMatch(Array(text.utf8))
            let gb18030 = try #require(GB18030.encode(text)).withUnsafeBytes { PersonalDataScanner.mayFindMatch(bytes: $0) }
            #expect(PersonalDataScanner.scan(text).map { "\($0.offset) \($0.text)" } == matches.map { "\($0.offset) \($0.text)" })
            if !matches.isEmpty {
                found += 1
                #expect(utf8 && gb18030, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            } else if !utf8 {
                passedOver += 1
            }
        }
        #expect(found > 100, "the texts hold numbers scan finds")
        #expect(passedOver > 1000, "the test on bytes says no to most texts with nothing")
    }
}
