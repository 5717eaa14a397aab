extension InputFingerprints.Digest {
    /// Every field of a computed value (none when nil), for the fingerprints of the plan's
    /// pages. A field added to `ComputedValue` must be added here: a test counts them.
    mutating func add(_ computed: ComputedValue?) {
        guard let computed else {
            add("(not computed)")
            return
        }
        add(computed.measure.rawValue)
        add(computed.value.map { String($0.bitPattern) } ?? "-")
        add(String(computed.numerator.bitPattern))
        add(String(computed.denominator.bitPattern))
        add(computed.asOf?.description ?? "-")
        for (name, sources) in [("sources", computed.sources), ("missing", computed.missing)] {
            add("\(name) \(sources.count)")
            for source in sources {
                add(source.villageID)
                add(source.villageName)
                add(source.figure)
            }
        }
    }
}
