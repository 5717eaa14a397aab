/// A parsed Mustache template: text and tags, with sections holding their own nodes.
enum MustacheNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as is).
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(MustacheName, inverted: Bool, body: [MustacheNode])
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it fills in. `indentation` is the
    /// whitespace before a partial standing alone on its line (added to each line it renders).
    case partial(String, indentation: String?, blocks: [String: [MustacheNode]]?)
    /// `{{$name}}default{{/name}}`: a block an inheriting template may fill in.
    case block(String, defaultBody: [MustacheNode], indentation: String?)
}

/// A tag's name: `.` for the current value, `a.b.c` for a path looked up the context stack, or
/// `.a.b` for a path read from the current value only.
struct MustacheName: Sendable {
    let path: [String]
    let anchored: Bool

    init(_ text: String) {
        path = text.split(separator: ".").map(String.init)
        anchored = text.first == "."
    }

    var isCurrentValue: Bool { path.isEmpty }
}

/// A template that cannot be parsed: what is wrong and where.
struct MustacheSyntaxError: Error, Sendable {
    let message: String
    let line: Int
    let column: Int
}
