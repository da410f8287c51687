import ArgumentParser

/// `--force`: replace an output file even when it is read-only.
struct ForceOption: ParsableArguments {
    @Flag(name: .customLong("force"), help: "Replace the output file even when it is read-only.")
    var isOn = false
}
