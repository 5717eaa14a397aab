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
