import Foundation

/// The texts a webmaster passes on the command line, checked and written safely into YAML
/// and CSV.
enum ScaffoldText {
    /// A one-line text such as a name or a title: trimmed, not empty, no line breaks and no
    /// personal data (the build would refuse to publish it).
    static func line(_ text: String, label: String) throws(ScaffoldError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ScaffoldError("\(label)不能是空的。") }
        guard !trimmed.contains(where: \.isNewline) else { throw ScaffoldError("\(label)“\(trimmed)”只能写一行，不能换行。") }
        if let match = PersonalDataScanner.scan(trimmed).first {
            throw ScaffoldError("\(label)里有疑似\(match.kind.label)（\(match.masked)），不能公开发布。")
        }
        return trimmed
    }

    /// One of a fixed set of words, such as 镇 or 财务.
    static func choice<T>(_ text: String, label: String, options: [(String, T)]) throws(ScaffoldError) -> T {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = options.first(where: { $0.0 == trimmed }) else {
            throw ScaffoldError("\(label)只能是 \(options.map(\.0).joined(separator: "、")) 之一，实际是“\(trimmed)”。")
        }
        return match.1
    }

    /// The comment on every `summary:` field left empty for Markdown text.
    static let summaryComment = "选填，简介（Markdown）：写成 “summary: |”，正文从下一行起，比 summary 多缩进两个空格"

    /// Characters that give a plain YAML scalar another meaning when it starts with them.
    private static let specialFirst: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
    /// Words YAML reads as null or as a boolean.
    private static let reservedWords: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off"]

    /// `text` as a YAML scalar: plain when that reads back as the same text, otherwise in
    /// double quotes. `flow` is for items inside `[ … ]`, where commas and brackets matter too.
    static func yaml(_ text: String, flow: Bool = false) -> String {
        let plain = !text.isEmpty
            && text.first.map { !specialFirst.contains($0) && !$0.isWhitespace } == true
            && text.last.map { !$0.isWhitespace && $0 != ":" } == true
            && !text.contains(": ") && !text.contains(" #") && !text.contains("\t")
            && !reservedWords.contains(text.lowercased())
            && !(flow && text.contains(where: { ",[]{}\"".contains($0) }))
        if plain { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    /// A CSV cell, in double quotes when it holds a comma, a quote or a line break.
    static func csvCell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
