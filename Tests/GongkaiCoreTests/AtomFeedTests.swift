import Foundation
import Testing

@testable import GongkaiCore

/// The site's feed takes the newest entries of every village without sorting them all.
@Suite struct AtomFeedTests {
    /// Entries spread over villages and days, many on the same day, in a shuffled order.
    private func items(_ count: Int, seed: UInt64) throws -> [AtomFeed.Item] {
        var random = seed
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        let rows = (0..<count).map { index in
            let day = String(format: "2024-%02d-%02d", next(12) + 1, next(28) + 1)
            return """
                {"villageID":"v\(next(40))","title":"公开\(index)","page":"p/\(index)/","category":"村务","published":"\(day)",\
                "updated":"\(day)","summary":"","tieKind":\(next(2)),"tieSlug":"s\(index)"}
                """
        }
        return try JSONDecoder().decode([AtomFeed.Item].self, from: Data("[\(rows.joined(separator: ","))]".utf8))
    }

    @Test(arguments: [(0, 100), (5, 100), (100, 100), (101, 100), (3000, 100), (3000, 1)])
    func theNewestAreTheFirstOfTheFullSort(count: Int, limit: Int) throws {
        let items = try items(count, seed: UInt64(count * 31 + limit))
        let expected = Array(items.sorted(by: AtomFeed.isNewer).prefix(limit))
        #expect(AtomFeed.newest(limit, of: items) == expected)
    }
}

/// Villages keep their feed entries as text (`FeedEntries`); the site's feed decodes only the
/// villages that can still have one of the newest.
@Suite struct FeedEntriesTests {
    private func items(village: Int, count: Int, seed: inout UInt64) -> [AtomFeed.Item] {
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        return (0..<count).map { index in
            let day = CalendarDate(year: 2024, month: next(3) + 1, day: next(5) + 1)!
            return AtomFeed.Item(
                villageID: "v\(village)", title: "公开“\(index)”\n第\\\(index)期", page: "villages/v\(village)/disclosures/\(index)/",
                category: "村务", published: day, updated: day, summary: "村\(village) · 村务", tieKind: next(2), tieSlug: "s\(index)")
        }
    }

    @Test func entriesReadBackAsTheyWereMade() throws {
        var seed: UInt64 = 7
        let made = items(village: 1, count: 6, seed: &seed)
        let kept = try CacheReader.read(FeedEntries.self, from: CacheWriter.bytes(of: FeedEntries(made)))
        #expect(kept.items == made)
        #expect(kept.newest == made.map(\.published).max())
        #expect(FeedEntries([]).isEmpty && FeedEntries([]).items.isEmpty && FeedEntries([]).newest == nil)
    }

    @Test(arguments: [(0, 100), (3, 100), (40, 100), (400, 100), (400, 1), (400, 7)])
    func theNewestOfTheVillagesAreTheFirstOfTheFullSort(villages: Int, limit: Int) {
        var seed = UInt64(villages * 13 + limit)
        let feeds = (0..<villages).map { village in
            var local = seed &+ UInt64(village)
            let count = Int(local % 4)
            defer { seed = local }
            return items(village: village, count: count, seed: &local)
        }
        let expected = Array(feeds.joined().sorted(by: AtomFeed.isNewer).prefix(limit))
        #expect(AtomFeed.newest(limit, amongVillages: feeds.map(FeedEntries.init)) == expected)
    }
}
