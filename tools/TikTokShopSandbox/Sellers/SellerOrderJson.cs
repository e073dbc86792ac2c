using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;

namespace TikTokShopSandbox.Sellers;

/// <summary>An order as the seller order APIs return it (202309 search and 202507 detail share the shape).</summary>
internal static class SellerOrderJson
{
    public static object Of(Order order)
    {
        var currency = order.Currency;
        var status = Order.SellerStatusName(order.SellerStatus);
        var cancelled = order.SellerStatus == SellerStatus.Cancelled;
        var subTotal = Money.Format(order.SubTotal, currency);
        var zero = Money.Format(0, currency);
        var shipped = order.RtsTime is not null;
        return new
        {
            order.Id,
            Status = status,
            order.CreateTime,
            order.UpdateTime,
            PaidTime = order.CreateTime,
            order.RtsTime,
            order.CollectionTime,
            order.DeliveryTime,
            order.CancelTime,
            CancellationInitiator = cancelled ? "BUYER" : null,
            CancelReason = cancelled ? "No longer needed" : null,
            UserId = order.BuyerUserId,
            BuyerMessage = "",
            BuyerEmail = $"{order.BuyerUserId}@scs.tiktokw.us",
            IsCod = order.IsCod,
            IsSampleOrder = false,
            IsOnHoldOrder = false,
            IsReplacementOrder = false,
            IsBuyerRequestCancel = order.CancelRequested,
            OrderType = "NORMAL",
            FulfillmentType = "FULFILLMENT_BY_SELLER",
            ShippingType = "TIKTOK",
            DeliveryType = "HOME_DELIVERY",
            DeliveryOptionName = "Standard Shipping",
            ShippingProvider = order.ShippingProvider,
            TrackingNumber = shipped ? order.TrackingNumber : null,
            PaymentMethodName = order.IsCod ? "Cash on delivery" : "Card",
            Payment = new
            {
                Currency = currency,
                SubTotal = subTotal,
                ShippingFee = zero,
                SellerDiscount = zero,
                PlatformDiscount = zero,
                TotalAmount = subTotal,
                OriginalTotalProductPrice = subTotal,
                OriginalShippingFee = zero,
                ShippingFeeSellerDiscount = zero,
                ShippingFeePlatformDiscount = zero,
                Tax = zero,
            },
            RecipientAddress = new { Name = "B***r", PhoneNumber = "(+00)***-***-0000", FullAddress = $"*** Sandbox Street, {order.Shop.Region}", RegionCode = order.Shop.Region },
            Packages = new[] { new { Id = order.PackageId } },
            LineItems = order.Lines.SelectMany(line => line.LineItemIds.Select(id => new
            {
                Id = id,
                SkuId = line.Sku.Id,
                ProductId = order.CampaignProduct.Product.Id,
                ProductName = order.CampaignProduct.Product.Name,
                SkuName = line.Sku.Name,
                SellerSku = line.Sku.SellerSku,
                SkuImage = order.CampaignProduct.Product.ImageUrl,
                SalePrice = Money.Format(line.Price, currency),
                OriginalPrice = Money.Format(line.Price, currency),
                PlatformDiscount = zero,
                SellerDiscount = zero,
                Currency = currency,
                DisplayStatus = status,
                PackageStatus = PackageStatus(order.SellerStatus),
                PackageId = order.PackageId,
                TrackingNumber = shipped ? order.TrackingNumber : null,
                ShippingProviderName = order.ShippingProvider,
                order.RtsTime,
                IsGift = false,
                CancelUser = cancelled ? "BUYER" : null,
                CancelReason = cancelled ? "No longer needed" : null,
            })).ToList(),
        };
    }

    public static string PackageStatus(SellerStatus status) => status switch
    {
        SellerStatus.AwaitingShipment => "TO_FULFILL",
        SellerStatus.AwaitingCollection => "PROCESSING",
        SellerStatus.InTransit => "FULFILLING",
        SellerStatus.Delivered or SellerStatus.Completed => "COMPLETED",
        SellerStatus.Cancelled => "CANCELLED",
    };
}
