import Foundation

/// Whether a file's first bytes fit its extension, so that a renamed program or web page
/// cannot be published as a PDF or a picture. Office files are ZIP (xlsx, docx) or OLE2
/// compound files (xls, doc); text must hold no NUL byte unless it starts with a UTF-16
/// byte-order mark (Excel's “Unicode 文本”).
enum AttachmentSignature {
    private static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func matches(_ head: Data, kind: AttachmentKind) -> Bool {
        let bytes = [UInt8](head)
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        switch kind {
        case .pdf: return starts(Array("%PDF-".utf8))
        case .jpeg: return starts([0xFF, 0xD8, 0xFF])
        case .png: return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .xlsx, .docx: return starts(zip)
        case .xls, .doc: return starts(ole2)
        case .csv, .txt: return starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) || !bytes.contains(0)
        }
    }
}
