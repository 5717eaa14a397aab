/// A unit's file names as one text, a NUL between two names (no path can hold a NUL), split only
/// when the names are needed. A rebuild reads every unit of the build cache but needs the names
/// of only the units it renders again or of an output that changed: kept one string a name, the
/// 330,000 names of 10,000 villages were as many allocations to read the cache, and at 50,000
/// villages a fifth of a rebuild's memory.
struct FileList: Sendable, Equatable {
    /// The names joined by NUL.
    private(set) var packed: String
    let count: Int

    init(_ names: [String]) {
        packed = names.joined(separator: "\0")
        count = names.count
    }

    private init(packed: String, count: Int) {
        self.packed = packed
        self.count = count
    }

    /// The names, in order.
    var names: [String] {
        guard count > 0 else { return [] }
        // Split on bytes: splitting a String on a Character walks grapheme clusters.
        return packed.utf8.split(separator: 0, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}

/// In the build cache: the count, then the packed names; a count that does not match the
/// names is an error.
extension FileList: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let count = try reader.read(Int.self)
        let packed = try reader.read(String.self)
        let separators = packed.utf8.reduce(0) { $1 == 0 ? $0 + 1 : $0 }
        guard count == 0 ? packed.isEmpty : separators == count - 1 else {
            throw CacheReader.Malformed(description: "\(count) file names in a list of \(separators + 1)")
        }
        self.init(packed: packed, count: count)
    }

    func write(to writer: inout CacheWriter) {
        writer.write(count)
        writer.write(packed)
    }
}
