import Foundation
import Testing

@testable import GongkaiCore

/// The build cache's binary layout (`CacheReader`): every value reads back as it was written,
/// the same value always gives the same bytes, and bytes that are not a value of the expected
/// type, whether cut short, damaged or from another version, are an error and never a crash.
@Suite struct CacheCodingTests {
    private func roundTrip<Value: CacheCodable & Equatable>(_ value: Value) throws -> Value {
        try CacheReader.read(Value.self, from: CacheWriter.bytes(of: value))
    }

    @Test(arguments: [0, 1, -1, 63, -64, 64, -65, 127, 128, 300, -300, 1 << 40, Int.max, Int.min, Int.max - 1, Int.min + 1])
    func integersReadBack(value: Int) throws {
        #expect(try roundTrip(value) == value)
    }

    @Test func smallIntegersTakeOneByteWhateverTheirSign() {
        #expect(CacheWriter.bytes(of: 0) == [0])
        #expect(CacheWriter.bytes(of: -1) == [1])
        #expect(CacheWriter.bytes(of: 1) == [2])
        #expect(CacheWriter.bytes(of: 63) == [126])
        #expect(CacheWriter.bytes(of: -64) == [127])
        #expect(CacheWriter.bytes(of: 300) == [0xD8, 0x04])
        #expect(CacheWriter.bytes(of: Int.min).count == 10)
    }

    @Test(arguments: ["", "a", "村（社区）/路径", "a\"b\\c\n\r\t", "\u{0}nul", String(repeating: "长", count: 5000), "👨‍👩‍👧 e\u{301}"])
    func textsReadBackAsTheyWere(text: String) throws {
        #expect(try roundTrip(text) == text)
        #expect(CacheWriter.bytes(of: text).suffix(text.utf8.count).elementsEqual(text.utf8))
    }

    @Test func numbersWithAFractionKeepEveryBit() throws {
        for value in [0.0, -0.0, 0.1, 1e-300, -123.456, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude, .nan] {
            #expect(try roundTrip(value).bitPattern == value.bitPattern)
        }
    }

    @Test func optionalsArraysAndDictionariesReadBack() throws {
        #expect(try roundTrip([Int?.none, 5, nil, -2]) == [nil, 5, nil, -2])
        #expect(try roundTrip([[String]]([[], ["a"], ["", "b", "村"]])) == [[], ["a"], ["", "b", "村"]])
        #expect(try roundTrip(["x": [true, false], "": [], "村": [true]]) == ["x": [true, false], "": [], "村": [true]])
        #expect(try roundTrip(String?.none) == nil)
        #expect(try roundTrip(CalendarDate(year: 2024, month: 2, day: 29)) == CalendarDate(year: 2024, month: 2, day: 29))
    }

    @Test func dictionariesGiveTheSameBytesWhateverTheirOrder() {
        let entries = (0..<200).map { ("key\($0)", "text \($0)") }
        let one = Dictionary(uniqueKeysWithValues: entries)
        // Another capacity: the same keys in another iteration order.
        var other: [String: String] = [:]
        other.reserveCapacity(5000)
        for (key, text) in entries.reversed() { other[key] = text }
        #expect(Array(one.keys) != Array(other.keys))
        #expect(CacheWriter.bytes(of: one) == CacheWriter.bytes(of: other))
    }

    @Test func diagnosticsReadBackWithEveryField() throws {
        let diagnostics = [
            Diagnostic(.missingField, at: SourceLocation(file: "a/b.yaml", line: 3, column: 7, field: "x[1]"), message: "缺少", hint: "补上"),
            Diagnostic(.duplicateKey, .warning, at: SourceLocation(file: "c.csv"), message: "重复"),
        ]
        #expect(try roundTrip(diagnostics) == diagnostics)
    }

    @Test(arguments: [
        [], ["index.html"], ["villages/1/index.html", "villages/1/附件 一.pdf", "villages/1/needs.svg"], ["a\nb", "c"], ["", "d"], [""],
    ])
    func aUnitsFilesReadBackAsTheyWere(files: [String]) throws {
        let unit = BuildCache.Unit(fingerprint: "f", files: files)
        #expect(try roundTrip(unit) == unit)
    }

    @Test(arguments: [[], [""], ["", ""], ["", "d"], ["a\nb", "c"], ["村（社区）/附件 一.pdf"], (0..<40).map { "villages/v/\($0)/index.html" }])
    func aFileListGivesBackItsNames(names: [String]) throws {
        let list = FileList(names)
        #expect(list.names == names && list.count == names.count)
        #expect(try roundTrip(list) == list)
        #expect(try roundTrip(list).names == names)
        // Read back, the list is kept packed; written again, it gives the same bytes.
        #expect(try CacheWriter.bytes(of: roundTrip(list)) == CacheWriter.bytes(of: list))
    }

    @Test func aFileListWhoseCountDoesNotMatchItsNamesIsAnError() {
        for (count, packed) in [(2, "a"), (1, "a\0b"), (0, "a"), (1, "\0")] {
            var writer = CacheWriter()
            writer.write(count)
            writer.write(packed)
            #expect(throws: CacheReader.Malformed.self) { try CacheReader.read(FileList.self, from: writer.bytes) }
        }
    }

