// swift-tools-version: 6.1
import PackageDescription

// One target per pipeline stage; dependencies point one way:
//   claimwatch (CLI, wiring only) → Service → {Fetching, Feeds, Extraction, Sentences, Claims,
//   Configuration} → ClaimwatchModel; Store implements the model's SnapshotStore.
// Stages know the model types and their neighbour's output, nothing more.
let package = Package(
    name: "claimwatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "claimwatch", targets: ["claimwatch"]),
        .executable(name: "claimwatch-demo", targets: ["claimwatch-demo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // MARK: C libraries and shims
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "CCurlShims", dependencies: ["CCurl"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // ICU's sentence break iterator, behind a plain C API (Foundation on Linux bundles its own,
        // renamed ICU and offers no sentence enumeration).
        .target(name: "CICUShim", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        // OpenBLAS's CBLAS (Debian's libopenblas-dev): the matrix products of the stance model.
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),

        // MARK: Stages
        .target(name: "ClaimwatchModel", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Configuration", dependencies: [
            "ClaimwatchModel",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Fetching", dependencies: [
            "ClaimwatchModel", "CCurl", "CCurlShims",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Feeds", dependencies: ["ClaimwatchModel", "CLibXML2"]),
        .target(name: "Extraction", dependencies: ["ClaimwatchModel", "CLibXML2"]),
        .target(name: "Sentences", dependencies: ["ClaimwatchModel", "CICUShim"]),
        .target(name: "Claims", dependencies: ["ClaimwatchModel"]),
        // Alerts: sinks (log file, webhook over the Fetching client), retry schedule, delivery loops.
        .target(name: "Alerts", dependencies: [
            "ClaimwatchModel", "Configuration", "Fetching",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Store", dependencies: [
            "ClaimwatchModel", "CZlib",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Service", dependencies: [
            "ClaimwatchModel", "Configuration", "Fetching", "Feeds", "Extraction", "Sentences", "Claims",
            "Alerts", "Scheduling",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // When to poll: per-source intervals, jitter, backoff, freshness hints, article revisits
        // and per-host pacing, as value-type state machines over explicit instants (no I/O).
        .target(name: "Scheduling", dependencies: ["ClaimwatchModel"]),
        // The claims stance model at run time: safetensors, BERT WordPiece, the BERT encoder
        // (matrix products through OpenBLAS) and the stance head; no Python.
        .target(name: "Inference", dependencies: ["COpenBLAS"]),
        // Its throughput: `OPENBLAS_NUM_THREADS=1 .build/release/inference-bench` (after `make models`).
        .executableTarget(name: "inference-bench", dependencies: ["Inference"]),
        // The learned classifier as the claims stage's stance scorer, and where its files live.
        .target(name: "ClaimsModel", dependencies: ["Claims", "Inference"]),
        // `claimwatch run`: the poller, delivery, reload and watchdog services and sd_notify.
        .target(name: "Daemon", dependencies: [
            "ClaimwatchModel", "Configuration", "Fetching", "Alerts", "Service", "Scheduling", "Claims",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "claimwatch", dependencies: [
            "ClaimwatchModel", "Configuration", "Fetching", "Feeds", "Extraction", "Sentences", "Claims",
            "ClaimsModel", "Alerts", "Store", "Service", "Scheduling", "Daemon",
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // MARK: Test support: a real HTTP/1.1 server on loopback (tests and `make demo`)
        .target(name: "LoopbackHTTP", dependencies: ["CZlib"]),
        // `make demo`: serves the bundled story on loopback and runs `claimwatch once` per step.
        .executableTarget(name: "claimwatch-demo", dependencies: ["LoopbackHTTP"]),
        // `make model`: the corpus's passages as the stance model's training pairs.
        .executableTarget(name: "claimwatch-candidates", dependencies: ["Claims", "Sentences", "ClaimwatchModel"]),

        // MARK: Tests
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration"]),
        .testTarget(name: "FetchingTests", dependencies: ["Fetching", "LoopbackHTTP"]),
        .testTarget(name: "FeedsTests", dependencies: ["Feeds"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"]),
        .testTarget(name: "SentencesTests", dependencies: ["Sentences"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "Sentences"]),
        .testTarget(name: "AlertsTests", dependencies: [
            "Alerts", "Store", "Fetching", "Configuration", "LoopbackHTTP",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "StoreTests", dependencies: ["Store", .product(name: "GRDB", package: "GRDB.swift")]),
        // `alerts` and `claims`: their reports and parsers, and the built binary run as a process.
        .testTarget(name: "OperatorCommandTests", dependencies: ["claimwatch", "Store", "ClaimwatchModel"]),
        .testTarget(name: "ServiceTests", dependencies: [
            "Service", "Store", "Fetching", "Configuration", "LoopbackHTTP", "ClaimsModel",
        ]),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"]),
        // The real stance model through the claims stage (`make models` provides it).
        .testTarget(name: "ClaimsModelTests", dependencies: ["ClaimsModel", "Claims", "ClaimwatchModel"]),
        // Reference ids and logits from training/make_fixtures.py; the base model from `make models`.
        .testTarget(name: "InferenceTests", dependencies: ["Inference"], exclude: ["Fixtures"]),
        // Includes the process tests, which run the debug `claimwatch` binary that the build
        // (`swift build --build-tests`, `swift test`) puts beside the test bundle.
        .testTarget(name: "DaemonTests", dependencies: [
            "Daemon", "Scheduling", "Store", "Service", "Configuration", "LoopbackHTTP",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
    ]
)
