// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "postplan",
    products: [
        .executable(name: "postplan", targets: ["postplan"]),
        .library(name: "PostplanKit", targets: ["PostplanKit"]),
        .library(name: "YAMLTree", targets: ["YAMLTree"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLTree", dependencies: ["CYAML"]),
        .target(
            name: "PostplanKit",
            dependencies: [
                "YAMLTree", .product(name: "Mustache", package: "swift-mustache"), .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(name: "resource-embedder"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["resource-embedder"]),
        .executableTarget(
            name: "postplan",
            dependencies: [
                "PostplanKit",
                "YAMLTree",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        .target(name: "PostplanTestSupport", path: "Tests/PostplanTestSupport"),
        .testTarget(name: "YAMLTreeTests", dependencies: ["YAMLTree"]),
        .testTarget(
            name: "PostplanKitTests",
            dependencies: ["PostplanKit", "PostplanTestSupport", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Output/Goldens"]),
        .testTarget(
            name: "PostplanCLITests", dependencies: ["postplan", "PostplanKit", "PostplanTestSupport", "YAMLTree"], exclude: ["Fixtures", "Goldens"]),
    ]
)
