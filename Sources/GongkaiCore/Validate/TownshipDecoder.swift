import Foundation

/// Checks `townships/<id>/township.yaml` and the villages below it.
enum TownshipDecoder {
    static func decode(_ raw: RawTownship, diagnostics: DiagnosticBag) -> Township? {
        let file = "\(raw.folder)/township.yaml"
        let id = DivisionCode.checkID(raw.id, length: 9, what: "乡镇（街道）", at: SourceLocation(file: raw.folder), diagnostics: diagnostics)
        guard let yaml = raw.yaml,
              let reader = MappingReader(
                YAMLValue(yaml), allowed: ["name", "kind", "code", "address", "phone", "summary"], diagnostics: diagnostics,
                what: "乡镇（街道）信息")
        else { return nil }
        let name = reader.string("name", required: true, label: "名称")
        let kind = reader.choice("kind", label: "类型", options: Township.Kind.allCases.map { ($0.rawValue, $0) })
        let code = DivisionCode.read(reader, folderCode: id.code, length: 9, what: "乡镇（街道）")
        var township = Township(
            id: raw.id, code: code.code, name: name ?? "", kind: kind ?? .zhen,
            address: reader.string("address", required: false, label: "地址"),
            phone: reader.string("phone", required: false, label: "电话"),
            summary: reader.string("summary", required: false, label: "简介"), villages: [], summaries: raw.reused)
        township.villages = decodeVillages(raw.villages, of: township, diagnostics: diagnostics)
        guard id.valid, name != nil, kind != nil, code.ok, !file.isEmpty else { return nil }
        return township
    }

    /// Villages are independent of each other, so they are checked on all cores, each with its
    /// own diagnostics, merged back in folder order.
    private static func decodeVillages(_ villages: [RawVillage], of township: Township, diagnostics: DiagnosticBag) -> [Village] {
        let results = ParallelMap.map(villages.map(ParsedVillage.init), workers: ProcessInfo.processInfo.activeProcessorCount) { parsed in
            let bag = DiagnosticBag()
            let village = VillageDecoder.decode(parsed.raw, township: township, diagnostics: bag)
            return DecodedVillage(village: village, diagnostics: bag.items)
        }
        return results.compactMap { result in
            diagnostics.add(contentsOf: result.diagnostics)
            return result.village
        }
    }

    /// A loaded village handed to a worker. Its YAML nodes are not marked `Sendable`; each is
    /// only read, by one worker.
    private struct ParsedVillage: @unchecked Sendable {
        let raw: RawVillage
    }

    private struct DecodedVillage: Sendable {
        let village: Village?
        let diagnostics: [Diagnostic]
    }
}
