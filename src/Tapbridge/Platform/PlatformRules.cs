namespace Tapbridge.Platform;

/// <summary>The platform's rule messages (PlatformRules.resx and its translations), raised as <see cref="RuleViolationException"/>.</summary>
internal sealed class PlatformRules
{
    private PlatformRules()
    {
    }
}
