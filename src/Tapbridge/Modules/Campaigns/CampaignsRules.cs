namespace Tapbridge.Modules.Campaigns;

/// <summary>The campaigns module's rule messages (CampaignsRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class CampaignsRules
{
    private CampaignsRules()
    {
    }
}
