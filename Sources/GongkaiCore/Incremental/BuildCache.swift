import Foundation

/// What the last build wrote, unit by unit, and what it knew of every village:
/// `.gongkai-cache.json` in the output. An incremental build leaves unchanged village folders
/// unread (`VillageReuse`), renders a unit again only when its fingerprint changed, and
/// removes the files of units that no longer exist. The file's contents depend only on the content, so an
/// incremental build and a clean build write the same bytes.
struct BuildCache: Codable, Equatable, Sendable {
    struct Unit: Codable, Equatable, Sendable {
        var fingerprint: String
        /// The unit's files, in the order it renders them.
        var files: [String]
    }

    static let fileName = ".gongkai-cache.json"
    static let format = 2
    /// Changing the generator can change any page: a cache from another version is not used.
    static let generatorVersion = GongkaiVersion.current

    var format = BuildCache.format
    var generator = BuildCache.generatorVersion
    var units: [String: Unit]
    /// Every village, by folder path, for `VillageReuse`.
    var villages: [String: CachedVillage] = [:]
    /// `InputFingerprints.siteFacts` of the build that wrote the cache.
    var siteFacts = ""

    func file() -> OutputFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return OutputFile(path: Self.fileName, contents: ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8))
    }

    /// The cache of the output folder, when it is one this version can use.
    static func read(from output: URL) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: output.appending(path: fileName, directoryHint: .inferFromPath).path),
              let cache = try? JSONDecoder().decode(BuildCache.self, from: data),
              cache.format == format, cache.generator == generatorVersion
        else { return nil }
        return cache
    }
}
