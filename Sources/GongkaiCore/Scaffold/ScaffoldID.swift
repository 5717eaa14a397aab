/// Checks the ids and slugs a webmaster gives on the command line with the same rules the
/// build applies, so that whatever `gongkai new` writes also builds.
enum ScaffoldID {
    /// A township folder name: a 9-digit 行政区划代码 or a slug.
    static func township(_ id: String) throws(ScaffoldError) {
        try divisionID(id, length: 9, what: "乡镇（街道）", example: "220681100 或 liudaogou")
    }

    /// A village folder name: a 12-digit code starting with the township's code, or a slug.
    static func village(_ id: String, townshipID: String, townshipCode: String?) throws(ScaffoldError) {
        try divisionID(id, length: 12, what: "村（社区）", example: "220681100201 或 xiaoshan")
        if DivisionCode.isDigits(id), let townshipCode, !id.hasPrefix(townshipCode) {
            throw ScaffoldError(
                "村（社区）代码 \(id) 的前 9 位 \(id.prefix(9)) 与所属乡镇（街道）“\(townshipID)”的代码 \(townshipCode) 不一致。"
                    + "12 位行政区划代码的前 9 位必须是所属乡镇（街道）的代码。")
        }
    }

    /// A file name used in addresses: lowercase ASCII letters, digits and inner hyphens.
    static func slug(_ slug: String, what: String, example: String) throws(ScaffoldError) {
        guard Slug.isValid(slug) else {
            throw ScaffoldError(
                "\(what)“\(slug)”不能用作网址，只能由小写英文字母、数字和连字符组成（不以连字符开头或结尾，最多 64 个字符），例如 \(example)。")
        }
    }

    private static func divisionID(_ id: String, length: Int, what: String, example: String) throws(ScaffoldError) {
        if DivisionCode.isDigits(id) {
            guard id.count == length else {
                throw ScaffoldError("\(what)标识“\(id)”是数字，但不是 \(length) 位的行政区划代码（有 \(id.count) 位）。")
            }
            return
        }
        guard Slug.isValid(id) else {
            throw ScaffoldError(
                "\(what)标识“\(id)”只能是 \(length) 位行政区划代码，或由小写英文字母、数字和连字符组成的英文标识，例如 \(example)。")
        }
    }
}
