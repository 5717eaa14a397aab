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
            summary: reader.string("summary", required: false, label: "简介"), villages: [])
        township.villages = raw.villages.compactMap { VillageDecoder.decode($0, township: township, diagnostics: diagnostics) }
        guard id.valid, name != nil, kind != nil, code.ok, !file.isEmpty else { return nil }
        return township
    }
}
