/// A dictionary encoded with its keys in sorted order, as a JSON object. The texts of a cache
/// file (`CacheText`) follow its JSON in the order they are encoded, and a `Dictionary` is
/// encoded in its iteration order, which changes from process to process (`Hasher` is seeded
/// per process): encoded this way, the same cache gives the same bytes. It decodes as the
/// dictionary itself.
struct SortedEntries<Value: Encodable>: Encodable {
    let dictionary: [String: Value]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for key in dictionary.keys.sorted() {
            try container.encode(dictionary[key]!, forKey: Key(stringValue: key))
        }
    }
}
