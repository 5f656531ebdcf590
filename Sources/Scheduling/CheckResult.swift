/// How one check (a source poll, an article revisit) ended, as the scheduler needs to know it.
public enum CheckResult: Sendable, Equatable {
    case success(ResponseHints)
    case failure(ResponseHints)
}
