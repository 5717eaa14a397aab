import Foundation

/// Before anything is written, every content file that is published is scanned for personal
/// data. Under the default policy each find is an error (`GK601`) at its file, line and
/// column; phone numbers a village or township declares as its public contact are allowed.
/// With `privacy: mask` in `site.yaml`, the published copies are masked instead.
enum PrivacyGuard {
    static let extensions: Set<String> = ["yaml", "yml", "csv", "md"]

    /// Scans every published file of the content folder. Text attachments (CSV, TXT) are
    /// published byte for byte and cannot be masked, so they are scanned under either policy.
    /// Village folders in `skipping` (left unread by an incremental build) are not scanned:
    /// what their scan found is in the build cache.
    static func check(contentFolder: URL, site: SiteContent, diagnostics: DiagnosticBag, skipping: Set<String> = []) {
        let allowed = site.declaredPublicNumbers
        let attachments = AttachmentPrivacy.check(site, allowed: allowed, diagnostics: diagnostics)
        guard site.config.privacy == .refuse else { return }
        // Files are scanned in parallel, each into its own bag; the problems are merged in file order.
        let paths = publishedFiles(in: contentFolder, skipping: skipping).filter { !attachments.contains($0) }
        let found = ParallelMap.map(paths, workers: ProcessInfo.processInfo.activeProcessorCount) { path in
            let bag = DiagnosticBag()
            if let data = try? Data(contentsOf: contentFolder.appending(path: path, directoryHint: .inferFromPath)) {
                scan(data, path: path, allowed: allowed, diagnostics: bag,
                     hint: { "删除它，或只保留部分数字（如 \($0)）。确需公开的服务站电话，写在 village.yaml 的 station.phone 或 contacts 中；"
                        + "若本站统一遮盖此类号码，在 site.yaml 中写 privacy: mask。" })
            }
            return bag.items
        }
        for items in found { diagnostics.add(contentsOf: items) }
    }

    /// Reports every personal number in a text file (UTF-8 or GB18030) at its line and column.
    static func scan(_ data: Data, path: String, allowed: Set<String>, diagnostics: DiagnosticBag, hint: (String) -> String) {
        guard case let .success(decoded) = TextEncodingDetector.decode(data) else { return }
        for (lineIndex, line) in decoded.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
        where PersonalDataScanner.mayContainNumber(line) {
            for match in PersonalDataScanner.scan(String(line)) where !(match.kind == .mobile && allowed.contains(match.digits)) {
                diagnostics.error(
                    .personalData, at: SourceLocation(file: path, line: lineIndex + 1, column: match.offset + 1),
                    "发现疑似\(match.kind.label)（\(match.masked)），不能公开发布", hint: hint(match.masked))
            }
        }
    }

    /// Mobile numbers a village declares as its public contacts (station phone, contacts).
    static func declaredPublicNumbers(of village: Village) -> [String] {
        ([village.station.phone] + village.station.contacts.map(\.phone)).compactMap { $0 }
            .flatMap { text in PersonalDataScanner.scan(text).map(\.digits) }
    }

    /// Content files that are published, relative to the content folder, sorted.
    static func publishedFiles(in folder: URL, skipping: Set<String> = []) -> [String] {
        DirectoryWalker.files(under: folder, includeHidden: false, skipping: skipping).filter { path in
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
            return extensions.contains(path[path.index(after: dot)...].lowercased())
        }
    }

    /// The masking policy: every text file of the output with personal data masked, except
    /// the declared public numbers.
    static func mask(_ files: [OutputFile], policy: PrivacyPolicy, allowed: Set<String>) -> [OutputFile] {
        guard policy == .mask else { return files }
        return files.map { file in
            guard [".html", ".csv", ".json", ".svg", ".xml"].contains(where: file.path.hasSuffix),
                  let text = String(data: file.contents, encoding: .utf8)
            else { return file }
            let matches = PersonalDataScanner.scan(text).filter { !($0.kind == .mobile && allowed.contains($0.digits)) }
            guard !matches.isEmpty else { return file }
            var characters = Array(text)
            for match in matches.reversed() {
                characters.replaceSubrange(match.offset..<(match.offset + match.text.count), with: Array(match.masked))
            }
            return OutputFile(path: file.path, text: String(characters))
        }
    }
}
