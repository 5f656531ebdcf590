import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback port that is bound but never listens: connecting to it is refused, and no other
/// test's server can take it while it is held (a port freed by closing a server could be).
public final class ReservedPort: @unchecked Sendable {
    public let port: UInt16
    private let socketDescriptor: Int32

    public init() throws {
        (socketDescriptor, port) = try LoopbackHTTPServer.bindLoopback(reuseAddress: false)
    }

    deinit {
        close(socketDescriptor)
    }
}
