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
/// Files are streamed in blocks to compute their SHA-256, so a large file is never held in
/// memory, and files over the attachment limit are only measured.
enum AttachmentLoader {
    static let headLength = 512
    private static let blockSize = 1 << 20

    /// Entries by folder name (the notice's file name without `.md`), each sorted by name.
    static func load(disclosuresPath: String, in content: URL) -> [String: [RawAttachmentFile]] {
        var folders: [String: [RawAttachmentFile]] = [:]
        let root = content.appending(path: disclosuresPath, directoryHint: .inferFromPath)
        for folder in FolderListing.folders(in: root) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: folder, directoryHint: .inferFromPath).path)) ?? []
            folders[folder] = names.filter { !$0.hasPrefix(".") }.sorted().map { name in
                entry(name: name, path: "\(disclosuresPath)/\(folder)/\(name)", url: root.appending(path: folder, directoryHint: .inferFromPath).appending(path: name, directoryHint: .inferFromPath))
            }
        }
        return folders
    }

    private static func entry(name: String, path: String, url: URL) -> RawAttachmentFile {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: url.path)) ?? [:]
        let type = attributes[.type] as? FileAttributeType
        let bytes = (attributes[.size] as? Int) ?? 0
        var file = RawAttachmentFile(name: name, path: path, url: url, kind: .file, bytes: bytes, sha256: nil, head: Data())
        switch type {
        case .typeSymbolicLink?: file.kind = .link
        case .typeDirectory?: file.kind = .folder
        default:
            if bytes <= ContentLimits.maxAttachmentBytes { (file.sha256, file.head) = digest(url) }
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
