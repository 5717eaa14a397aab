import Crypto
import Foundation

/// One entry of a notice's attachment folder (`disclosures/<notice>/`), as found on disk:
/// never read as text, only measured, fingerprinted and its first bytes kept.
struct RawAttachmentFile: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case file
        /// A symbolic link: refused, it could point anywhere.
        case link
        case folder
    }

    var name: String
    /// Relative to the content folder.
    var path: String
    var url: URL
    var kind: Kind
    var bytes: Int
    /// SHA-256 of the bytes; nil for links, folders and files over the size limit or unreadable.
    var sha256: String?
    /// The first bytes, to tell what the file really is.
    var head: Data
}

/// Lists the attachment folders beside a village's notices: every folder in `disclosures/`.
/// A file the village folder's snapshot holds (up to `ContentLimits.maxFileBytes`) is hashed from
/// there; a larger one is streamed in blocks to compute its SHA-256, so it is never held in
/// memory; files over the attachment limit are only measured.
enum AttachmentLoader {
    static let headLength = 512
    private static let blockSize = 1 << 20

    /// Entries by folder name (the notice's file name without `.md`), each sorted by name. The
    /// entries' kinds are asked of the disk (a link is not followed); a file's bytes come from
    /// the village folder's snapshot when it holds them.
    static func load(disclosuresPath: String, from files: FolderSnapshot) -> [String: [RawAttachmentFile]] {
        var folders: [String: [RawAttachmentFile]] = [:]
        let root = files.content.appending(path: disclosuresPath, directoryHint: .inferFromPath)
        for folder in files.entries(in: disclosuresPath, directories: true) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: folder, directoryHint: .inferFromPath).path)) ?? []
            folders[folder] = names.filter { !$0.hasPrefix(".") }.sorted().map { name in
                let path = "\(disclosuresPath)/\(folder)/\(name)"
                let url = root.appending(path: folder, directoryHint: .inferFromPath).appending(path: name, directoryHint: .inferFromPath)
                return entry(name: name, path: path, url: url, files: files)
            }
        }
        return folders
    }

    private static func entry(name: String, path: String, url: URL, files: FolderSnapshot) -> RawAttachmentFile {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: url.path)) ?? [:]
        let type = attributes[.type] as? FileAttributeType
        let bytes = (attributes[.size] as? Int) ?? 0
        var file = RawAttachmentFile(name: name, path: path, url: url, kind: .file, bytes: bytes, sha256: nil, head: Data())
        switch type {
        case .typeSymbolicLink?: file.kind = .link
        case .typeDirectory?: file.kind = .folder
        default:
            guard bytes <= ContentLimits.maxAttachmentBytes else { break }
            if case let .contents(data) = files.read(path, limit: ContentLimits.maxFileBytes) {
                (file.sha256, file.head) = (SHA256.hash(data: data).withUnsafeBytes { Hexadecimal.lowercase($0) }, Data(data.prefix(headLength)))
            } else {
                (file.sha256, file.head) = digest(url)
            }
        }
        return file
    }

    /// SHA-256 and the first bytes of a file, read block by block; nil when unreadable.
    static func digest(_ url: URL) -> (String?, Data) {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return (nil, Data()) }
        defer { try? handle.close() }
        var hasher = SHA256()
        var head = Data()
        while true {
            let block: Data
            do {
                // nil (or empty) at the end of the file; a read error throws.
                guard let read = try handle.read(upToCount: blockSize), !read.isEmpty else { break }
                block = read
            } catch {
                return (nil, head)
            }
            if head.count < headLength { head += block.prefix(headLength - head.count) }
            hasher.update(data: block)
        }
        return (hasher.finalize().withUnsafeBytes { Hexadecimal.lowercase($0) }, head)
    }
}
