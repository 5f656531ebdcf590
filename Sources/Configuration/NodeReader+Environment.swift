extension NodeReader {
    /// A file path whose environment variables (see ``EnvironmentExpander``) are expanded from
    /// the loader's environment, then resolved against the config file's directory.
    func filePathExpandingEnvironment() throws(ConfigError) -> String {
        let text = try nonEmptyString()
        let expanded: String
        do {
            expanded = try EnvironmentExpander.expand(text, environment: context.environment)
        } catch .unset(let name) where name == "CREDENTIALS_DIRECTORY" {
            // The one variable this exists for: say where it comes from and how to set it by hand.
            throw error("$CREDENTIALS_DIRECTORY is not set: systemd sets it for a service with "
                + "LoadCredential=; outside the service, set it to the directory holding the secret "
                + "(e.g. CREDENTIALS_DIRECTORY=/etc/claimwatch claimwatch check --config …)")
        } catch {
            throw self.error("\(quoted(text)): \(error.description)")
        }
        return context.resolve(expanded)
    }
}
