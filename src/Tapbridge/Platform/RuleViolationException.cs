namespace Tapbridge.Platform;

/// <summary>A business rule refused a change. <see cref="Field"/> names the input at fault when there is one.</summary>
public sealed class RuleViolationException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;

    /// <summary>Refuses with <paramref name="message"/>, naming <paramref name="field"/>, unless <paramref name="rule"/> holds.</summary>
    public static void Require(bool rule, string? field, string message)
    {
        if (!rule)
        {
            throw new RuleViolationException(message, field);
        }
    }
}
