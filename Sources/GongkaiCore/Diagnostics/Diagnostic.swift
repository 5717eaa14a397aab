/// One problem found while building: a stable code, how serious it is, where it is, what is
/// wrong (in Chinese) and how to fix it.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var hint: String

    public init(
        _ code: DiagnosticCode,
        _ severity: Severity? = nil,
        at location: SourceLocation,
        message: String,
        hint: String? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.message = message
        self.hint = hint ?? code.defaultHint
    }
}

extension Diagnostic: Comparable {
    /// Sorted by file, then position, then code, so reports read top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}
