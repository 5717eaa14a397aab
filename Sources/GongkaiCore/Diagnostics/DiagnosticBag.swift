/// Collects the problems found by one stage of the build, so that a run reports all of them
/// rather than stopping at the first. Each stage (or each file, when work runs in parallel)
/// owns its own bag; bags are merged afterwards.
public final class DiagnosticBag {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public func add(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public func add(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    public func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, hint: String? = nil) {
        add(Diagnostic(code, .error, at: location, message: message, hint: hint))
    }

    public func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, hint: String? = nil) {
        add(Diagnostic(code, .warning, at: location, message: message, hint: hint))
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}
