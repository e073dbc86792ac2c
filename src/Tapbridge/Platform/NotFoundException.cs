namespace Tapbridge.Platform;

/// <summary>The thing asked for does not exist for this caller (another organization's data is reported the same way).</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
