import Foundation

/// Finds the catalogue adjustments: `townships/<id>/catalogue.yaml` and
/// `townships/<id>/villages/<id>/catalogue.yaml`, each optional.
enum CatalogueOverrideLoader {
    /// Village folders in `skipping` (reused by an incremental build) are not read.
    static func load(from content: URL, diagnostics: DiagnosticBag, skipping: Set<String> = []) -> [RawCatalogueOverride] {
        var found: [RawCatalogueOverride] = []
        let townships = TownshipLoader.folder
        for township in FolderListing.folders(in: content.appending(path: townships, directoryHint: .inferFromPath)) {
            let path = "\(townships)/\(township)"
            if let yaml = parse("\(path)/\(ContentLoader.catalogueFile)", in: content, diagnostics: diagnostics) {
                found.append(RawCatalogueOverride(townshipID: township, villageID: nil, yaml: yaml))
            }
            for village in FolderListing.folders(in: content.appending(path: "\(path)/villages", directoryHint: .inferFromPath))
            where !skipping.contains("\(path)/villages/\(village)") {
                if let yaml = parse("\(path)/villages/\(village)/\(ContentLoader.catalogueFile)", in: content, diagnostics: diagnostics) {
                    found.append(RawCatalogueOverride(townshipID: township, villageID: village, yaml: yaml))
                }
            }
        }
        return found
    }

    private static func parse(_ path: String, in content: URL, diagnostics: DiagnosticBag) -> ParsedYAML? {
        guard let file = TextFile.read(path, in: content, required: false, diagnostics: diagnostics),
              let node = YAMLDocument.parse(file, diagnostics: diagnostics)
        else { return nil }
        return ParsedYAML(file: path, node: node)
    }
}

/// One township's or village's `catalogue.yaml`, parsed but not yet checked.
struct RawCatalogueOverride {
    var townshipID: String
    /// nil for a township's file.
    var villageID: String?
    var yaml: ParsedYAML
}
