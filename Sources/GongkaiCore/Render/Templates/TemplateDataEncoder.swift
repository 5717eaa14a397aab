/// Turns a page's view value into `TemplateData` through its `Encodable` conformance, which the
/// compiler writes for every view struct: no runtime reflection. The answers are the ones
/// templates have always had: a nil optional field is not there (so `{{name}}` looks further up
/// the context stack), arrays are lists, numbers print as Swift prints them, booleans are
/// booleans.
enum TemplateDataEncoder {
    static func encode(_ value: some Encodable) -> TemplateData {
        let encoder = ValueEncoder()
        do {
            try value.encode(to: encoder)
        } catch {
            // Nothing here throws; a custom `encode(to:)` that does leaves what it wrote.
        }
        return encoder.result
    }
}

/// Collects one value: a single value, an object's fields or a list's items.
private final class ValueEncoder: Encoder {
    enum Storage {
        case empty
        case single(TemplateData)
        case object(FieldsBuilder)
        case list(ListBuilder)
    }

    var storage = Storage.empty
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var result: TemplateData {
        switch storage {
        case .empty: .null
        case let .single(value): value
        case let .object(builder): builder.result
        case let .list(builder): builder.result
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case let .object(builder) = storage { return KeyedEncodingContainer(FieldsContainer(builder: builder)) }
        let builder = FieldsBuilder()
        storage = .object(builder)
        return KeyedEncodingContainer(FieldsContainer(builder: builder))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case let .list(builder) = storage { return ItemsContainer(builder: builder) }
        let builder = ListBuilder()
        storage = .list(builder)
        return ItemsContainer(builder: builder)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }
}

/// An object's fields as they are written; nested encoders are read when the object is done.
private final class FieldsBuilder {
    var fields: [(name: String, value: TemplateData)] = []
    var nested: [(String, ValueEncoder)] = []

    init() {
        // Room for most view structs' fields from the start, instead of growing four times.
        fields.reserveCapacity(8)
    }

    var result: TemplateData {
        var all = fields
        for (key, encoder) in nested { all.append((key, encoder.result)) }
        return .object(TemplateObject(all))
    }

    func nestedEncoder(for key: String) -> ValueEncoder {
        let encoder = ValueEncoder()
        nested.append((key, encoder))
        return encoder
    }
}

/// A list's items as they are written.
private final class ListBuilder {
    var items: [TemplateData] = []
    var nested: [(Int, ValueEncoder)] = []

    var result: TemplateData {
        var all = items
        for (index, encoder) in nested { all[index] = encoder.result }
        return .list(all)
    }

    func nestedEncoder() -> ValueEncoder {
        let encoder = ValueEncoder()
        nested.append((items.count, encoder))
        items.append(.null)
        return encoder
    }
}

private struct FieldsContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let builder: FieldsBuilder
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: TemplateData, _ key: Key) { builder.fields.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.text(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) { set(.text("\(value)"), key) }
    mutating func encode(_ value: Float, forKey key: Key) { set(.text("\(value)"), key) }
    mutating func encode(_ value: Int, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: some Encodable, forKey key: Key) { set(TemplateDataEncoder.encode(value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        builder.nestedEncoder(for: key.stringValue).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        builder.nestedEncoder(for: key.stringValue).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { builder.nestedEncoder(for: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { builder.nestedEncoder(for: key.stringValue) }
}

private struct ItemsContainer: UnkeyedEncodingContainer {
    let builder: ListBuilder
    var codingPath: [any CodingKey] { [] }
    var count: Int { builder.items.count }

    private func append(_ value: TemplateData) { builder.items.append(value) }

    mutating func encodeNil() { append(.null) }
    mutating func encode(_ value: Bool) { append(.bool(value)) }
    mutating func encode(_ value: String) { append(.text(value)) }
    mutating func encode(_ value: Double) { append(.text("\(value)")) }
    mutating func encode(_ value: Float) { append(.text("\(value)")) }
    mutating func encode(_ value: Int) { append(.text(String(value))) }
    mutating func encode(_ value: Int8) { append(.text(String(value))) }
    mutating func encode(_ value: Int16) { append(.text(String(value))) }
    mutating func encode(_ value: Int32) { append(.text(String(value))) }
    mutating func encode(_ value: Int64) { append(.text(String(value))) }
    mutating func encode(_ value: UInt) { append(.text(String(value))) }
    mutating func encode(_ value: UInt8) { append(.text(String(value))) }
    mutating func encode(_ value: UInt16) { append(.text(String(value))) }
    mutating func encode(_ value: UInt32) { append(.text(String(value))) }
    mutating func encode(_ value: UInt64) { append(.text(String(value))) }
    mutating func encode(_ value: some Encodable) { append(TemplateDataEncoder.encode(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        builder.nestedEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { builder.nestedEncoder().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { builder.nestedEncoder() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: TemplateData) { encoder.storage = .single(value) }

    mutating func encodeNil() { set(.null) }
    mutating func encode(_ value: Bool) { set(.bool(value)) }
    mutating func encode(_ value: String) { set(.text(value)) }
    mutating func encode(_ value: Double) { set(.text("\(value)")) }
    mutating func encode(_ value: Float) { set(.text("\(value)")) }
    mutating func encode(_ value: Int) { set(.text(String(value))) }
    mutating func encode(_ value: Int8) { set(.text(String(value))) }
    mutating func encode(_ value: Int16) { set(.text(String(value))) }
    mutating func encode(_ value: Int32) { set(.text(String(value))) }
    mutating func encode(_ value: Int64) { set(.text(String(value))) }
    mutating func encode(_ value: UInt) { set(.text(String(value))) }
    mutating func encode(_ value: UInt8) { set(.text(String(value))) }
    mutating func encode(_ value: UInt16) { set(.text(String(value))) }
    mutating func encode(_ value: UInt32) { set(.text(String(value))) }
    mutating func encode(_ value: UInt64) { set(.text(String(value))) }
    mutating func encode(_ value: some Encodable) { set(TemplateDataEncoder.encode(value)) }
}
