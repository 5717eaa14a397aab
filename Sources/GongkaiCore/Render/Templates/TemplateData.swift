/// A page's context as templates see it: text, yes/no, lists and objects with named fields.
/// Built once per page from the page's view value (see `TemplateDataEncoder`), then read by
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
        if case let .object(object) = self { return object.fields[name] }
        return nil
    }
}

/// An object's fields. A class so that nested values are shared, not copied, while a page's
/// context is built.
final class TemplateObject: Sendable {
    let fields: [String: TemplateData]

    init(_ fields: [String: TemplateData]) {
        self.fields = fields
    }
}
