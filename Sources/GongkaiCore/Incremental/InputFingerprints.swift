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
    var villages: [String: String]

    static func compute(contentFolder: URL, templatesFolder: URL, site: SiteContent, baseURL: String?) -> InputFingerprints {
        var shared = Digest()
        shared.add("gongkai \(BuildCache.generatorVersion) \(baseURL ?? site.config.baseURL ?? "")")
        shared.addFile(contentFolder.appending(path: "site.yaml", directoryHint: .inferFromPath), name: "site.yaml")
        shared.addFile(contentFolder.appending(path: "catalogue.yaml", directoryHint: .inferFromPath), name: "catalogue.yaml")
        shared.add("as of \(site.asOf?.description ?? "-")")
        shared.addFolder(contentFolder.appending(path: "pages", directoryHint: .inferFromPath), name: "pages")
        shared.addFolder(templatesFolder, name: "templates")
        var plan = Digest()
        plan.addFolder(contentFolder.appending(path: "plan", directoryHint: .inferFromPath), name: "plan")
        var townships: [String: String] = [:]
        var villages: [String: String] = [:]
        for township in site.townships {
            let folder = contentFolder.appending(path: "townships/\(township.id)", directoryHint: .inferFromPath)
            var digest = Digest()
            digest.addFile(folder.appending(path: "township.yaml", directoryHint: .inferFromPath), name: "township.yaml")
            digest.addFile(folder.appending(path: "catalogue.yaml", directoryHint: .inferFromPath), name: "catalogue.yaml")
            townships[township.id] = digest.finish()
            for village in township.villages {
                var digest = Digest()
                digest.addFolder(folder.appending(path: "villages/\(village.id)", directoryHint: .inferFromPath), name: village.id)
                villages[village.id] = digest.finish()
            }
        }
        return InputFingerprints(shared: shared.finish(), plan: plan.finish(), townships: townships, villages: villages)
    }

    /// The fingerprint of a render unit: everything its pages are made from.
    func unit(_ unit: SiteRenderer.Unit, site: SiteContent) -> String {
        var digest = Digest()
        digest.add(shared)
        switch unit {
        case .site:
            digest.add(plan)
            for township in site.townships {
                digest.add(townships[township.id] ?? "")
                for village in township.villages { digest.add(villages[village.id] ?? "") }
            }
        case let .township(t):
            let township = site.townships[t]
            digest.add(plan)
            digest.add(townships[township.id] ?? "")
            for village in township.villages { digest.add(villages[village.id] ?? "") }
        case let .village(t, v):
            digest.add(townships[site.townships[t].id] ?? "")
            digest.add(villages[site.townships[t].villages[v].id] ?? "")
        }
        return digest.finish()
    }

    /// A SHA-256 over names and bytes, each prefixed by its length so that no two different
    /// sequences of inputs give the same stream.
    struct Digest {
        private var hasher = SHA256()

        mutating func add(_ text: String) {
            add(Data(text.utf8))
        }

        mutating func add(_ data: Data) {
            var length = UInt64(data.count).littleEndian
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            hasher.update(data: data)
        }

        mutating func addFile(_ url: URL, name: String) {
            add(name)
            add(FileManager.default.contents(atPath: url.path) ?? Data("(none)".utf8))
        }

        /// Every file below the folder, in sorted order of their relative paths.
        mutating func addFolder(_ url: URL, name: String) {
            add(name)
            for path in DirectoryWalker.files(under: url) {
                addFile(url.appending(path: path, directoryHint: .inferFromPath), name: path)
            }
        }

        func finish() -> String {
            hasher.finalize().map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined()
        }
    }
}
