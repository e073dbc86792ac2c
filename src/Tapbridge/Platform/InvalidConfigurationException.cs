namespace Tapbridge.Platform;

/// <summary>Configuration the product cannot start with; its message is the one line the operator sees.</summary>
public sealed class InvalidConfigurationException(string message) : Exception(message);
