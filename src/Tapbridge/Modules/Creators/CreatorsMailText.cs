namespace Tapbridge.Modules.Creators;

/// <summary>The creators module's mails to creators (CreatorsMailText.resx and its translations).</summary>
internal sealed class CreatorsMailText
{
    private CreatorsMailText()
    {
    }
}
