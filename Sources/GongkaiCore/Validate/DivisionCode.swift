/// 行政区划代码: 9 digits for a township, 12 for a village or community, whose first 9 are
/// its township's. A folder named with digits is taken as the code.
enum DivisionCode {
    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// Checks a folder name used as an id: either a code of `length` digits or a slug.
    /// Returns the code when the id is one.
    static func checkID(_ id: String, length: Int, what: String, at location: SourceLocation, diagnostics: DiagnosticBag) -> (valid: Bool, code: String?) {
        if isDigits(id) {
            guard id.count == length else {
                diagnostics.error(
                    .divisionCodeInvalid, at: location, "\(what)文件夹名“\(id)”是数字，但不是 \(length) 位的行政区划代码（有 \(id.count) 位）")
                return (false, nil)
            }
            return (true, id)
        }
        guard Slug.isValid(id) else {
            diagnostics.error(
                .invalidSlug, at: location, "\(what)文件夹名“\(id)”只能是 \(length) 位行政区划代码，或由小写英文字母、数字和连字符组成的标识")
            return (false, nil)
        }
        return (true, nil)
    }

    /// Reads an explicit `code` field and reconciles it with the code in the folder name.
    static func read(_ reader: MappingReader, folderCode: String?, length: Int, what: String) -> (code: String?, ok: Bool) {
        guard let code = reader.string("code", required: false, label: "行政区划代码") else { return (folderCode, true) }
        let location = reader.node("code")!.location
        guard isDigits(code), code.count == length else {
            reader.diagnostics.error(.divisionCodeInvalid, at: location, "\(what)的行政区划代码“\(code)”应是 \(length) 位数字")
            return (nil, false)
        }
        if let folderCode, folderCode != code {
            reader.diagnostics.error(.divisionCodeInvalid, at: location, "行政区划代码 \(code) 与文件夹名 \(folderCode) 不一致")
            return (nil, false)
        }
        return (code, true)
    }
}
