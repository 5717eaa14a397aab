/// Helpers for the types the build cache keeps once per village (`CachedVillage`,
/// `VillageSummary`, `VillageFigures`), which are written as JSON arrays, their fields in a
/// fixed order, instead of objects: the decoder makes a dictionary of the keys of every object
/// it reads, and a province's cache holds 50,000 villages of several objects each. The order is
/// the format: `BuildCache.format` changes with it.
extension UnkeyedEncodingContainer {
    mutating func encodeOptional<Value: Encodable>(_ value: Value?) throws {
        if let value { try encode(value) } else { try encodeNil() }
    }
}
