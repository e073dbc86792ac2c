using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Showcase.Links;

[JsonConverter(typeof(JsonStringEnumConverter<DeviceClass>))]
public enum DeviceClass
{
    Mobile,
    Tablet,
    Desktop,
}

/// <summary>
/// One counted click on a creator's short link. The visitor is known only by salted hashes (the raw IP is never
/// stored); <see cref="Day"/> is the date in the market's time zone, what the creator's daily counts group by.
/// </summary>
public sealed class LinkClick
{
    private LinkClick()
    {
    }

    public Guid Id { get; private set; }
    public Guid ShowcaseItemId { get; private set; }
    public Guid CreatorId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public DateOnly Day { get; private set; }
    public string? ReferrerHost { get; private set; }
    public DeviceClass Device { get; private set; }
    public string VisitorHash { get; private set; } = "";
    public string IpHash { get; private set; } = "";

    public static LinkClick Record(LinkTarget target, DateTimeOffset at, string? referrerHost, DeviceClass device, string visitorHash, string ipHash) => new()
    {
        Id = Guid.CreateVersion7(at), ShowcaseItemId = target.ItemId, CreatorId = target.CreatorId, RegistrationId = target.RegistrationId, At = at,
        Day = DateOnly.FromDateTime(target.Market.ToLocal(at).DateTime), ReferrerHost = referrerHost, Device = device, VisitorHash = visitorHash, IpHash = ipHash,
    };
}
