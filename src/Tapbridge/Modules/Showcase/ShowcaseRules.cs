namespace Tapbridge.Modules.Showcase;

/// <summary>The showcase module's rule messages (ShowcaseRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class ShowcaseRules
{
    private ShowcaseRules()
    {
    }
}
