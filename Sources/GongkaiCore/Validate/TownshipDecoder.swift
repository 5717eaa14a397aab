import Foundation

/// Checks `townships/<id>/township.yaml` and the villages below it.
enum TownshipDecoder {
    /// The township, if its file could be read well enough to check its villages against
    /// (`township`), and whether it is valid.
    struct Decoded {
        var township: Township?
        var valid: Bool
    }

    /// Checks `township.yaml`; the villages are read later (`readVillages`).
    static func decode(_ raw: RawTownship, diagnostics: DiagnosticBag) -> Decoded {
        let file = "\(raw.folder)/township.yaml"
        let id = DivisionCode.checkID(raw.id, length: 9, what: "乡镇（街道）", at: SourceLocation(file: raw.folder), diagnostics: diagnostics)
        guard let yaml = raw.yaml,
              let reader = MappingReader(
                YAMLValue(yaml), allowed: ["name", "kind", "code", "address", "phone", "summary"], diagnostics: diagnostics,
                what: "乡镇（街道）信息")
        else {
            // The villages cannot be checked without their township, but the problems in
            // reading their files are reported all the same.
            return Decoded(township: nil, valid: false)
        }
        let name = reader.string("name", required: true, label: "名称")
        let kind = reader.choice("kind", label: "类型", options: Township.Kind.allCases.map { ($0.rawValue, $0) })
        let code = DivisionCode.read(reader, folderCode: id.code, length: 9, what: "乡镇（街道）")
        let township = Township(
            id: raw.id, code: code.code, name: name ?? "", kind: kind ?? .zhen,
            address: reader.string("address", required: false, label: "地址"),
            phone: reader.string("phone", required: false, label: "电话"),
            summary: reader.string("summary", required: false, label: "简介"), villages: [], summaries: raw.reused)
        return Decoded(township: township, valid: id.valid && name != nil && kind != nil && code.ok && !file.isEmpty)
    }

    /// Villages are independent of each other, so they are read and checked on all cores, each
    /// with its own diagnostics, merged back in folder order. A village's parsed files are
    /// dropped as soon as it is checked.
    static func readVillages(
        _ folders: [RawTownship.VillageFolder], in content: URL, of township: Township?, diagnostics: DiagnosticBag, workers: Int
    ) -> [Village] {
        let results = ParallelMap.map(folders, workers: workers) { readVillage($0, in: content, of: township) }
        return results.compactMap { result in
            diagnostics.add(contentsOf: result.diagnostics)
            return result.village
        }
    }

    /// One village folder read and checked, with what was found wrong in it; no village when it
    /// has an error, or when its township could not be read (its files are still read, so that
    /// their problems are reported).
    static func readVillage(_ folder: RawTownship.VillageFolder, in content: URL, of township: Township?) -> DecodedVillage {
        readVillage(folder.id, from: FolderSnapshot(folder.path, in: content), of: township)
    }

    /// One village folder checked from its snapshot.
    static func readVillage(_ id: String, from files: FolderSnapshot, of township: Township?) -> DecodedVillage {
        let bag = DiagnosticBag()
        let raw = TownshipLoader.loadVillage(id: id, from: files, diagnostics: bag)
        let village = township.flatMap { VillageDecoder.decode(raw, township: $0, diagnostics: bag) }
        return DecodedVillage(village: village, diagnostics: bag.items)
    }

    struct DecodedVillage: Sendable {
        let village: Village?
        let diagnostics: [Diagnostic]
    }
}
