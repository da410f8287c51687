/// A problem with what the user asked for, rather than with a plan: the run cannot start.
/// The command-line tool exits with status 2 for these.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case pathNotFound(String)

    public var description: String {
        switch self {
        case .pathNotFound(let path): "no such file or folder: '\(path)'"
        }
    }
}
