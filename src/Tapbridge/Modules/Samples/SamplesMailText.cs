namespace Tapbridge.Modules.Samples;

/// <summary>The samples module's mails to creators (SamplesMailText.resx and its translations).</summary>
internal sealed class SamplesMailText
{
    private SamplesMailText()
    {
    }
}
