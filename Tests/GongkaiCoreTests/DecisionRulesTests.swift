import Testing

@testable import GongkaiCore

/// The 四议两公开 rules on their own: the order of the steps by date, and work started before
/// (or without) the villagers' resolution.
@Suite struct DecisionRulesTests {
    func record(_ step: DecisionStep, _ date: String, line: Int? = nil) -> DecisionRecord {
        DecisionRecord(step: step, line: line ?? step.rawValue + 2, date: CalendarDate(date)!)
    }

    func project(status: Project.Status, start: String?, decisions: [DecisionRecord]) -> Project {
        Project(
            id: "P1", line: 2, title: "村道硬化", status: status, start: start.flatMap(CalendarDate.init), plannedEnd: nil,
            budget: nil, spent: nil, percentComplete: nil, answers: [], implementer: "", note: "", milestones: [], decisions: decisions)
    }

    @Test func stepsInOrderAndOnTheSameDayArePermitted() {
        let records = [
            record(.partyProposal, "2024-03-01"), record(.committeesDiscussion, "2024-03-01"),
            record(.partyMembersReview, "2024-03-12"), record(.villagersResolution, "2024-03-20"),
            record(.resolutionPublished, "2024-03-20"), record(.resultsPublished, "2024-10-20"),
        ]
        #expect(DecisionRules.orderProblems(records).isEmpty)
        #expect(DecisionRules.orderProblems(records.reversed()).isEmpty, "the table's row order does not matter")
    }

    @Test func aStepBeforeTheOneThatMustPrecedeItIsReported() throws {
        let problems = DecisionRules.orderProblems([
            record(.partyProposal, "2024-03-10"), record(.committeesDiscussion, "2024-03-05"), record(.partyMembersReview, "2024-03-12"),
        ])
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.step.step == .committeesDiscussion)
        #expect(problem.predecessor.step == .partyProposal)
        #expect(!problem.isPublicationBeforeResolution)
    }

    @Test func aMistypedEarlyStepShowsInEveryStepAfterIt() {
        let problems = DecisionRules.orderProblems([
            record(.partyProposal, "2025-03-01"), record(.committeesDiscussion, "2024-03-05"),
            record(.partyMembersReview, "2024-03-12"), record(.villagersResolution, "2024-03-20"),
        ])
        #expect(problems.map(\.step.step) == [.committeesDiscussion, .partyMembersReview, .villagersResolution])
        #expect(problems.allSatisfy { $0.predecessor.step == .partyProposal })
    }

    @Test func missingStepsAreSkippedButTheOrderStillHolds() {
        #expect(DecisionRules.orderProblems([record(.partyProposal, "2024-03-01"), record(.villagersResolution, "2024-04-20")]).isEmpty)
        let problems = DecisionRules.orderProblems([record(.partyProposal, "2024-05-01"), record(.resultsPublished, "2024-04-20")])
        #expect(problems.map(\.step.step) == [.resultsPublished])
    }

    @Test func publishingTheResolutionBeforeItWasMadeHasItsOwnKind() throws {
        // The review is also later than the publication, but the resolution is what it publishes.
        let problems = DecisionRules.orderProblems([
            record(.partyMembersReview, "2024-04-25"), record(.villagersResolution, "2024-04-20"), record(.resolutionPublished, "2024-04-18"),
        ])
        #expect(problems.map(\.step.step) == [.villagersResolution, .resolutionPublished])
        let publication = try #require(problems.last)
        #expect(publication.predecessor.step == .villagersResolution)
        #expect(publication.isPublicationBeforeResolution)
    }

    @Test func publishingBeforeTheReviewWithoutAResolutionIsAnOrdinaryOrderProblem() throws {
        let problem = try #require(DecisionRules.orderProblems([
            record(.partyMembersReview, "2024-04-25"), record(.resolutionPublished, "2024-04-18"),
        ]).first)
        #expect(problem.predecessor.step == .partyMembersReview)
        #expect(!problem.isPublicationBeforeResolution)
    }

    @Test func workStartedBeforeTheResolutionIsFound() {
        let resolution = record(.villagersResolution, "2024-05-10")
        #expect(DecisionRules.startProblem(project(status: .underway, start: "2024-05-01", decisions: [resolution]))
            == .startedBeforeResolution(start: CalendarDate("2024-05-01")!, resolution: CalendarDate("2024-05-10")!))
        #expect(DecisionRules.startProblem(project(status: .underway, start: "2024-05-10", decisions: [resolution])) == nil, "the same day is allowed")
        #expect(DecisionRules.startProblem(project(status: .completed, start: "2024-06-01", decisions: [resolution])) == nil)
        #expect(DecisionRules.startProblem(project(status: .underway, start: nil, decisions: [resolution])) == nil, "no date, nothing to compare")
        #expect(DecisionRules.startProblem(project(status: .planned, start: "2024-05-01", decisions: [resolution]))
            == .startedBeforeResolution(start: CalendarDate("2024-05-01")!, resolution: CalendarDate("2024-05-10")!))
    }

    @Test func workStartedWithoutAnyResolutionIsFoundOnlyWhenStepsAreRecorded() {
        let proposal = record(.partyProposal, "2024-03-01")
        for status in [Project.Status.underway, .completed, .accepted] {
            #expect(DecisionRules.startProblem(project(status: status, start: nil, decisions: [proposal])) == .startedWithoutResolution)
        }
        #expect(DecisionRules.startProblem(project(status: .planned, start: "2026-04-01", decisions: [proposal])) == nil)
        #expect(DecisionRules.startProblem(project(status: .underway, start: "2024-05-01", decisions: [])) == nil)
    }

    @Test func stepsAreReadInEveryAcceptedSpelling() {
        #expect(DecisionStep(spelling: "村民（代表）会议决议") == .villagersResolution)
        #expect(DecisionStep(spelling: "村民(代表)会议决议") == .villagersResolution)
        #expect(DecisionStep(spelling: "村民代表会议决议") == .villagersResolution)
        #expect(DecisionStep(spelling: "村民会议决议") == .villagersResolution)
        #expect(DecisionStep(spelling: "村党支部提议") == .partyProposal)
        #expect(DecisionStep(spelling: " 两委商议 ") == .committeesDiscussion)
        #expect(DecisionStep(spelling: "党员大会审义") == nil)
        #expect(DecisionStep.allCases.map(\.name) == ["党组织提议", "两委商议", "党员大会审议", "村民（代表）会议决议", "决议公开", "实施结果公开"])
    }
}
