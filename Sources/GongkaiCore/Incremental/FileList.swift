/// A unit's file names. Read from the build cache they stay one text, a NUL between two names
/// (no path can hold a NUL), split only when the names are needed: a rebuild reads every unit
/// of the cache but needs the names of only the units it renders again or of an output that
/// changed, and kept one string a name, the 330,000 names of 10,000 villages were as many
/// allocations to read the cache. Names a build has just made stay the array they are (packing
/// them would keep a second copy of every name for the length of a cold build); they are joined
/// only as they are written into the cache.
struct FileList: Sendable, Equatable {
    private enum Storage: Sendable {
        case names([String])
        case packed(String, count: Int)
    }

    private var storage: Storage

    init(_ names: [String]) {
        storage = .names(names)
    }

    private init(packed: String, count: Int) {
        storage = .packed(packed, count: count)
    }

    var count: Int {
        switch storage {
        case let .names(names): names.count
        case let .packed(_, count): count
        }
    }

    /// The names, in order.
    var names: [String] {
        switch storage {
        case let .names(names):
            return names
        case let .packed(packed, count):
            guard count > 0 else { return [] }
            // Split on bytes: splitting a String on a Character walks grapheme clusters.
            return packed.utf8.split(separator: 0, omittingEmptySubsequences: false).map { String(Substring($0)) }
        }
    }

    static func == (a: FileList, b: FileList) -> Bool {
        if case let .packed(first, firstCount) = a.storage, case let .packed(second, secondCount) = b.storage {
            return firstCount == secondCount && first == second
        }
        return a.count == b.count && a.names == b.names
    }
}

/// In the build cache: the count, then the names joined by NUL as one text; a count that does
/// not match the names is an error.
extension FileList: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let count = try reader.read(Int.self)
        let packed = try reader.read(String.self)
        var text = packed
        let separators = text.withUTF8 { bytes in bytes.reduce(0) { $1 == 0 ? $0 + 1 : $0 } }
        guard count == 0 ? packed.isEmpty : separators == count - 1 else {
            throw CacheReader.Malformed(description: "\(count) file names in a list of \(separators + 1)")
        }
        self.init(packed: packed, count: count)
    }

    func write(to writer: inout CacheWriter) {
        writer.write(count)
        switch storage {
        case let .packed(packed, _):
            writer.write(packed)
        case let .names(names):
            // The text's length, then each name, NUL between: joined in the file, not in memory.
            writer.writeVarint(UInt64(names.reduce(max(names.count - 1, 0)) { $0 + $1.utf8.count }))
            for (index, name) in names.enumerated() {
                if index > 0 { writer.writeByte(0) }
                writer.writeUnprefixed(name)
            }
        }
    }
}
