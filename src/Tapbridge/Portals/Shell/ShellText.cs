namespace Tapbridge.Portals.Shell;

/// <summary>The portals' frames and the account pages' words (ShellText.resx and its translations).</summary>
internal sealed class ShellText
{
    private ShellText()
    {
    }
}
