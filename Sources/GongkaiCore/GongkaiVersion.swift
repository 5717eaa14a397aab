/// gongkai's version, shown by `gongkai --version` and written into the build cache: a cache
/// made by another version is not used, because a new version can change any page. Raise it
/// with every change to what pages contain for the same content.
public enum GongkaiVersion {
    public static let current = "0.6.0"
}
