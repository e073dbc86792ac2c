namespace Tapbridge.Modules.Performance.Components;

/// <summary>The performance components' words (PerformanceText.resx and its translations).</summary>
internal sealed class PerformanceText
{
    private PerformanceText()
    {
    }
}
