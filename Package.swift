// swift-tools-version:6.0
import PackageDescription

// Settings shared by every target of ours: Swift 6 language mode (strict concurrency) comes
// from the tools version; existential types must be spelled `any`.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "gongkai",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gongkai", targets: ["gongkai"]),
    ],
    dependencies: [
        // Command-line parsing: subcommands, help text and validation as data.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML with line/column marks on every node, for precise error locations.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Logic-less, HTML-escaping-by-default templates that webmasters can edit.
        // The preview server of 'gongkai serve': small, pure Swift on BSD sockets, no SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        // SHA-256 for the publication manifest: a hash anyone can check with sha256sum.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // cmark-gfm from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // QR codes for the printed bulletin-board sheets, from Debian's libqrencode-dev.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(
            name: "GongkaiCore",
            dependencies: [
                "CMarkGFM",
                "CQRencode",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "GongkaiPreview",
            dependencies: [
                "GongkaiCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "GongkaiCLI",
            dependencies: [
                "GongkaiCore",
                "GongkaiPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "gongkai",
            dependencies: ["GongkaiCLI"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "GongkaiCoreTests",
            dependencies: ["GongkaiCore"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "GongkaiEndToEndTests",
            dependencies: ["GongkaiCLI", "GongkaiCore", "gongkai"],
            swiftSettings: strictSettings
        ),
    ]
)
