/// A page's context as templates see it: text, yes/no, lists and objects with named fields.
/// Built once per page from the page's view value (see `TemplateValue`), then read by
/// `MustacheRenderer` without any runtime reflection or dynamic casts.
enum TemplateData {
    /// A string or a number, printed as written.
    case text(String)
    case bool(Bool)
    case list([TemplateData])
    case object(TemplateObject)
    /// An explicit nil inside a list; an absent optional field is simply not in its object.
    case null

    /// The named field, if this is an object that has it.
    @inline(__always)
    func child(named name: String) -> TemplateData? {
        if case let .object(object) = self { return object.field(named: name) }
        return nil
    }
}

/// An object's fields, in the order they were written. A class so that nested values are
/// shared, not copied, while a page's context is built; its fields are stored in the object
/// itself (one allocation per object, not two: a page has hundreds of objects, a table one for
/// every cell).
///
/// A list, not a dictionary: a view struct has a few to a few dozen fields, and their names
/// are short ASCII, which Swift keeps inside the string value, so comparing a name is comparing
/// two words. Looking a field up by hashing its name (SipHash, on every lookup up the context
/// stack) and building a hash table for every object cost more than scanning.
///
/// Made and filled only by `TemplateFields`, and never changed after. Not `Sendable`: a page's
/// data is built and rendered on one thread.
final class TemplateObject: ManagedBuffer<TemplateObject.Header, TemplateObject.Field> {
    typealias Field = (name: String, value: TemplateData)

    struct Header {
        var count: Int
        var capacity: Int
    }

    /// An empty object with room for `capacity` fields.
    static func make(capacity: Int) -> TemplateObject {
        let capacity = max(capacity, 1)
        let buffer = create(minimumCapacity: capacity) { _ in Header(count: 0, capacity: capacity) }
        return unsafeDowncast(buffer, to: TemplateObject.self)
    }

    /// Adds a field while the object is made; false when it is full.
    func append(_ field: Field) -> Bool {
        withUnsafeMutablePointers { header, fields in
            guard header.pointee.count < header.pointee.capacity else { return false }
            (fields + header.pointee.count).initialize(to: field)
            header.pointee.count += 1
            return true
        }
    }

    /// A copy with room for `capacity` fields.
    func copy(capacity: Int) -> TemplateObject {
        let copy = Self.make(capacity: capacity)
        withUnsafeMutablePointers { header, fields in
            for index in 0..<header.pointee.count { _ = copy.append(fields[index]) }
        }
        return copy
    }

    var count: Int { header.count }

    /// The last field written with that name (a later write replaces an earlier one).
    func field(named name: String) -> TemplateData? {
        // Most names compared are not the one looked for; their lengths, kept in the string
        // value itself, tell most of them apart without a call into the comparison.
        let length = name.utf8.count
        return withUnsafeMutablePointers { header, fields in
            var index = header.pointee.count
            while index > 0 {
                index -= 1
                if fields[index].name.utf8.count == length, fields[index].name == name { return fields[index].value }
            }
            return nil
        }
    }

    deinit {
        _ = withUnsafeMutablePointers { header, fields in fields.deinitialize(count: header.pointee.count) }
    }
}
