import Foundation
import Testing

@testable import GongkaiCore

/// A cache file is its JSON on one line, then the texts it holds as they are (`CacheText`).
@Suite struct CacheTextTests {
    private struct Sample: Codable, Equatable {
        var rows: CacheText
        var more: [CacheText]
        var plain: String
    }

    private let sample = Sample(
        rows: CacheText(#"["公开","第\"一\"期"],"# + "\n换行\t"), more: [CacheText(""), CacheText("村（社区）/路径")], plain: "a\"b")

    @Test func textsFollowTheJSONAsTheyAreAndReadBack() throws {
        let file = BuildCache.encode(sample, path: "x.json")
        let text = String(decoding: file.contents, as: UTF8.self)
        let json = try #require(text.split(separator: "\n", maxSplits: 1).first)
        #expect(!json.contains("公开") && json.contains(#""plain":"a\"b""#))
        // Each text is one number: its offset and length in the bytes after the JSON.
        #expect(json.contains(/"more":\[\d+,\d+\]/))
        #expect(json.contains(/"rows":\d+/))
        #expect(text.hasSuffix("\n" + sample.rows.text + "村（社区）/路径"))
        #expect(try BuildCache.decode(Sample.self, from: file.contents) == sample)
    }

    @Test func plainCodersKeepTextsAsStrings() throws {
        let data = try JSONEncoder().encode(sample)
        #expect(String(decoding: data, as: UTF8.self).contains("村（社区）"))
        #expect(try JSONDecoder().decode(Sample.self, from: data) == sample)
    }

    @Test func aReferenceOutsideTheTextsIsAnError() throws {
        var contents = BuildCache.encode(sample, path: "x.json").contents
        contents.removeLast(3)
        #expect(throws: DecodingError.self) { try BuildCache.decode(Sample.self, from: contents) }
    }

    @Test func dictionariesGiveTheSameBytesWhateverTheirOrder() throws {
        let entries = (0..<200).map { ("key\($0)", CacheText("text \($0)")) }
        let one = Dictionary(uniqueKeysWithValues: entries)
        // Another capacity: the same keys in another iteration order.
        var other: [String: CacheText] = [:]
        other.reserveCapacity(5000)
        for (key, text) in entries.reversed() { other[key] = text }
        #expect(Array(one.keys) != Array(other.keys))
        let first = BuildCache.encode(SortedEntries(one), path: "x").contents
        #expect(first == BuildCache.encode(SortedEntries(other), path: "x").contents)
        #expect(try BuildCache.decode([String: CacheText].self, from: first) == one)
    }
}

/// A unit's files are kept in the build cache as one string, one path a line, and read back
/// as they were; names that a line break or an empty name would make ambiguous are kept as an
/// array instead.
@Suite struct BuildCacheUnitTests {
    private func roundTrip(_ files: [String]) throws -> (json: String, back: BuildCache.Unit) {
        let unit = BuildCache.Unit(fingerprint: "f", files: files)
        let data = try JSONEncoder().encode(unit)
        return (String(decoding: data, as: UTF8.self), try JSONDecoder().decode(BuildCache.Unit.self, from: data))
    }

    @Test(arguments: [
        [], ["index.html"], ["villages/1/index.html", "villages/1/附件 一.pdf", "villages/1/needs.svg"], ["a\nb", "c"], ["", "d"], [""],
    ])
    func filesReadBackAsTheyWere(files: [String]) throws {
        let (_, back) = try roundTrip(files)
        #expect(back == BuildCache.Unit(fingerprint: "f", files: files))
    }

    @Test func pathsAreOneStringUnlessANameHoldsALineBreak() throws {
        #expect(try roundTrip(["a/index.html", "a/b.svg"]).json.contains(#"a\/index.html\na\/b.svg""#))
        #expect(try roundTrip(["a\nb"]).json.contains(#"["a\nb"]"#))
    }
}
