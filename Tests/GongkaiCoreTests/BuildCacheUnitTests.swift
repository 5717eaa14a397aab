import Foundation
import Testing

@testable import GongkaiCore

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
