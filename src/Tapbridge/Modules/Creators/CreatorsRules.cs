namespace Tapbridge.Modules.Creators;

/// <summary>The creators module's rule messages (CreatorsRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class CreatorsRules
{
    private CreatorsRules()
    {
    }
}
