/// The 文件 cell of `decisions.csv`: a notice of the same village (`disclosures/<notice>.md`,
/// or just `<notice>.md`), one of its attachments (`disclosures/<notice>/<file>`), or the
/// name of a paper document the village keeps (anything else, shown as written).
enum DecisionDocumentReader {
    /// The village's notices: every file name (without `.md`) and those that decoded.
    struct Notices {
        var names: Set<String>
        var decoded: [String: Disclosure]

        init(_ raw: RawVillage, disclosures: [Disclosure]) {
            names = Set(raw.disclosures.map { String($0.file.split(separator: "/").last!.dropLast(3)) })
            decoded = Dictionary(disclosures.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    static let prefix = "disclosures/"

    /// The document, or nil when the cell is empty or names a notice or attachment that does
    /// not exist (reported as `GK526`).
    static func read(_ row: TableRow, key: String, notices: Notices) -> DecisionDocument? {
        let text = row.text(key)
        guard !text.isEmpty else { return nil }
        guard text.hasPrefix(prefix) || text.hasSuffix(".md") else { return .paper(text) }
        let path = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
        let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
        func missing(_ message: String, among candidates: [String]) -> DecisionDocument? {
            var message = "第 \(row.line) 行的文件“\(text)”\(message)"
            if let suggestion = Suggestion.closest(to: parts[0], among: candidates) {
                message += "，你是不是想写“\(suggestion)”？"
            }
            row.diagnostics.error(.decisionDocumentMissing, at: row.location(key), message)
            return nil
        }
        guard let first = parts.first, !first.isEmpty else { return missing("不是本村（社区）的公开内容", among: []) }
        if parts.count == 1 {
            let name = first.hasSuffix(".md") ? String(first.dropLast(3)) : first
            guard notices.names.contains(name) else {
                return missing("在本村（社区）的 disclosures 文件夹中不存在", among: notices.names.sorted().map { $0 + ".md" })
            }
            return .disclosure(slug: name)
        }
        let (name, file) = (first, parts[1])
        guard notices.names.contains(name) else {
            return missing("所属的公开内容 \(name).md 在本村（社区）的 disclosures 文件夹中不存在", among: notices.names.sorted())
        }
        if let notice = notices.decoded[name], notice.retraction == nil, !notice.attachments.contains(where: { $0.name == file }) {
            var message = "第 \(row.line) 行的文件“\(text)”不是公开内容 \(name).md 的附件"
            if let suggestion = Suggestion.closest(to: file, among: notice.attachments.map(\.name)) {
                message += "，你是不是想写“\(suggestion)”？"
            }
            row.diagnostics.error(.decisionDocumentMissing, at: row.location(key), message)
            return nil
        }
        return .attachment(disclosure: name, file: file)
    }
}
