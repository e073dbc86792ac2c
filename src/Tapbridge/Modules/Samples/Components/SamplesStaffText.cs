namespace Tapbridge.Modules.Samples.Components;

/// <summary>The agency's sample desk words (SamplesStaffText.resx, English and Vietnamese).</summary>
internal sealed class SamplesStaffText
{
    private SamplesStaffText()
    {
    }
}
