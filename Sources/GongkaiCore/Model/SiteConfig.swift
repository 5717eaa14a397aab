/// Refuse to publish personal data (the default), or publish it masked.
public enum PrivacyPolicy: String, Sendable, Hashable, CaseIterable {
    case refuse
    case mask
}

/// `site.yaml`: what the whole site is called and where it lives.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    /// The county (市/县/区) the site belongs to.
    public var region: String
    /// The public address, ending in `/`, used for canonical links; nil when not set.
    public var baseURL: String?
    public var description: String?
    /// 主办单位, shown in the footer.
    public var publisher: String?
    /// What to do with personal data found in content.
    public var privacy: PrivacyPolicy = .refuse
    /// The identifiers government sites show in their footer, each shown when set.
    public var footer = SiteFooter()

    public init(title: String, region: String, baseURL: String? = nil, description: String? = nil, publisher: String? = nil) {
        self.title = title
        self.region = region
        self.baseURL = baseURL
        self.description = description
        self.publisher = publisher
    }
}

/// What a government site's footer carries: 网站标识码, ICP备案号, 公网安备号, and a contact line.
public struct SiteFooter: Sendable, Hashable {
    /// 网站标识码 (from the government website registry).
    public var siteCode: String?
    /// ICP备案号, e.g. 吉ICP备12345678号.
    public var icp: String?
    /// 公网安备号, e.g. 吉公网安备 22068102000001号.
    public var publicSecurity: String?
    /// A contact line for the site, e.g. an office and its phone number.
    public var contact: String?

    public init(siteCode: String? = nil, icp: String? = nil, publicSecurity: String? = nil, contact: String? = nil) {
        self.siteCode = siteCode
        self.icp = icp
        self.publicSecurity = publicSecurity
        self.contact = contact
    }
}
