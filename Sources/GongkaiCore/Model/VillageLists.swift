/// One service of the 服务清单: what residents can get done at the station.
public struct ServiceItem: Sendable, Hashable {
    public var line: Int
    public var name: String
    /// 为民 / 便民 / 安民 / 政务代办 … as the village writes it.
    public var category: String
    public var place: String
    public var hours: String
    public var contact: String
    public var materials: String
    public var timeLimit: String
    public var note: String
}

/// A need residents raised (居民需求).
public struct Need: Sendable, Hashable {
    public var id: String
    public var line: Int
    public var title: String
    public var category: String
    public var source: String
    public var raisedOn: CalendarDate?
    public var people: String
    public var note: String
}

/// A service resource (服务资源) and the needs it answers.
public struct Resource: Sendable, Hashable {
    public var id: String
    public var line: Int
    public var title: String
    public var category: String
    public var provider: String
    public var quantity: String
    public var contact: String
    public var answers: [String]
    public var note: String
}

/// A livelihood project (民生项目).
public struct Project: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        case planned = "计划"
        case underway = "在建"
        case completed = "完工"
        case accepted = "验收"
    }

    public var id: String
    public var line: Int
    public var title: String
    public var status: Status
    public var start: CalendarDate?
    public var plannedEnd: CalendarDate?
    /// 万元, as written.
    public var budget: Amount?
    public var spent: Amount?
    /// 0–100.
    public var percentComplete: Int?
    public var answers: [String]
    public var implementer: String
    public var note: String
    /// Sorted by date.
    public var milestones: [Milestone]
    /// The recorded steps of its 四议两公开, in the order of the procedure.
    public var decisions: [DecisionRecord] = []

    /// The address-safe form of the id.
    public var slug: String { id.lowercased() }
}

/// A money amount in 万元 as the table wrote it, with its value for sums.
public struct Amount: Sendable, Hashable {
    public var text: String
    public var value: Double
}

/// A dated step of a project.
public struct Milestone: Sendable, Hashable {
    public var line: Int
    public var date: CalendarDate
    public var title: String
    public var done: Bool
    public var note: String
}

/// Who is responsible for what, by when (服务责任, the fourth of the 四项清单).
public struct Responsibility: Sendable, Hashable {
    public var id: String
    public var line: Int
    public var task: String
    public var unit: String
    public var person: String
    public var deadline: String
    public var answers: [String]
    public var note: String
}

/// Any other list a site publishes (小微权力清单, 社区工作事项清单…) with its own columns.
public struct CustomList: Sendable, Hashable {
    public var slug: String
    public var title: String
    /// Markdown.
    public var description: String?
    public var columns: [String]
    public var rows: [[String]]
}
