/// A problem with what the user asked for, rather than with a plan: the run cannot start.
/// The command-line tool exits with status 2 for these.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case pathNotFound(String)
    /// Two files named on their own belong to different plan repos (each with the folder of
    /// its repo).
    case differentRepos([(file: String, repo: String)])
    /// A folder named by an option (such as `--templates`) is missing or not a folder.
    case notAFolder(String, option: String)

    public var description: String {
        switch self {
        case .pathNotFound(let path): "no such file or folder: '\(path)'"
        case .notAFolder(let path, let option): "no such folder: '\(path)' (\(option))"
        case .differentRepos(let files):
            "'\(files[0].file)' and '\(files[1].file)' belong to different plan repos ('\(files[0].repo)' and '\(files[1].repo)'); "
                + "check each repo in a run of its own, or pass --no-context to read the named files as one repo"
        }
    }

    public static func == (lhs: InputError, rhs: InputError) -> Bool {
        lhs.description == rhs.description
    }
}
