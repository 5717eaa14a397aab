/// A value templates can read: each view writes its own `TemplateData`, field by field, under
/// the names its templates use (the names of its stored properties, listed in
/// `docs/templates.md`).
///
/// Written by hand rather than through `Encodable`: an encoder allocates a container, a box and
/// a builder for every nested object and looks up generic metadata for each, which made
/// building the data cost about as much as rendering the template.
protocol TemplateValue {
    var templateData: TemplateData { get }
}

extension String: TemplateValue {
    var templateData: TemplateData { .text(self) }
}

extension Bool: TemplateValue {
    var templateData: TemplateData { .bool(self) }
}

extension Int: TemplateValue {
    var templateData: TemplateData { .text(String(self)) }
}

/// As Swift prints it: `12.5`, `3.0`.
extension Double: TemplateValue {
    var templateData: TemplateData { .text("\(self)") }
}

extension Array: TemplateValue where Element: TemplateValue {
    var templateData: TemplateData { .list(map(\.templateData)) }
}

/// An object's fields as a view writes them, in order (a later field of the same name wins),
/// straight into the object.
struct TemplateFields {
    private var object: TemplateObject

    /// `capacity`: how many fields the view writes at most.
    init(capacity: Int) {
        object = TemplateObject.make(capacity: capacity)
    }

    mutating func add(_ name: String, _ value: some TemplateValue) {
        let field = (name: name, value: value.templateData)
        if !object.append(field) {
            // More fields than the view said: room for twice as many.
            object = object.copy(capacity: object.count * 2)
            _ = object.append(field)
        }
    }

    /// A nil optional is not written: `{{name}}` then looks further up the context stack, and
    /// `{{#name}}` is false.
    mutating func add(_ name: String, _ value: (some TemplateValue)?) {
        if let value { add(name, value) }
    }

    var data: TemplateData { .object(object) }
}

/// Data already built, such as a part every page shares.
extension TemplateData: TemplateValue {
    var templateData: TemplateData { self }
}
