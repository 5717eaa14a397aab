/// A file size as residents read it: 856 字节, 245 KB, 1.5 MB (1 KB = 1024 字节).
enum AttachmentSize {
    static func text(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) 字节" }
        if bytes < 1024 * 1024 {
            return "\(max(1, Int((Double(bytes) / 1024).rounded()))) KB"
        }
        let tenths = Int((Double(bytes) / 1024 / 1024 * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
