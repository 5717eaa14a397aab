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

    public init(title: String, region: String, baseURL: String? = nil, description: String? = nil, publisher: String? = nil) {
        self.title = title
        self.region = region
        self.baseURL = baseURL
        self.description = description
        self.publisher = publisher
    }
}
