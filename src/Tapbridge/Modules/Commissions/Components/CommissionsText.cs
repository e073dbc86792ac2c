namespace Tapbridge.Modules.Commissions.Components;

/// <summary>The commissions components' words (CommissionsText.resx and its translations).</summary>
internal sealed class CommissionsText
{
    private CommissionsText()
    {
    }
}
