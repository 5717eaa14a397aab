import Foundation
import Testing

@testable import GongkaiCore

/// Whether the output still holds exactly the files the last build left is told by a digest
/// of their names that does not depend on their order.
@Suite struct OutputDigestTests {
    let files = ["index.html", "villages/a/index.html", "villages/a/needs.svg", ".gongkai-output"]

    @Test func theOrderDoesNotMatter() {
        #expect(FileSetDigest(files).text == FileSetDigest(files.reversed()).text)
        #expect(FileSetDigest(files).text == FileSetDigest(Set(files)).text)
    }

    @Test func aFileAddedRemovedOrRenamedChangesIt() {
        let digest = FileSetDigest(files).text
        #expect(FileSetDigest(files + ["villages/a/note.html"]).text != digest)
        #expect(FileSetDigest(files.dropLast()).text != digest)
        #expect(FileSetDigest(["index.html", "villages/b/index.html", "villages/a/needs.svg", ".gongkai-output"]).text != digest)
        // The same names, one moved into another's folder.
        #expect(FileSetDigest(["a/b", "c"]).text != FileSetDigest(["a", "b/c"]).text)
    }

    @Test func theDigestsOfTwoSetsAddUp() {
        let (some, others) = (Array(files.prefix(2)), Array(files.dropFirst(2)))
        #expect(FileSetDigest(some) + FileSetDigest(others) == FileSetDigest(files))
        #expect((FileSetDigest([]) + FileSetDigest(files)).text == FileSetDigest(files).text)
        #expect(FileSetDigest.count(in: FileSetDigest(files).text) == 4)
    }

    @Test func itIsTheSameInEveryProcess() {
        // Swift's Hasher is seeded per process; this digest must not be. Worked out separately
        // (FNV-1a 64 of "index.html" from the two starting values).
        #expect(FileSetDigest(["index.html"]).text == "1-2dc3d18016211f22-b36cca5ab0c29b77")
    }
}

/// What an incremental build removes from the output: what it holds and the build does not
/// leave. An output as recorded that holds the very set of files the build leaves has nothing
/// to remove, and its recorded files are not even gathered.
@Suite struct OutputInventoryTests {
    let stamps = OutputFolders.Stamps(folders: [""], hashes: [FNVPair()])

    @Test func anOutputHoldingTheSameFilesHasNothingToRemove() {
        let output = OutputInventory.asRecorded(count: 2, outputs: "2-a-b", folders: stamps)
        #expect(output.notIn(["a.html"], leaving: "2-a-b") { Issue.record("the recorded files are not needed"); return [] } == [])
        #expect(output.notIn(["a.html"], leaving: "1-c-d") { ["b.html", "a.html", "0.html"] } == ["0.html", "b.html"])
    }

    @Test func aListedOutputKeepsOnlyWhatTheBuildLeaves() {
        let output = OutputInventory.listed(["a.html", "b.html", "c/d.html"])
        #expect(output.notIn(["a.html"], leaving: "anything") { [] } == ["b.html", "c/d.html"])
    }
}

/// What the output holds, worked out while the build goes on: a build that asks before it is
/// known is told the output is as recorded, and is marked as having assumed it.
@Suite struct PendingOutputInventoryTests {
    let stamps = OutputFolders.Stamps(folders: [""], hashes: [FNVPair()])

    @Test func aKnownInventoryIsAnsweredAndNothingIsAssumed() {
        let pending = PendingOutputInventory(.listed(["a.html"]))
        #expect(pending.assumingAsRecorded(holds: ["a.html"]))
        #expect(!pending.assumingAsRecorded(holds: ["b.html"]))
        #expect(!pending.assumedWrongly)
    }

    @Test(arguments: [true, false])
    func anAssumptionIsWrongOnlyWhenTheOutputTurnsOutListed(asRecorded: Bool) {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let stamps = stamps
        let pending = PendingOutputInventory {
            started.signal()
            release.wait()
            return asRecorded ? .asRecorded(count: 1, outputs: "1-a-b", folders: stamps) : .listed(["a.html"])
        }
        started.wait()
        #expect(pending.ifKnown == nil)
        #expect(pending.assumingAsRecorded(holds: ["b.html"]), "assumed while not known")
        release.signal()
        #expect(pending.assumedWrongly == !asRecorded)
        #expect(pending.ifKnown != nil)
    }
}
