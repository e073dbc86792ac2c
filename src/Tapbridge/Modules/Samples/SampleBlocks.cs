using Tapbridge.Platform;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// A reason not to give a sample, said as a refusal (the API's 409, or 400 naming no field): what is wrong and what
/// would change it.
/// </summary>
internal static class SampleBlocks
{
    public static RuleViolationException Refusal(SampleBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return RuleViolationException.Say<SamplesRules>($"Block.{block.Kind}", null, block.Have, block.Need);
    }
}
