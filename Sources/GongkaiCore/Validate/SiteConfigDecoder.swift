/// Checks `site.yaml` and turns it into a `SiteConfig`.
enum SiteConfigDecoder {
    static func decode(_ parsed: ParsedYAML, diagnostics: DiagnosticBag) -> SiteConfig? {
        guard let reader = MappingReader(
            YAMLValue(parsed), allowed: ["title", "region", "base_url", "description", "publisher", "privacy", "footer"],
            diagnostics: diagnostics, what: "站点配置")
        else { return nil }
        let title = reader.string("title", required: true, label: "网站名称")
        let region = reader.string("region", required: true, label: "所属县（市、区）")
        var baseURL = reader.string("base_url", required: false, label: "网站网址")
        if let url = baseURL {
            if !BaseURL.isValid(url) {
                diagnostics.error(
                    .invalidChoice, at: reader.node("base_url")!.location, "网站网址“\(url)”不是以 http:// 或 https:// 开头的完整网址",
                    hint: "写成完整网址，例如 https://www.example.gov.cn/gongkai/")
                baseURL = nil
            } else {
                baseURL = BaseURL.normalized(url)
            }
        }
        let privacy = reader.choice(
            "privacy", label: "个人信息处理方式", options: PrivacyPolicy.allCases.map { ($0.rawValue, $0) }, default: .refuse)
        guard let title, let region, let privacy else { return nil }
        var config = SiteConfig(
            title: title, region: region, baseURL: baseURL,
            description: reader.string("description", required: false, label: "网站简介"),
            publisher: reader.string("publisher", required: false, label: "主办单位"))
        config.privacy = privacy
        if let node = reader.node("footer"),
           let footer = MappingReader(node, allowed: ["site_code", "icp", "public_security", "contact"], diagnostics: diagnostics, what: "页脚信息") {
            config.footer = SiteFooter(
                siteCode: footer.string("site_code", required: false, label: "网站标识码"),
                icp: footer.string("icp", required: false, label: "ICP备案号"),
                publicSecurity: footer.string("public_security", required: false, label: "公网安备号"),
                contact: footer.string("contact", required: false, label: "联系方式"))
        }
        return config
    }
}

/// The site's public address: absolute http(s), always ending in `/`.
public enum BaseURL {
    public static func isValid(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let host = text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first ?? ""
        return !host.isEmpty && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    public static func normalized(_ text: String) -> String {
        text.hasSuffix("/") ? text : text + "/"
    }
}
