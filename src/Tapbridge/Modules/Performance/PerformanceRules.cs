namespace Tapbridge.Modules.Performance;

/// <summary>
/// The performance module's rule messages (PerformanceRules.resx and its translations), raised as
/// <see cref="Platform.RuleViolationException"/>.
/// </summary>
internal sealed class PerformanceRules
{
    private PerformanceRules()
    {
    }
}
