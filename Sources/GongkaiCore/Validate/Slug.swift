/// Ids and slugs become folder names in the output, so they are kept to a safe alphabet:
/// lowercase ASCII letters, digits and inner hyphens, 1 to 64 characters.
enum Slug {
    static func isValid(_ text: String) -> Bool {
        guard (1...64).contains(text.count), !text.hasPrefix("-"), !text.hasSuffix("-") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Reads an optional slug field, reporting a `GK110` when it is not valid.
    static func read(_ key: String, from reader: MappingReader, label: String) -> String? {
        guard let text = reader.string(key, required: false, label: label) else { return nil }
        guard isValid(text) else {
            reader.diagnostics.error(.invalidSlug, at: reader.node(key)!.location, "\(label)“\(text)”只能由小写英文字母、数字和连字符组成")
            return nil
        }
        return text
    }
}
