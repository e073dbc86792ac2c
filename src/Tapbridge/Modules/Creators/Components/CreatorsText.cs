namespace Tapbridge.Modules.Creators.Components;

/// <summary>The creator components' words (CreatorsText.resx and its translations).</summary>
internal sealed class CreatorsText
{
    private CreatorsText()
    {
    }
}
