import Foundation

/// The build cache on disk: `.gongkai-cache.json`, with the units of the site and the
/// townships, and `.gongkai-cache/<township>.json` per township, with its villages and their
/// units. A change in one village rewrites one township's file instead of the whole cache
/// (60 MB at 10,000 villages), and the files are read on all cores.
extension BuildCache {
    static let fileName = ".gongkai-cache.json"
    static let folder = ".gongkai-cache/"

    /// `.gongkai-cache.json`.
    struct Index: Codable {
        var format: Int
        var generator: String
        var siteFacts: String
        var sitemap: Sitemap.Record
        var units: [String: Unit]
        /// The townships that have a file in `.gongkai-cache/`, sorted.
        var townships: [String]
        var inputs: String
        var outputs: String
        var manifest: String
        var warnings: [Diagnostic]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(format, forKey: .format)
            try container.encode(generator, forKey: .generator)
            try container.encode(siteFacts, forKey: .siteFacts)
            try container.encode(sitemap, forKey: .sitemap)
            try container.encode(SortedEntries(units), forKey: .units)
            try container.encode(townships, forKey: .townships)
            try container.encode(inputs, forKey: .inputs)
            try container.encode(outputs, forKey: .outputs)
            try container.encode(manifest, forKey: .manifest)
            try container.encode(warnings, forKey: .warnings)
        }
    }

    /// `.gongkai-cache/<township>.json`.
    struct Shard: Codable, Equatable, Sendable {
        var units: [String: Unit] = [:]
        var villages: [String: CachedVillage] = [:]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(SortedEntries(units), forKey: .units)
            try container.encode(SortedEntries(villages), forKey: .villages)
        }

        /// A shard to be written to `path`.
        struct Pending: Sendable {
            var path: String
            var shard: Shard

            func file() -> OutputFile { BuildCache.encode(shard, path: path) }
        }
    }

    static func shardPath(_ township: String) -> String { "\(folder)\(township).json" }

    /// The cache split by township: each village with its unit goes to its township's shard;
    /// the other units stay in the index. The shards of the townships in `skipping` are not
    /// made (the index still lists them).
    func split(skipping: Set<String> = []) -> (index: Index, shards: [String: Shard]) {
        var shards: [String: Shard] = [:]
        var townships: Set<String> = []
        var townshipOfVillage: [String: String] = [:]
        for (path, village) in villages {
            let township = Self.township(ofVillageFolder: path)
            townships.insert(township)
            townshipOfVillage[village.summary.id] = township
            if !skipping.contains(township) { shards[township, default: Shard()].villages[path] = village }
        }
        var indexUnits: [String: Unit] = [:]
        for (key, unit) in units {
            if key.hasPrefix("village/"), let township = townshipOfVillage[String(key.dropFirst("village/".count))] {
                if !skipping.contains(township) { shards[township, default: Shard()].units[key] = unit }
            } else {
                indexUnits[key] = unit
            }
        }
        let index = Index(
            format: format, generator: generator, siteFacts: siteFacts, sitemap: sitemap, units: indexUnits,
            townships: townships.union(shards.keys).sorted(), inputs: inputs, outputs: "", manifest: manifest, warnings: warnings)
        return (index, shards)
    }

    /// `<t>` of a village folder `townships/<t>/villages/<v>`.
    static func township(ofVillageFolder path: String) -> String {
        String(path.split(separator: "/", maxSplits: 2)[1])
    }

    /// What to write: the index, and the shards that differ from `previous` (the cache the
    /// output holds) or are not among the output's files (`present`), each encoded only when
    /// it is written (`encode`), so that a province's cache is never all in memory as JSON;
    /// `kept` are the paths of the shards that need not be written again. The index records the
    /// digest of every file the output will hold: `otherFiles` (the digest of the output's
    /// other files) and the cache's own; that digest is returned too (`outputs`), for
    /// `OutputFolders` to record with the folders' stamp.
    ///
    /// `unchanged` are townships whose shard is known to be the previous one (none of its
    /// villages was read again, added or removed): they are neither made nor compared.
    func files(
        comparedWith previous: BuildCache?, present: OutputInventory, otherFiles: FileSetDigest, unchanged: Set<String> = []
    ) -> (index: OutputFile, write: [Shard.Pending], kept: [String], outputs: String) {
        let unchanged: Set<String> = previous == nil ? [] : unchanged.filter { present.holdsRecorded([Self.shardPath($0)]) }
        var (index, shards) = split(skipping: unchanged)
        index.outputs = (otherFiles + FileSetDigest([Self.fileName] + index.townships.map(Self.shardPath))).text
        let old = previous?.split(skipping: unchanged).shards ?? [:]
        var write: [Shard.Pending] = []
        var kept: [String] = []
        for township in index.townships {
            if unchanged.contains(township) {
                kept.append(Self.shardPath(township))
                continue
            }
            let shard = shards[township]!
            if old[township] == shard, present.holdsRecorded([Self.shardPath(township)]) {
                kept.append(Self.shardPath(township))
            } else {
                write.append(Shard.Pending(path: Self.shardPath(township), shard: shard))
            }
        }
        return (Self.encode(index, path: Self.fileName), write, kept, index.outputs)
    }

    /// Every file the build that wrote this cache left in the output.
    var recordedFiles: [String] {
        let townships = Set(villages.keys.map(Self.township(ofVillageFolder:)))
        return units.values.flatMap(\.files) + [Self.fileName, OutputWriter.markerName, OutputFolders.path] + townships.map(Self.shardPath)
    }

    /// A cache file: its JSON on one line, then the texts it holds (`CacheText`).
    static func encode(_ value: some Encodable, path: String) -> OutputFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let texts = CacheText.Collected()
        encoder.userInfo[CacheText.bytesKey] = texts
        var contents = (try? encoder.encode(value)) ?? Data()
        contents.append(UInt8(ascii: "\n"))
        contents.append(contentsOf: texts.bytes)
        return OutputFile(path: path, contents: contents)
    }

    /// Reads a file written by `encode`.
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        // memchr: `Data.firstIndex(of:)` goes through the JSON byte by byte, a shard's 700 KB.
        let lineEnd = data.withUnsafeBytes { bytes -> Int in
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(UInt8(ascii: "\n")), bytes.count) else { return bytes.count }
            return base.distance(to: UnsafeRawPointer(found))
        } + data.startIndex
        let decoder = JSONDecoder()
        decoder.userInfo[CacheText.bytesKey] = CacheText.Stored(bytes: data[(lineEnd == data.endIndex ? lineEnd : lineEnd + 1)...])
        return try decoder.decode(type, from: data[..<lineEnd])
    }

    /// The index of the output folder's cache, when it is one this version can use.
    static func readIndex(from output: URL) -> Index? {
        guard let data = FileManager.default.contents(atPath: output.appending(path: fileName, directoryHint: .inferFromPath).path),
              let index = try? decode(Index.self, from: data),
              index.format == format, index.generator == generatorVersion
        else { return nil }
        return index
    }

    /// The whole cache of the output folder, with the index already read, when every part of
    /// it can be read.
    static func read(from output: URL, index: Index, workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> BuildCache? {
        @Sendable func data(_ path: String) -> Data? {
            FileManager.default.contents(atPath: output.appending(path: path, directoryHint: .inferFromPath).path)
        }
        let shards = ParallelMap.map(index.townships, workers: workers) { township in
            data(shardPath(township)).flatMap { try? decode(Shard.self, from: $0) }
        }
        var cache = BuildCache(
            units: index.units, siteFacts: index.siteFacts, sitemap: index.sitemap, inputs: index.inputs, manifest: index.manifest,
            warnings: index.warnings)
        for shard in shards {
            guard let shard else { return nil }
            cache.units.merge(shard.units) { first, _ in first }
            cache.villages.merge(shard.villages) { first, _ in first }
        }
        return cache
    }
}
