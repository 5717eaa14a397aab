import Foundation

/// `gongkai-manifest.json` written straight into bytes, laid out exactly as `JSONEncoder` lays
/// it out with sorted keys, pretty printing and slashes left as they are (a test compares the
/// two). At province scale the manifest lists hundreds of thousands of notices; `JSONEncoder`
/// built the whole document as a tree of values first, the largest single allocation at the
/// end of a build.
extension PublicationManifest {
    func file() -> OutputFile {
        // About 450 bytes an entry: reserved so that the file is not copied as it grows.
        var json = PrettyJSONWriter(reservingCapacity: 64 + 450 * (disclosures.count + (finance?.count ?? 0)))
        json.beginObject()
        json.key("disclosures")
        Self.write(disclosures, to: &json)
        if let finance {
            json.key("finance")
            Self.write(finance, to: &json)
        }
        json.key("format")
        json.number(format)
        json.endObject()
        return OutputFile(path: Self.fileName, contents: json.finish("\n"))
    }

    /// Each entry's fields in sorted order of their keys, absent ones left out.
    private static func write(_ entries: [Entry], to json: inout PrettyJSONWriter) {
        json.beginArray()
        for entry in entries {
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
            json.flush()
        }
        json.endArray()
    }
}
