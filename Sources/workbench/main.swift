import Foundation
import WorkbenchCore

// The workbench executable: parse the command line, then hand over to the front end.
do {
    let options = try FrontEndOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    exit(FrontEnd(options: options).run())
} catch {
    let message = (error as? WorkbenchError)?.description ?? "\(error)"
    FileHandle.standardError.write(Data("error: \(message)\n\n\(FrontEndOptions.usage)\n".utf8))
    exit(2)
}
