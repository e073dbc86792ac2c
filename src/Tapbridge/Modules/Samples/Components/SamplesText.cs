namespace Tapbridge.Modules.Samples.Components;

/// <summary>The sample components' words for creators and sellers (SamplesText.resx and its translations).</summary>
internal sealed class SamplesText
{
    private SamplesText()
    {
    }
}
