import Foundation

/// The build cache on disk: `.gongkai-cache.bin`, with the units of the site and the
/// townships, and `.gongkai-cache/<township>.bin` per township, with its villages and their
/// units. A change in one village rewrites one township's file instead of the whole cache
/// (55 MB at 10,000 villages), and the files are read on all cores. Each file is a header
/// line naming the format and the version of gongkai that wrote it, then one value in the
/// layout of `CacheReader`.
extension BuildCache {
    static let fileName = ".gongkai-cache.bin"
    static let folder = ".gongkai-cache/"

    /// `.gongkai-cache.bin`.
    struct Index {
        var siteFacts: String
        var sitemap: Sitemap.Record
        var units: [String: Unit]
        /// The townships that have a file in `.gongkai-cache/`, sorted.
        var townships: [String]
        var inputs: String
        var outputs: String
        var manifest: String
        var warnings: [Diagnostic]
    }

    /// `.gongkai-cache/<township>.bin`.
    struct Shard: Equatable, Sendable {
        var units: [String: Unit] = [:]
        var villages: [String: CachedVillage] = [:]

        /// A shard to be written to `path`.
        struct Pending: Sendable {
            var path: String
            var shard: Shard

            func file() -> OutputFile { BuildCache.encode(shard, path: path) }
        }
    }

    static func shardPath(_ township: String) -> String { "\(folder)\(township).bin" }

    /// The cache split by township: each village with its unit goes to its township's shard;
    /// the other units stay in the index. The shards of the townships in `skipping` are not
    /// made (the index still lists them), and their villages are not copied.
    func split(skipping: Set<String> = []) -> (index: Index, shards: [String: Shard]) {
        var shards: [String: Shard] = [:]
        var townships: Set<String> = []
        var townshipOfVillage: [String: String] = [:]
        townshipOfVillage.reserveCapacity(villages.count)
        for (path, village) in villages {
            let (township, id) = Self.parts(ofVillageFolder: path)
            townships.insert(township)
            townshipOfVillage[id] = township
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
            siteFacts: siteFacts, sitemap: sitemap, units: indexUnits,
            townships: townships.union(shards.keys).sorted(), inputs: inputs, outputs: "", manifest: manifest, warnings: warnings)
        return (index, shards)
    }

    /// `<t>` of a village folder `townships/<t>/villages/<v>`.
    static func township(ofVillageFolder path: String) -> String {
        parts(ofVillageFolder: path).township
    }

    /// `<t>` and `<v>` of a village folder `townships/<t>/villages/<v>`, found without
    /// splitting the path into an array (this runs for every village of the cache).
    private static func parts(ofVillageFolder path: String) -> (township: String, id: String) {
        let utf8 = path.utf8
        let slash = UInt8(ascii: "/")
        guard let first = utf8.firstIndex(of: slash) else { return ("", path) }
        let start = utf8.index(after: first)
        let end = utf8[start...].firstIndex(of: slash) ?? utf8.endIndex
        let last = utf8.lastIndex(of: slash).map(utf8.index(after:)) ?? utf8.startIndex
        return (String(path[start..<end]), String(path[last...]))
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
        return units.values.flatMap(\.files.names) + [Self.fileName, OutputWriter.markerName, OutputFolders.path] + townships.map(Self.shardPath)
    }

    /// The first line of every cache file: a file of another format or written by another
    /// version of gongkai is not used.
    static var header: String { "gongkai-cache \(format) \(generatorVersion)\n" }

    /// A cache file: `header`, then `value`.
    static func encode(_ value: some CacheCodable, path: String) -> OutputFile {
        var writer = CacheWriter(reservingCapacity: 64 * 1024)
        writer.writeUnprefixed(header)
        writer.write(value)
        return OutputFile(path: path, contents: Data(writer.bytes))
    }

    /// Reads a file written by `encode`.
    static func decode<Value: CacheCodable>(_ type: Value.Type, from data: Data) throws(CacheReader.Malformed) -> Value {
        let header = Data(header.utf8)
        guard data.starts(with: header) else { throw CacheReader.Malformed(description: "not a cache file of this version") }
        return try CacheReader.read(Value.self, from: data[(data.startIndex + header.count)...])
    }

    /// The index of the output folder's cache, when it is one this version can use.
    static func readIndex(from output: URL) -> Index? {
        guard let data = FileManager.default.contents(atPath: output.appending(path: fileName, directoryHint: .inferFromPath).path),
              let index = try? decode(Index.self, from: data)
        else { return nil }
        return index
    }

    /// The whole cache of the output folder, with the index already read, when every part of
    /// it can be read.
    static func read(from output: URL, index: Index, workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> BuildCache? {
        let folder = output.path.hasSuffix("/") ? output.path : output.path + "/"
        let shards = ParallelMap.map(index.townships, workers: workers) { township -> Shard? in
            guard case let .contents(data) = ContentFileReader.read(folder + shardPath(township), limit: .max) else { return nil }
            return try? decode(Shard.self, from: data)
        }
        var cache = BuildCache(
            units: index.units, siteFacts: index.siteFacts, sitemap: index.sitemap, inputs: index.inputs, manifest: index.manifest,
            warnings: index.warnings)
        let read = shards.compactMap { $0 }
        guard read.count == shards.count else { return nil }
        cache.villages.reserveCapacity(read.reduce(0) { $0 + $1.villages.count })
        cache.units.reserveCapacity(read.reduce(index.units.count) { $0 + $1.units.count })
        for shard in read {
            // A key in two files (which `split` never writes) keeps its first value.
            for (path, village) in shard.villages where cache.villages[path] == nil { cache.villages[path] = village }
            for (key, unit) in shard.units where cache.units[key] == nil { cache.units[key] = unit }
        }
        return cache
    }
}

/// In the build cache, its fields in this order (`CacheReader`).
extension BuildCache.Index: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        siteFacts = try reader.read()
        sitemap = try reader.read()
        units = try reader.read()
        townships = try reader.read()
        inputs = try reader.read()
        outputs = try reader.read()
        manifest = try reader.read()
        warnings = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(siteFacts)
        writer.write(sitemap)
        writer.write(units)
        writer.write(townships)
        writer.write(inputs)
        writer.write(outputs)
        writer.write(manifest)
        writer.write(warnings)
    }
}

extension BuildCache.Shard: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        units = try reader.read()
        villages = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(units)
        writer.write(villages)
    }
}
