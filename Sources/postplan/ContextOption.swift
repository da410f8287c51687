import ArgumentParser

/// `--no-context`: check the plan files named on the command line on their own, without the
/// plan files of the repo they belong to (for a folder of examples that each stand alone).
struct ContextOption: ParsableArguments {
    @Flag(
        name: .customLong("no-context"),
        help:
            "Check named files on their own; by default a named file is read with the plan files of its repo, so that channels and ids in sibling files resolve."
    )
    var alone = false

    var readsContext: Bool { !alone }
}
