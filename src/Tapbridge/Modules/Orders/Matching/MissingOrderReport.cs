using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Orders.Matching;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ReportStatus>))]
internal enum ReportStatus
{
    Open,
    Answered,
}

/// <summary>A creator says an order of theirs is missing; staff look into it and answer (assigning the order when they find it).</summary>
internal sealed class MissingOrderReport
{
    private MissingOrderReport()
    {
    }

    public Guid Id { get; private set; }
    public Guid CreatorId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string OrderId { get; private set; } = "";
    public DateOnly OrderedOn { get; private set; }
    public string Details { get; private set; } = "";
    public DateTimeOffset ReportedAt { get; private set; }
    public ReportStatus Status { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public static MissingOrderReport File(Guid creatorId, string market, string orderId, DateOnly orderedOn, string? details, DateTimeOffset now)
    {
        orderId = orderId?.Trim() ?? "";
        Require<OrdersRules>(orderId.Length is > 0 and <= 32 && orderId.All(char.IsAsciiDigit), "orderId", "Report.OrderId");
        Require<OrdersRules>(orderedOn <= DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)) && orderedOn >= DateOnly.FromDateTime(now.UtcDateTime.AddDays(-180)), "orderedOn",
            "Report.OrderedOn");
        details = details?.Trim() ?? "";
        Require<OrdersRules>(details.Length <= 1000, "details", "Report.Details");
        return new() { Id = Guid.CreateVersion7(now), CreatorId = creatorId, MarketCode = market, OrderId = orderId, OrderedOn = orderedOn, Details = details, ReportedAt = now };
    }

    public void Reply(string answer, string staff, DateTimeOffset now)
    {
        answer = answer?.Trim() ?? "";
        Require<OrdersRules>(answer.Length is > 0 and <= 1000, "answer", "Report.Answer");
        (Status, Answer, AnsweredBy, AnsweredAt) = (ReportStatus.Answered, answer, staff, now);
    }
}
