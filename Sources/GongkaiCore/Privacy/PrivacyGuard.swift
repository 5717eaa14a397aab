import Foundation

/// Before anything is published, every content file that is published is scanned for
/// personal data. Under the default policy each find is an error (`GK601`) at its file, line
/// and column; phone numbers a village or township declares as its public contact are allowed.
/// With `privacy: mask` in `site.yaml`, the published copies are masked instead.
///
/// A build checks the villages township by township, before the whole site's declared numbers
/// are known: it scans each township's village folders with the numbers known so far
/// (`findings`) and drops, at the end, the mobile numbers declared anywhere (`PrivacyFinding`).
enum PrivacyGuard {
    static let extensions: Set<String> = ["yaml", "yml", "csv", "md"]
    static let hint: @Sendable (String) -> String = {
        "删除它，或只保留部分数字（如 \($0)）。确需公开的服务站电话，写在 village.yaml 的 station.phone 或 contacts 中；"
            + "若本站统一遮盖此类号码，在 site.yaml 中写 privacy: mask。"
    }

    /// What scanning the published files of one village folder (read once, `files`) finds, every
    /// number counted: the numbers declared public are allowed later, once they are known
    /// (`PrivacyFinding.allowing`). Text attachments (CSV, TXT) are published byte for byte and
    /// cannot be masked, so they are scanned under either policy; the rest only under
    /// `privacy: refuse`. Findings come in file order, the attachments' first.
    static func findings(
        inVillage files: FolderSnapshot, _ village: Village, policy: PrivacyPolicy
    ) -> (attachments: [PrivacyFinding], files: [PrivacyFinding]) {
        let attachments = AttachmentPrivacy.findings(village, files: files)
        guard policy == .refuse else { return (attachments.findings, []) }
        var found: [PrivacyFinding] = []
        for file in files.files where isPublished(file.path) {
            let path = files.folder + "/" + file.path
            guard !attachments.paths.contains(path), let data = files.contents(of: file) else { continue }
            found += findings(in: data, path: path, allowed: [], hint: hint)
        }
        return (attachments.findings, found)
    }

    /// Scans the published files outside the village folders (site.yaml, the plan, the
    /// townships' files, the pages), once every declared number is known.
    static func checkSiteFiles(
        contentFolder: URL, skipping villageFolders: Set<String>, policy: PrivacyPolicy, allowed: Set<String>, diagnostics: DiagnosticBag
    ) {
        guard policy == .refuse else { return }
        let paths = publishedFiles(in: contentFolder, skipping: villageFolders)
        for finding in scanFiles(paths, in: contentFolder, allowed: allowed) { diagnostics.add(finding.diagnostic) }
    }

    private static func scanFiles(_ paths: [String], in contentFolder: URL, allowed: Set<String>) -> [PrivacyFinding] {
        let root = contentFolder.path
        return ParallelMap.map(paths, workers: ProcessInfo.processInfo.activeProcessorCount) { path -> [PrivacyFinding] in
            guard case let .contents(data) = ContentFileReader.read(root + "/" + path, limit: .max) else { return [] }
            return findings(in: data, path: path, allowed: allowed, hint: hint)
        }.flatMap { $0 }
    }

    /// Every personal number in a text file (UTF-8 or GB18030) at its line and column, except
    /// the `allowed` mobile numbers.
    static func findings(in data: Data, path: String, allowed: Set<String>, hint: (String) -> String) -> [PrivacyFinding] {
        // Most files hold nothing `scan` would find, which their bytes tell: they are not
        // decoded or split at all.
        guard data.withUnsafeBytes({ PersonalDataScanner.mayFindMatch(bytes: $0) }),
              case let .success(decoded) = TextEncodingDetector.decode(data)
        else { return [] }
        var found: [PrivacyFinding] = []
        for (lineIndex, line) in TextLines.of(decoded.text).enumerated()
        where PersonalDataScanner.mayContainNumber(line) {
            for match in PersonalDataScanner.scan(String(line)) where !(match.kind == .mobile && allowed.contains(match.digits)) {
                let diagnostic = Diagnostic(
                    .personalData, .error, at: SourceLocation(file: path, line: lineIndex + 1, column: match.offset + 1),
                    message: "发现疑似\(match.kind.label)（\(match.masked)），不能公开发布", hint: hint(match.masked))
                found.append(PrivacyFinding(diagnostic: diagnostic, mobile: match.kind == .mobile ? match.digits : nil))
            }
        }
        return found
    }

    /// Mobile numbers a village declares as its public contacts (station phone, contacts).
    static func declaredPublicNumbers(of village: Village) -> [String] {
        ([village.station.phone] + village.station.contacts.map(\.phone)).compactMap { $0 }
            .flatMap { text in PersonalDataScanner.scan(text).map(\.digits) }
    }

    /// Content files that are published, relative to the content folder, sorted.
    static func publishedFiles(in folder: URL, skipping: Set<String> = []) -> [String] {
        DirectoryWalker.files(under: folder, includeHidden: false, skipping: skipping).filter(hasPublishedExtension)
    }

    /// Whether a file (by its relative path, hidden files and folders included) is published:
    /// visible, with one of the published extensions.
    static func isPublished(_ path: String) -> Bool {
        !path.split(separator: "/").contains { $0.hasPrefix(".") } && hasPublishedExtension(path)
    }

    private static func hasPublishedExtension(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return extensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The masking policy: every text file of the output with personal data masked, except
    /// the `allowed` numbers. Also returns the mobile numbers it masked, which a declaration
    /// found later may allow after all.
    static func mask(_ files: [OutputFile], policy: PrivacyPolicy, allowed: Set<String>) -> (files: [OutputFile], masked: Set<String>) {
        guard policy == .mask else { return (files, []) }
        var masked: Set<String> = []
        let result = files.map { file in
            // Most pages hold no number to mask, which their bytes tell before they are decoded.
            guard [".html", ".csv", ".json", ".svg", ".xml"].contains(where: file.path.hasSuffix),
                  file.contents.withUnsafeBytes({ PersonalDataScanner.mayFindMatch(bytes: $0) }),
                  let text = String(data: file.contents, encoding: .utf8)
            else { return file }
            let matches = PersonalDataScanner.scan(text).filter { !($0.kind == .mobile && allowed.contains($0.digits)) }
            guard !matches.isEmpty else { return file }
            var characters = Array(text)
            for match in matches.reversed() {
                if match.kind == .mobile { masked.insert(match.digits) }
                characters.replaceSubrange(match.offset..<(match.offset + match.text.count), with: Array(match.masked))
            }
            return OutputFile(path: file.path, text: String(characters))
        }
        return (result, masked)
    }
}
