/// Whether a view's `TemplateData` holds every stored property of the view, under its name, as
/// the views' hand-written `templateData` promise: a property added to a view but not written
/// for the templates would otherwise be silently missing from every page.
///
/// Checked by reflection, so only in debug builds (`TemplateLibrary.page` asserts it for every
/// page the tests render); release builds never call it.
enum TemplateCoverage {
    /// The paths of stored properties with a value that the data lacks, e.g. `frame.footer.icp`.
    /// A nil optional is rightly absent.
    static func missingFields(of value: Any, in data: TemplateData, path: String = "") -> [String] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?:
            guard case let .object(object) = data else { return [path] }
            var missing: [String] = []
            for child in mirror.children {
                guard let label = child.label, let present = unwrapped(child.value) else { continue }
                let childPath = path.isEmpty ? label : "\(path).\(label)"
                guard let field = object.field(named: label) else {
                    missing.append(childPath)
                    continue
                }
                missing += missingFields(of: present, in: field, path: childPath)
            }
            return missing
        case .collection?:
            guard case let .list(items) = data, items.count == mirror.children.count else { return [path] }
            return zip(mirror.children, items).enumerated().flatMap { index, pair in
                unwrapped(pair.0.value).map { missingFields(of: $0, in: pair.1, path: "\(path)[\(index)]") } ?? []
            }
        default:
            // Text, numbers, yes/no and data already built are written as they are.
            return []
        }
    }

    /// The value inside an optional, nil for an empty one; other values as they are.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }
}
