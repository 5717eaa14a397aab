import Testing

@testable import GongkaiCore

/// Whether the output still holds exactly the files the last build left is told by a digest
/// of their names that does not depend on their order.
@Suite struct OutputDigestTests {
    let files = ["index.html", "villages/a/index.html", "villages/a/needs.svg", ".gongkai-output"]

    @Test func theOrderDoesNotMatter() {
        #expect(IncrementalState.digest(of: files) == IncrementalState.digest(of: files.reversed()))
        #expect(IncrementalState.digest(of: files) == IncrementalState.digest(of: Set(files)))
    }

    @Test func aFileAddedRemovedOrRenamedChangesIt() {
        let digest = IncrementalState.digest(of: files)
        #expect(IncrementalState.digest(of: files + ["villages/a/note.html"]) != digest)
        #expect(IncrementalState.digest(of: files.dropLast()) != digest)
        #expect(IncrementalState.digest(of: ["index.html", "villages/b/index.html", "villages/a/needs.svg", ".gongkai-output"]) != digest)
        // The same names, one moved into another's folder.
        #expect(IncrementalState.digest(of: ["a/b", "c"]) != IncrementalState.digest(of: ["a", "b/c"]))
    }

    @Test func itIsTheSameInEveryProcess() {
        // Swift's Hasher is seeded per process; this digest must not be. Worked out separately
        // (FNV-1a 64 of "index.html" from the two starting values).
        #expect(IncrementalState.digest(of: ["index.html"]) == "1-2dc3d18016211f22-b36cca5ab0c29b77")
    }
}
