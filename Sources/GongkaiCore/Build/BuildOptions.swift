import Foundation

/// What to build from where: the inputs of one run of the pipeline.
public struct BuildOptions: Sendable {
    public var contentFolder: URL
    public var templatesFolder: URL
    public var outputFolder: URL
    /// Overrides `base_url` in `site.yaml` when set.
    public var baseURL: String?
    /// Warnings stop the build too.
    public var strict: Bool
    /// The manifest of what was published before; by default the one in the output folder.
    public var previousManifest: URL?
    /// Whether to check against what was published before at all (a preview of a site that
    /// was never published has nothing to check against).
    public var checkPublished: Bool = true
    /// The day deadlines are checked against; today (in China) when not given.
    public var asOf: CalendarDate?
    /// How many threads render and write; the output is the same whatever the number.
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Whether the build's memory is left for the process's exit to take back instead of being
    /// freed when the build returns (`ProcessExit`): for a command that exits right after.
    public var leavesMemoryToExit = false
    /// The instant (nanoseconds since 1970) before which a village folder's times must lie for
    /// the listing of its entries to be kept for the next build (`StampListing`); by default
    /// `FolderStamp.settling` before the build starts. Tests choose it so that their results do
    /// not depend on how long they ran.
    var foldersSettledBefore: Int64?
    /// How long the check of the output's folders waits before it starts, in seconds
    /// (`PendingOutputInventory`): tests make a build go on assuming what it will find.
    var outputCheckDelay: Double = 0

    public init(
        contentFolder: URL, templatesFolder: URL, outputFolder: URL, baseURL: String? = nil, strict: Bool = false,
        previousManifest: URL? = nil
    ) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.baseURL = baseURL
        self.strict = strict
        self.previousManifest = previousManifest
    }
}

/// What a run of the pipeline produced: every problem found, and whether the site was written.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var filesWritten: Int
    public var succeeded: Bool
    /// The stages that ran, with their time in seconds, in order.
    public var stageTimes: [StageTime]
    /// How long the whole build took, in seconds: the stages and what ran between them
    /// (letting go of what a stage made, for one).
    public var seconds: Double = 0
    /// How the written site differs from the one it replaced.
    public var changes: OutputWriter.Changes?
    /// The render units (a site page, a township, a village) that were rendered, by their
    /// keys in the build cache (`site/home`, `township/<id>`, `village/<id>` …), in order; the
    /// others were unchanged since the last build.
    public var renderedUnits: [String]?
    public var unitsRendered: Int? { renderedUnits?.count }
    /// How many village folders an incremental build left unread, because neither they nor
    /// anything they depend on changed (`VillageReuse`).
    public var villagesReused = 0

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
