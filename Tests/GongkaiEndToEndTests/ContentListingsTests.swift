import Foundation
import Testing

@testable import GongkaiCore

/// A build keeps the listing of every settled village folder (`ContentListings`), and the next
/// build stamps the folders from it instead of listing them again. Whatever changed in the
/// folders, the result is the same as a clean build's.
@Suite struct ContentListingsTests {
    /// A build that counts every folder as settled, so that every listing is kept.
    private func build(_ content: URL, into output: URL) -> BuildReport {
        var options = BuildOptions(contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: output)
        options.asOf = TestSupport.sampleAsOf
        options.foldersSettledBefore = .max
        let report = Pipeline.build(options)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        return report
    }

    /// Lets the file system's clock move past the last change.
    private func tick() {
        usleep(20_000)
    }

    @Test func aBuildKeepsTheListingsAndTheNextBuildTrustsThem() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = build(content, into: output)
        let listings = ContentListings.read(from: output).listings
        #expect(listings.keys.sorted() == [VillageReuseTests.east, VillageReuseTests.west, "townships/jianguo/villages/xinhua-shequ"])
        #expect(build(content, into: output).unitsRendered == 0)

        tick()
        // A disclosure added (its folder's times move) and a file rewritten in place (they do not).
        let disclosures = content.appendingPathComponent("\(VillageReuseTests.east)/disclosures")
        let existing = try #require(try FileManager.default.contentsOfDirectory(atPath: disclosures.path).sorted().first { $0.hasSuffix(".md") })
        try FileManager.default.copyItem(at: disclosures.appendingPathComponent(existing), to: disclosures.appendingPathComponent("2099-copy.md"))
        let yaml = content.appendingPathComponent("\(VillageReuseTests.west)/village.yaml")
        try (try String(contentsOf: yaml, encoding: .utf8) + "# 改过\n").data(using: .utf8)!.write(to: yaml)
        let changed = build(content, into: output)
        #expect(changed.villagesReused == 1)
        #expect(ContentListings.read(from: output).listings[VillageReuseTests.east]?.entries.contains("disclosures/2099-copy.md\0") == true)
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
        #expect(build(content, into: output).unitsRendered == 0)
    }

    /// A first build has no stamp to compare, and stamps each village folder as it lists it to
    /// read it: what it records is what a pass of stamps before reading would have recorded.
    @Test func aFirstBuildStampsTheFoldersAsItReadsThem() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = build(content, into: output)
        let index = try #require(BuildCache.readIndex(from: output))
        let cache = try #require(BuildCache.read(from: output, index: index))
        let listings = ContentListings.read(from: output).listings
        let folders = ContentPaths.villageFolders(in: content).map(\.path)
        #expect(folders.count == 3)
        #expect(Set(cache.villages.keys) == Set(folders))
        for folder in folders {
            let stamped = FolderStamp.of(path: content.path + "/" + folder, recorded: nil, settledBefore: .max)
            #expect(cache.villages[folder]?.stamp == stamped.stamp, "\(folder)")
            #expect(listings[folder] == stamped.listing, "\(folder)")
        }
        // And the next build, which stamps before reading, finds them all as recorded.
        #expect(build(content, into: output).unitsRendered == 0)
    }

    @Test(arguments: ["garbage", "empty", "removed"])
    func aDamagedListingsFileIsNotUsed(damage: String) throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = build(content, into: output)
        let file = output.appendingPathComponent(ContentListings.path)
        switch damage {
        case "garbage": try Data("gongkai-cache 1 0\n\u{7}\u{7}".utf8).write(to: file)
        case "empty": try Data().write(to: file)
        default: try FileManager.default.removeItem(at: file)
        }
        #expect(ContentListings.read(from: output).file == nil)
        tick()
        let needs = content.appendingPathComponent("\(VillageReuseTests.east)/needs.csv")
        try (try String(contentsOf: needs, encoding: .utf8) + "\n").data(using: .utf8)!.write(to: needs)
        let report = build(content, into: output)
        #expect(report.villagesReused == 2)
        #expect(ContentListings.read(from: output).listings.count == 3, "written again")
        try TestSupport.expectSameAsCleanBuild(content, output, work: work)
    }

    /// A build whose listings are all the ones it read writes the file it read, byte for byte,
    /// instead of encoding them again; any other listings are encoded.
    @Test func listingsAsReadKeepTheirFile() throws {
        let (work, content, output) = try TestSupport.workingCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = build(content, into: output)
        let recorded = ContentListings.read(from: output)
        let file = try #require(recorded.file)
        #expect(ContentListings.file(recorded.listings, recorded: recorded).contents == file)
        let marked = (listings: recorded.listings, file: Optional(Data("as read".utf8)))
        #expect(ContentListings.file(recorded.listings, recorded: marked).contents == Data("as read".utf8))
        var fewer = recorded.listings
        fewer[VillageReuseTests.east] = nil
        #expect(ContentListings.file(fewer, recorded: marked).contents != Data("as read".utf8))
        #expect(ContentListings.file(fewer, recorded: marked) == BuildCache.encode(fewer, path: ContentListings.path))
    }
}
