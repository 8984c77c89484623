import Foundation
import WorkbenchCore

/// The command line of the `workbench` executable:
/// `workbench [--workspace DIR] [--json] [--keep-going] [-c COMMAND]… [SCRIPT]`, plus `--version` and `--help`.
struct FrontEndOptions {
    /// The workspace folder named, if any.
    var workspace: String?
    /// Print each reply as one JSON line.
    var json = false
    /// Lay replies out for this many columns (`--width N`), even on a pipe or into a file.
    var width: Int?
    /// Carry on after a failed command in a script or `-c` list.
    var keepGoing = false
    /// Commands given with `-c`, in order.
    var commands: [String] = []
    /// A script file of commands, one a line.
    var script: String?
    /// Print the version and exit.
    var version = false
    /// Print the usage and exit.
    var help = false
    /// The workspace state to resume after `rebuild` (set by the rebuilt binary's caller).
    var resume = false

    static let usage = """
        Usage: workbench [--workspace DIR] [--json] [--width N] [--keep-going] [-c COMMAND]… [SCRIPT]

        The London Library Change Programme analysis workbench. Without -c or SCRIPT, opens an interactive shell
        (or reads commands from standard input when it is not a terminal).

        Options:
          --workspace DIR  the workspace folder (default: Workspaces/london-2010, found from the current folder upwards)
          --json           print each command's reply as one JSON object on one line (JSON Lines)
          --width N        lay replies out for N columns (default: the terminal's width; full width on a pipe)
          -c COMMAND       run COMMAND and exit; may be repeated
          SCRIPT           run the commands in SCRIPT, one a line (# starts a comment)
          --keep-going     in a script or -c list, carry on after a command fails
          --version        print the version
          --help           print this help

        Exit status: 0 all commands succeeded, 1 a command failed, 2 usage error or unreadable workspace.
        """

    /// Parses the arguments (without the program name).
    /// - Throws: a usage error quoting the bad argument.
    init(arguments: [String]) throws {
        var index = 0
        func value(for option: String) throws -> String {
            guard index < arguments.count else {
                throw WorkbenchError(.usage, "The option '\(option)' needs a value.", location: .init(argument: option))
            }
            defer { index += 1 }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--workspace": workspace = try value(for: argument)
            case "--json": json = true
            case "--keep-going": keepGoing = true
            case "--width":
                let text = try value(for: argument)
                guard let columns = Int(text), columns >= 40 else {
                    throw WorkbenchError(
                        .usage, "The option '--width' needs a whole number of columns from 40 up, not '\(text)'.",
                        location: .init(argument: argument))
                }
                width = columns
            case "-c", "--command": commands.append(try value(for: argument))
            case "--version": version = true
            case "--help", "-h": help = true
            case "--resume": resume = true
            default:
                if argument.hasPrefix("--workspace=") {
                    workspace = String(argument.dropFirst("--workspace=".count))
                } else if argument.hasPrefix("-") {
                    let known = ["--workspace", "--json", "--width", "--keep-going", "-c", "--version", "--help"]
                    throw WorkbenchError(
                        .usage, "Unknown option '\(argument)'." + FrontEndOptions.didYouMean(argument, known))
                } else if script == nil {
                    script = argument
                } else {
                    throw WorkbenchError(.usage, "Unexpected argument '\(argument)': only one SCRIPT may be given.")
                }
            }
        }
        if script != nil, !commands.isEmpty {
            throw WorkbenchError(.usage, "Give either -c commands or a SCRIPT, not both.")
        }
    }

    private static func didYouMean(_ word: String, _ known: [String]) -> String {
        let near = known.filter { $0.hasPrefix(word) || word.hasPrefix($0) }
        return near.isEmpty ? "" : " Did you mean '\(near[0])'?"
    }
}
