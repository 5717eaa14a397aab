/// Where a problem was found: a file relative to the content folder, and, when known, the line
/// and column (both counted from 1; columns count Unicode scalars) and the field's path.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The field the problem concerns, as a path such as `indicators[3].target`.
    public var field: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    /// `plan/indicators.yaml:12:14`, or fewer parts when line or column are unknown.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0, lhs.field ?? "")
            < (rhs.file, rhs.line ?? 0, rhs.column ?? 0, rhs.field ?? "")
    }
}
