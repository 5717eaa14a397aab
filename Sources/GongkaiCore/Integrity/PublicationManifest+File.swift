import Foundation

/// `gongkai-manifest.json` written straight into bytes, laid out exactly as `JSONEncoder` lays
/// it out with sorted keys, pretty printing and slashes left as they are (a test compares the
/// two). At province scale the manifest lists hundreds of thousands of notices; `JSONEncoder`
/// built the whole document as a tree of values first, the largest single allocation at the
/// end of a build.
extension PublicationManifest {
    func file() -> OutputFile {
        Self.file(
            format: format, disclosures: [(Self.elements(disclosures), disclosures.count)],
            finance: finance.map { [(Self.elements($0), $0.count)] })
    }

    /// The manifest of a site about to be published, put together from its villages' records
    /// as they are kept (`VillageSummary.PublishedRecords`).
    static func file(of site: SiteContent) -> OutputFile {
        file(ofVillages: site.townships.flatMap { $0.summaries.map { ($0.id, $0.published) } })
    }

    /// The manifest of villages' records, by village id, in any order: they are put in the order
    /// of their paths, which is that of the villages' folders (`villages/<id>/`), then of each
    /// village's entries, already sorted.
    static func file(ofVillages villages: [(id: String, records: VillageSummary.PublishedRecords)]) -> OutputFile {
        let sorted = villages.map { (folder: SitePaths.village($0.id), records: $0.records) }.sorted { $0.folder < $1.folder }
        let hasFinance = sorted.contains { $0.records.financeCount > 0 }
        return file(
            format: PublicationManifest(disclosures: []).format,
            disclosures: sorted.map { ($0.records.noticeElements, $0.records.noticeCount) },
            finance: hasFinance ? sorted.map { ($0.records.financeElements, $0.records.financeCount) } : nil)
    }

    /// Entries as elements of the manifest's `disclosures` or `finance` array, for
    /// `PrettyJSONWriter.elements(_:count:)`.
    static func elements(_ entries: [Entry]) -> String {
        var json = PrettyJSONWriter(elementsAtDepth: 2)
        for entry in entries { write(entry, to: &json) }
        return json.elementsText()
    }

    /// The manifest from its entries as `elements(_:)` lays them out, in parts (a village's
    /// each); `finance` is nil when there is none.
    private static func file(format: Int, disclosures: [(text: String, count: Int)], finance: [(text: String, count: Int)]?) -> OutputFile {
        // Reserved so that the file is not copied as it grows.
        let size = (disclosures + (finance ?? [])).reduce(64) { $0 + $1.text.utf8.count + 2 }
        var json = PrettyJSONWriter(reservingCapacity: size)
        json.beginObject()
        for (key, parts) in [("disclosures", disclosures), ("finance", finance)] {
            guard let parts else { continue }
            json.key(key)
            json.beginArray()
            for part in parts {
                json.elements(part.text, count: part.count)
                json.flush()
            }
            json.endArray()
        }
        json.key("format")
        json.number(format)
        json.endObject()
        return OutputFile(path: fileName, contents: json.finish("\n"))
    }

    /// An entry's fields in sorted order of their keys, absent ones left out.
    private static func write(_ entry: Entry, to json: inout PrettyJSONWriter) {
        json.element()
        json.beginObject()
        if let attachments = entry.attachments {
            json.key("attachments")
            json.beginArray()
            for attachment in attachments {
                json.element()
                json.beginObject()
                json.key("bytes")
                json.number(attachment.bytes)
                json.key("name")
                json.string(attachment.name)
                json.key("sha256")
                json.string(attachment.sha256)
                json.endObject()
            }
            json.endArray()
        }
        json.key("corrections")
        json.number(entry.corrections)
        json.key("path")
        json.string(entry.path)
        json.key("published_on")
        json.string(entry.publishedOn)
        json.key("retracted")
        json.bool(entry.retracted)
        json.key("sha256")
        json.string(entry.sha256)
        if let source = entry.source {
            json.key("source")
            json.string(source)
        }
        json.key("title")
        json.string(entry.title)
        json.key("village")
        json.string(entry.village)
        json.endObject()
    }
}
