using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// Where a creator's samples go: kept on her profile so the next request is one tap, and copied into each request so a
/// later move does not redirect a parcel already on its way. Sellers see it on the samples they ship; the agency too.
/// </summary>
internal sealed class SampleAddress
{
    private SampleAddress()
    {
    }

    public Guid CreatorId { get; private set; }
    public string Recipient { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string Address { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }

    public static SampleAddress For(Guid creatorId) => new() { CreatorId = creatorId };

    /// <summary>Keeps what the creator confirmed, tidied; refuses a name, phone or address that a carrier could not use.</summary>
    public void Keep(string recipient, string phone, string address, DateTimeOffset now)
    {
        var name = (recipient ?? "").Trim();
        var digits = (phone ?? "").Trim();
        var lines = string.Join('\n', (address ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        Require<SamplesRules>(name.Length is >= 2 and <= 100, "recipient", "Address.Recipient");
        Require<SamplesRules>(digits.Length <= 20 && digits.Count(char.IsAsciiDigit) is >= 8 and <= 15
            && digits.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'), "phone", "Address.Phone");
        Require<SamplesRules>(lines.Length is >= 10 and <= 300, "address", "Address.Lines");
        (Recipient, Phone, Address, ChangedAt) = (name, digits, lines, now);
    }
}