    @Test func aUnitKeepsTheDigestOfItsFilesAndAWrongCountIsAnError() throws {
        let unit = BuildCache.Unit(fingerprint: "f", files: ["a/index.html", "a/b.svg"])
        #expect(unit.digest == FileSetDigest(["a/b.svg", "a/index.html"]))
        #expect(unit.files.names == ["a/index.html", "a/b.svg"])
        #expect(try roundTrip(unit).digest == unit.digest)
        var writer = CacheWriter()
        writer.write("f")
        writer.write(unit.files)
        writer.write(FileSetDigest(["a/index.html"]))
        #expect(throws: CacheReader.Malformed.self) { try CacheReader.read(BuildCache.Unit.self, from: writer.bytes) }
    }

    /// A village with every kind of field: numbers with and without a fraction, dates, optional
    /// fields set, enumerations, catalogue cells of each kind, rows of text, a warning.
    private var village: CachedVillage {
        let day = CalendarDate(year: 2024, month: 6, day: 30)!
        let summary = VillageSummary(
            figures: VillageFigures(IndicatorComputationTests.villages[3]),
            searchRows: SearchPage.Rows([SearchPage.Entry(kind: "公开", title: "第\"一\"期", context: "村d", path: "villages/d/")]),
            feed: FeedEntries([
                AtomFeed.Item(
                    villageID: "d", title: "公开", page: "villages/d/disclosures/a/", category: "村务", published: day, updated: day,
                    summary: "村d · 村务", tieKind: 1, tieSlug: "a"),
            ]),
            published: VillageSummary.PublishedRecords(notices: [], finance: []),
            catalogue: [
                .init(itemID: "a", title: "甲", value: .notApplicable), .init(itemID: "b", title: "乙", value: .switchedOff),
                .init(itemID: "c", title: "丙", value: .standing(.late, text: "逾期")),
            ],
            publicNumbers: ["13800000000"])
        return CachedVillage(
            stamp: "stamp", context: "context", fingerprint: "print", summary: summary,
            warnings: [Diagnostic(.duplicateKey, at: SourceLocation(file: "v.yaml", line: 1), message: "重复")])
    }

    @Test func bytesCutShortAnywhereOrFollowedByMoreAreAnError() throws {
        let bytes = CacheWriter.bytes(of: village)
        #expect(try CacheReader.read(CachedVillage.self, from: bytes) == village)
        for end in 0..<bytes.count {
            #expect(throws: CacheReader.Malformed.self) { try CacheReader.read(CachedVillage.self, from: bytes[..<end]) }
        }
        #expect(throws: CacheReader.Malformed.self) { try CacheReader.read(CachedVillage.self, from: bytes + [0]) }
    }

    @Test func damagedBytesAreAnErrorOrAnotherValueButNeverACrash() {
        let bytes = CacheWriter.bytes(of: village)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var errors = 0
        for _ in 0..<3000 {
            var damaged = bytes
            for _ in 0...next(3) { damaged[next(damaged.count)] = UInt8(next(256)) }
            if (try? CacheReader.read(CachedVillage.self, from: damaged)) == nil { errors += 1 }
        }
        #expect(errors > 1000, "most damage is found")
    }

    @Test func valuesThatCannotBeAreErrors() {
        func fails<Value: CacheCodable>(_ type: Value.Type, _ bytes: [UInt8]) -> Bool {
            (try? CacheReader.read(type, from: bytes)) == nil
        }
        #expect(fails(Bool.self, [2]))
        #expect(fails(Village.Kind.self, CacheWriter.bytes(of: "城堡")))
        var date = CacheWriter()
        for part in [2023, 2, 29] { date.write(part) }
        #expect(fails(CalendarDate.self, date.bytes), "not a leap year")
        // A count far above what the bytes could hold, a number of more than 64 bits, a key twice.
        #expect(fails([Int].self, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0]))
        #expect(fails(Int.self, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]))
        var twice = CacheWriter()
        twice.writeVarint(2)
        for _ in 0..<2 {
            twice.write("k")
            twice.write(1)
        }
        #expect(fails([String: Int].self, twice.bytes))
        #expect(!fails([String: Int].self, CacheWriter.bytes(of: ["k": 1, "l": 1])))
    }

    @Test func aCacheFileStartsWithItsFormatAndVersion() throws {
        let file = BuildCache.encode(village, path: "x.bin")
        #expect(file.contents.starts(with: Data("gongkai-cache \(BuildCache.format) \(GongkaiVersion.current)\n".utf8)))
        #expect(try BuildCache.decode(CachedVillage.self, from: file.contents) == village)
        var other = file.contents
        other[other.startIndex + "gongkai-cache ".count] ^= 1
        #expect(throws: CacheReader.Malformed.self) { try BuildCache.decode(CachedVillage.self, from: other) }
        #expect(throws: CacheReader.Malformed.self) { try BuildCache.decode(CachedVillage.self, from: Data("{}".utf8)) }
    }
}
