/// A page's context as templates see it: text, yes/no, lists and objects with named fields.
/// Built once per page from the page's view value (see `TemplateValue`), then read by
/// `MustacheRenderer` without any runtime reflection or dynamic casts.
enum TemplateData: Sendable {
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
/// shared, not copied, while a page's context is built.
///
/// A list, not a dictionary: a view struct has a few to a few dozen fields, and their names
/// are short ASCII, which Swift keeps inside the string value, so comparing a name is comparing
/// two words. Looking a field up by hashing its name (SipHash, on every lookup up the context
/// stack) and building a hash table for every object cost more than scanning.
final class TemplateObject: Sendable {
    let fields: [(name: String, value: TemplateData)]

    init(_ fields: [(name: String, value: TemplateData)]) {
        self.fields = fields
    }

    /// The last field written with that name (a later write replaces an earlier one).
    func field(named name: String) -> TemplateData? {
        // Most names compared are not the one looked for; their lengths, kept in the string
        // value itself, tell most of them apart without a call into the comparison.
        let length = name.utf8.count
        var index = fields.count
        while index > 0 {
            index -= 1
            if fields[index].name.utf8.count == length, fields[index].name == name { return fields[index].value }
        }
        return nil
    }
}
