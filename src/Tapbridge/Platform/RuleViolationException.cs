namespace Tapbridge.Platform;

/// <summary>A business rule refused a change. <see cref="Field"/> names the input at fault when there is one.</summary>
public sealed class RuleViolationException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
