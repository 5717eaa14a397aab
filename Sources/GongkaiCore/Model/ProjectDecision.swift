/// The six steps of 四议两公开, the procedure a village follows for a major matter such as a
/// livelihood project: four deliberations (提议, 商议, 审议, 决议) and two disclosures (决议公开,
/// 实施结果公开), in this order. See docs/rules/four-and-two.md.
public enum DecisionStep: Int, Sendable, Hashable, CaseIterable, Comparable {
    case partyProposal
    case committeesDiscussion
    case partyMembersReview
    case villagersResolution
    case resolutionPublished
    case resultsPublished

    /// The name shown on pages and in messages.
    public var name: String {
        switch self {
        case .partyProposal: "党组织提议"
        case .committeesDiscussion: "两委商议"
        case .partyMembersReview: "党员大会审议"
        case .villagersResolution: "村民（代表）会议决议"
        case .resolutionPublished: "决议公开"
        case .resultsPublished: "实施结果公开"
        }
    }

    /// Every spelling a table may use for the step, the name first. Brackets are compared
    /// after normalising, so 村民(代表)会议决议 matches too.
    public var spellings: [String] {
        switch self {
        case .partyProposal: [name, "村党组织提议", "党支部提议", "村党支部提议"]
        case .committeesDiscussion: [name, "村两委商议", "“两委”商议", "两委会议商议", "村两委会议商议"]
        case .partyMembersReview: [name]
        case .villagersResolution: [name, "村民代表会议决议", "村民会议决议"]
        case .resolutionPublished: [name]
        case .resultsPublished: [name]
        }
    }

    /// The step a table names, or nil.
    public init?(spelling: String) {
        let written = TableSchema.normalize(spelling)
        guard let step = DecisionStep.allCases.first(where: { step in
            step.spellings.contains { TableSchema.normalize($0) == written }
        }) else { return nil }
        self = step
    }

    public static func < (lhs: DecisionStep, rhs: DecisionStep) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// One recorded step of a project's 四议两公开: when it happened and the document that shows it.
public struct DecisionRecord: Sendable, Hashable {
    public var step: DecisionStep
    /// The line in `decisions.csv`.
    public var line: Int
    public var date: CalendarDate
    /// The step as the table wrote it (村民代表会议决议, 村民会议决议 …).
    public var writtenName: String
    public var document: DecisionDocument?
    public var note: String

    public init(step: DecisionStep, line: Int, date: CalendarDate, writtenName: String? = nil, document: DecisionDocument? = nil, note: String = "") {
        self.step = step
        self.line = line
        self.date = date
        self.writtenName = writtenName ?? step.name
        self.document = document
        self.note = note
    }
}

/// The document behind a step: a disclosure of the same village, one of its attachments, or a
/// paper document the village keeps (its name only).
public enum DecisionDocument: Sendable, Hashable {
    case disclosure(slug: String)
    case attachment(disclosure: String, file: String)
    case paper(String)
}
