/// A personal number found in a file that would be published.
struct PrivacyFinding: Sendable {
    var diagnostic: Diagnostic
    /// The digits of a mobile number, which a declaration anywhere in the site may allow.
    var mobile: String?

    /// The findings that stand once every declared public number is known.
    static func standing(_ findings: [PrivacyFinding], allowed: Set<String>) -> [Diagnostic] {
        allowing(allowed, in: findings).map(\.diagnostic)
    }

    /// The findings left once the mobile numbers in `allowed` are.
    static func allowing(_ allowed: Set<String>, in findings: [PrivacyFinding]) -> [PrivacyFinding] {
        findings.filter { finding in finding.mobile.map { !allowed.contains($0) } ?? true }
    }
}
