import Crypto
import Foundation

/// SHA-256 digests of what each render unit is made from, so that an incremental build can
/// tell which units changed by their content (never by file times):
/// - `shared`: site.yaml, the prose pages, the templates and assets, the base URL, the
///   generator's version — every page depends on them;
/// - `plan`: the plan's files (the site pages and the township pages show it);
/// - one digest per township (its township.yaml and catalogue.yaml, which its villages'
///   pages also depend on) and one per village folder (every file in it, the attachments in
///   `disclosures/<notice>/` too, so a changed attachment is copied again).
struct InputFingerprints: Sendable {
    var shared: String
    var plan: String
    var townships: [String: String]
    var villages: [String: String] = [:]
    /// What every page may show about the whole site: whether it has a feed, and the phone
    /// numbers declared public (which `privacy: mask` leaves and the privacy check allows).
    var siteFacts = ""

    /// Everything but the villages, known before anything is loaded. `asOf` is the day
    /// deadlines are checked against when the site has a catalogue, nil otherwise.
    static func context(contentFolder: URL, templatesFolder: URL, baseURL: String?, asOf: CalendarDate?) -> InputFingerprints {
        var shared = Digest()
        shared.add("gongkai \(BuildCache.generatorVersion) \(baseURL ?? "")")
        shared.addFile(contentFolder.appending(path: "site.yaml", directoryHint: .inferFromPath), name: "site.yaml")
        shared.addFile(contentFolder.appending(path: "catalogue.yaml", directoryHint: .inferFromPath), name: "catalogue.yaml")
        shared.add("as of \(asOf?.description ?? "-")")
        shared.addFolder(contentFolder.appending(path: "pages", directoryHint: .inferFromPath), name: "pages")
        shared.addFolder(templatesFolder, name: "templates")
        var plan = Digest()
        plan.addFolder(contentFolder.appending(path: "plan", directoryHint: .inferFromPath), name: "plan")
        var townships: [String: String] = [:]
        let root = contentFolder.appending(path: TownshipLoader.folder, directoryHint: .inferFromPath)
        for id in FolderListing.folders(in: root) {
            let folder = root.appending(path: id, directoryHint: .isDirectory)
            var digest = Digest()
            digest.addFile(folder.appending(path: "township.yaml", directoryHint: .inferFromPath), name: "township.yaml")
            digest.addFile(folder.appending(path: "catalogue.yaml", directoryHint: .inferFromPath), name: "catalogue.yaml")
            townships[id] = digest.finish()
        }
        return InputFingerprints(shared: shared.finish(), plan: plan.finish(), townships: townships)
    }

    /// What a village's checks and pages depend on besides its own folder: the shared inputs,
    /// the plan and its township.
    func context(ofTownship id: String) -> String {
        var digest = Digest()
        for part in [shared, plan, townships[id] ?? ""] { digest.add(part) }
        return digest.finish()
    }

    /// The content digest of a village folder, from its snapshot: every file in it, hidden ones
    /// and the attachments in `disclosures/<notice>/` too (so a changed attachment is copied
    /// again), as `Digest.addFolder` would walk them.
    static func village(_ files: FolderSnapshot) -> String {
        var digest = Digest()
        digest.add(String(files.folder.split(separator: "/").last!))
        for file in files.files {
            digest.add(file.path)
            digest.add(files.contents(of: file) ?? Data("(none)".utf8))
        }
        return digest.finish()
    }

    /// The digest of `siteFacts`.
    static func facts(of site: SiteContent) -> String {
        facts(hasFeed: site.hasFeed, publicNumbers: site.declaredPublicNumbers)
    }

    static func facts(hasFeed: Bool, publicNumbers: Set<String>) -> String {
        var digest = Digest()
        digest.add(hasFeed ? "feed" : "no feed")
        for number in publicNumbers.sorted() { digest.add(number) }
        return digest.finish()
    }

    /// The fingerprint of a render unit: everything its pages are made from. Every page's
    /// frame depends on the shared inputs and the site's facts. Beyond those, a site page that
    /// lists villages (home, search, feed) depends on every township and village folder; the
    /// plan's pages on the plan and the values computed from the villages' facts, so that a
    /// change to a village's lists or notices leaves them as they are; the prose pages and the
    /// 404 page on nothing more. `everyVillage` is `everyVillage(of:)`, worked out once for
    /// all the units of a build.
    func unit(_ unit: SiteRenderer.Unit, site: SiteContent, everyVillage: @autoclosure () -> String) -> String {
        var digest = Digest()
        digest.add(shared)
        digest.add(siteFacts)
        switch unit {
        case let .site(page):
            switch page {
            case .home, .search, .feed:
                digest.add(everyVillage())
            case .plan:
                digest.add(plan)
                for indicator in site.plan.indicators { digest.add(site.computedValues[indicator.id]) }
            case let .indicator(index):
                digest.add(plan)
                digest.add(site.computedValues[site.plan.indicators[index].id])
            case .prose, .notFound:
                break
            }
        case let .township(t):
            let township = site.townships[t]
            digest.add(plan)
            digest.add(townships[township.id] ?? "")
            for village in township.summaries { digest.add(villages[village.id] ?? "") }
        case let .village(t, id), let .cachedVillage(t, id):
            return village(id, township: site.townships[t].id)
        }
        return digest.finish()
    }

    /// The plan, every township and every village folder.
    func everyVillage(of site: SiteContent) -> String {
        var digest = Digest()
        digest.add(plan)
        for township in site.townships {
            digest.add(townships[township.id] ?? "")
            for village in township.summaries { digest.add(villages[village.id] ?? "") }
        }
        return digest.finish()
    }

    /// The fingerprint of a village's unit.
    func village(_ id: String, township: String) -> String {
        var digest = Digest()
        digest.add(shared)
        digest.add(siteFacts)
        digest.add(townships[township] ?? "")
        digest.add(villages[id] ?? "")
        return digest.finish()
    }

    /// A SHA-256 over names and bytes, each prefixed by its length so that no two different
    /// sequences of inputs give the same stream.
    struct Digest {
        private var hasher = SHA256()

        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        }

        mutating func add(_ data: Data) {
            data.withUnsafeBytes { add($0) }
        }

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var length = UInt64(bytes.count).littleEndian
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            hasher.update(bufferPointer: bytes)
        }

        mutating func addFile(_ url: URL, name: String) {
            addFile(atPath: url.path, name: name)
        }

        /// A file's bytes, or `(none)` when it cannot be read. Read with one `open` and paths
        /// joined as text: a URL built and checked for each file, and the file manager's
        /// reading, cost more than hashing the bytes.
        private mutating func addFile(atPath path: String, name: String) {
            add(name)
            if case let .contents(data) = ContentFileReader.read(path, limit: .max) {
                add(data)
            } else {
                add(Data("(none)".utf8))
            }
        }

        /// Every file below the folder, in sorted order of their relative paths.
        mutating func addFolder(_ url: URL, name: String) {
            add(name)
            let root = url.path
            for path in DirectoryWalker.files(under: url) {
                addFile(atPath: root + "/" + path, name: path)
            }
        }

        /// The digest in lowercase hexadecimal (one string a byte, then joined, was a tenth of
        /// checking 10,000 village folders' stamps).
        func finish() -> String {
            hasher.finalize().withUnsafeBytes { Hexadecimal.lowercase($0) }
        }
    }
}
