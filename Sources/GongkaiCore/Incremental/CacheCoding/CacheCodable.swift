/// A value the build cache keeps, in its binary layout (`CacheReader`): faster to read back
/// than JSON by a wide margin, which matters because a rebuild reads every township's file
/// (reading 10,000 villages' summaries through `JSONDecoder` was a quarter of a one-village
/// rebuild's time).
protocol CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed)
    func write(to writer: inout CacheWriter)
}

extension Int: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let zigzag = try reader.readVarint()
        self = Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    func write(to writer: inout CacheWriter) {
        let value = Int64(self)
        writer.writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }
}

extension Bool: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        switch try reader.readByte() {
        case 0: self = false
        case 1: self = true
        case let byte: throw CacheReader.Malformed(description: "\(byte) is not a Bool at \(reader.position - 1)")
        }
    }

    func write(to writer: inout CacheWriter) {
        writer.writeByte(self ? 1 : 0)
    }
}

extension Double: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        var bits: UInt64 = 0
        for (shift, byte) in try reader.readFixed(8).enumerated() { bits |= UInt64(byte) << (8 * UInt64(shift)) }
        self = Double(bitPattern: bits)
    }

    func write(to writer: inout CacheWriter) {
        let bits = bitPattern
        for shift in 0..<8 { writer.writeByte(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(shift)))) }
    }
}

extension String: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self = try reader.readText()
    }

    func write(to writer: inout CacheWriter) {
        writer.writeText(self)
    }
}

extension Optional: CacheCodable where Wrapped: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self = try Bool(from: &reader) ? try Wrapped(from: &reader) : nil
    }

    func write(to writer: inout CacheWriter) {
        writer.write(self != nil)
        if let self { writer.write(self) }
    }
}

extension Array: CacheCodable where Element: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self = try reader.readArray()
    }

    func write(to writer: inout CacheWriter) {
        writer.writeSequence(self)
    }
}

/// Keys in sorted order: a `Dictionary` iterates in an order that changes from process to
/// process (`Hasher` is seeded per process).
extension Dictionary: CacheCodable where Key == String, Value: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let count = try reader.readCount()
        self.init(minimumCapacity: count)
        for _ in 0..<count {
            let key = try reader.readText()
            guard updateValue(try Value(from: &reader), forKey: key) == nil else {
                throw CacheReader.Malformed(description: "the key \(key) twice")
            }
        }
    }

    func write(to writer: inout CacheWriter) {
        writer.writeVarint(UInt64(count))
        for key in keys.sorted() {
            writer.writeText(key)
            writer.write(self[key]!)
        }
    }
}

/// An enumeration kept as its raw text, so that adding a case does not renumber the others.
protocol CacheCodableByRawValue: CacheCodable, RawRepresentable where RawValue == String {}

extension CacheCodableByRawValue {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let text = try reader.readText()
        guard let value = Self(rawValue: text) else { throw CacheReader.Malformed(description: "\(text) is not a \(Self.self)") }
        self = value
    }

    func write(to writer: inout CacheWriter) {
        writer.writeText(rawValue)
    }
}
