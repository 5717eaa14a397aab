import Mustache

/// Prepares a page's context for Mustache. swift-mustache finds a field by building a Mirror
/// of the value for every `{{name}}` and for every level of the context stack it climbs; on a
/// large site that reflection was most of the render time. Here each view value is reflected
/// once, into a dictionary Mustache reads through `MustacheParent`, with the same answers:
/// a nil optional is "not there" (as swift-mustache's own Mirror lookup treats it), arrays
/// stay arrays, strings, numbers and booleans stay themselves.
enum TemplateValue {
    static func wrap(_ value: Any) -> Any {
        switch value {
        case is String, is Int, is Bool, is Double, is Substring:
            return value
        case let array as [Any]:
            return array.map(wrap)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .struct?, .class?:
                return ReflectedValue(mirror)
            case .optional?:
                return mirror.children.first.map { wrap($0.value) } as Any
            default:
                return value
            }
        }
    }
}

/// A view value's fields, read once.
final class ReflectedValue: MustacheParent, @unchecked Sendable {
    private let fields: [String: Any]

    init(_ mirror: Mirror) {
        var fields: [String: Any] = [:]
        for child in mirror.children {
            guard let label = child.label else { continue }
            let field = Mirror(reflecting: child.value)
            if field.displayStyle == .optional {
                guard let wrapped = field.children.first else { continue }
                fields[label] = TemplateValue.wrap(wrapped.value)
            } else {
                fields[label] = TemplateValue.wrap(child.value)
            }
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? {
        fields[name]
    }
}
