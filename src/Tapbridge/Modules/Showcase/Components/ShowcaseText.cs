namespace Tapbridge.Modules.Showcase.Components;

/// <summary>The Showcase components' words (ShowcaseText.resx and its translations).</summary>
internal sealed class ShowcaseText
{
    private ShowcaseText()
    {
    }
}
