import Foundation

/// A file published with a disclosure notice (会议记录的扫描件, 明细表 …): kept in the folder
/// named like the notice (`disclosures/<notice>/`) and copied byte for byte beside its page.
public struct Attachment: Sendable, Hashable {
    /// The file name as the front matter lists it, also its name in the output.
    public var name: String
    /// Relative to the content folder.
    public var source: String
    /// The file on disk, read again when the site is written (attachments are not held in
    /// memory with the rest of the content).
    public var sourceURL: URL
    public var kind: AttachmentKind
    public var bytes: Int
    /// SHA-256 of the bytes, lowercase hex.
    public var sha256: String
    /// The front-matter line that lists it.
    public var line: Int?
}

/// The kinds of file a notice may carry, by extension.
public enum AttachmentKind: String, Sendable, Hashable, CaseIterable {
    case pdf, jpeg, png, xlsx, xls, docx, doc, csv, txt

    /// The kind of a file name's extension (case ignored); nil when the type is not allowed.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        guard let kind = AttachmentKind.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = kind
    }

    public var extensions: [String] {
        switch self {
        case .jpeg: ["jpg", "jpeg"]
        default: [rawValue]
        }
    }

    /// How the notice page names the type: PDF、JPG 图片、Excel 表格 …
    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .jpeg: "JPG 图片"
        case .png: "PNG 图片"
        case .xlsx, .xls: "Excel 表格"
        case .docx, .doc: "Word 文档"
        case .csv: "CSV 表格"
        case .txt: "文本文件"
        }
    }

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .xls: "application/vnd.ms-excel"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .doc: "application/msword"
        case .csv: "text/csv"
        case .txt: "text/plain"
        }
    }

    /// Plain text a privacy scan can read; the other kinds are not read inside.
    public var isText: Bool { self == .csv || self == .txt }
}
