/// Something that performs HTTP transfers. The pipeline receives one, so tests and other
/// deployments can pass their own.
public protocol HTTPClient: Sendable {
    /// Performs the transfer; never throws: every failure is a classified `FetchOutcome.failed`.
    func fetch(_ request: FetchRequest) async -> FetchOutcome
}
