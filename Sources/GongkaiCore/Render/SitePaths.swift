/// Where every page lives in the output, in one place. Folders end in `/`; pages are the
/// folder's `index.html`.
enum SitePaths {
    static func township(_ id: String) -> String { "townships/\(id)/" }
    static func village(_ id: String) -> String { "villages/\(id)/" }
    static func services(_ id: String) -> String { village(id) + "services/" }
    static func needs(_ id: String) -> String { village(id) + "needs/" }
    static func projects(_ id: String) -> String { village(id) + "projects/" }
    static func project(_ id: String, _ project: Project) -> String { projects(id) + project.slug + "/" }
    static func customList(_ id: String, _ slug: String) -> String { village(id) + "lists/\(slug)/" }
    static func disclosures(_ id: String) -> String { village(id) + "disclosures/" }
    static func disclosure(_ id: String, _ slug: String) -> String { disclosures(id) + slug + "/" }
    static func finance(_ id: String) -> String { village(id) + "finance/" }
    static func financePeriod(_ id: String, _ slug: String) -> String { finance(id) + slug + "/" }
}

/// Breadcrumb trails below the home page.
enum Crumbs {
    static func township(_ township: Township, current: Bool = false) -> [(String, String?)] {
        [(township.name, current ? nil : SitePaths.township(township.id))]
    }

    static func village(_ village: Village, in township: Township, current: Bool = false) -> [(String, String?)] {
        self.township(township) + [(village.name, current ? nil : SitePaths.village(village.id))]
    }
}
