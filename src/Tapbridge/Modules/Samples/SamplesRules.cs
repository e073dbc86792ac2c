namespace Tapbridge.Modules.Samples;

/// <summary>
/// The samples module's rule messages (SamplesRules.resx and its translations), raised as
/// <see cref="Platform.RuleViolationException"/>.
/// </summary>
internal sealed class SamplesRules
{
    private SamplesRules()
    {
    }
}
