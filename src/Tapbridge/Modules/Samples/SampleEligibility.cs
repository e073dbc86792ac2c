using System.Text.Json.Serialization;
using Tapbridge.Modules.Creators;

namespace Tapbridge.Modules.Samples;

/// <summary>What stands between a creator and a sample of a product.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SampleBlockKind>))]
internal enum SampleBlockKind
{
    /// <summary>The seller offers no samples of this product.</summary>
    NoSamples,

    /// <summary>Every sample of the quota is taken.</summary>
    NoneLeft,

    /// <summary>The creator already has a sample of this product under way.</summary>
    AlreadyAsked,

    /// <summary>The creator has as many samples open as the market allows.</summary>
    TooManyOpen,

    Followers,
    Tier,

    /// <summary>Too few of the creator's delivered samples led to a post in the last 90 days.</summary>
    Fulfilment,
}

/// <summary>
/// One reason a creator may not ask, with what she has and what she needs (<see cref="SampleId"/>: the open sample, for
/// AlreadyAsked).
/// </summary>
internal sealed record SampleBlock(SampleBlockKind Kind, long Have, long Need, Guid? SampleId = null);

/// <summary>A creator's record with samples: posted for, missed (deadline passed without a post) and still open.</summary>
public sealed record SampleFulfilment(int Posted, int Missed, int Open)
{
    /// <summary>Posted out of posted and missed, in whole percent (rounded down); null before any sample's outcome is known.</summary>
    public int? Percent => Posted + Missed == 0 ? null : Posted * 100 / (Posted + Missed);
}

/// <summary>The creator facts the rules look at.</summary>
internal sealed record SampleCandidate(int Followers, CreatorTier Tier, SampleFulfilment Fulfilment, Guid? OpenForProduct);

/// <summary>
/// The market's rules (<see cref="SamplePolicy"/>) and the product's quota, applied to one creator; every reason at
/// once.
/// </summary>
internal static class SampleEligibility
{
    public static IReadOnlyList<SampleBlock> Check(SampleCandidate creator, SamplePolicy policy, int quota, int booked)
    {
        ArgumentNullException.ThrowIfNull(creator);
        ArgumentNullException.ThrowIfNull(policy);
        var blocks = new List<SampleBlock>();
        if (creator.OpenForProduct is { } open)
        {
            blocks.Add(new SampleBlock(SampleBlockKind.AlreadyAsked, 1, 0, open));
        }

        if (quota == 0)
        {
            blocks.Add(new SampleBlock(SampleBlockKind.NoSamples, 0, 1));
        }
        else if (booked >= quota)
        {
            blocks.Add(new SampleBlock(SampleBlockKind.NoneLeft, booked, quota));
        }

        if (creator.OpenForProduct is null && creator.Fulfilment.Open >= policy.MaxOpen)
        {
            blocks.Add(new SampleBlock(SampleBlockKind.TooManyOpen, creator.Fulfilment.Open, policy.MaxOpen));
        }

        if (creator.Followers < policy.MinFollowers)
        {
            blocks.Add(new SampleBlock(SampleBlockKind.Followers, creator.Followers, policy.MinFollowers));
        }

        if (creator.Tier < policy.MinTier)
        {
            blocks.Add(new SampleBlock(SampleBlockKind.Tier, (long)creator.Tier, (long)policy.MinTier));
        }

        if (creator.Fulfilment.Percent is { } percent && percent < policy.MinFulfilmentPercent)
        {
            blocks.Add(new SampleBlock(SampleBlockKind.Fulfilment, percent, policy.MinFulfilmentPercent));
        }

        return blocks;
    }
}
