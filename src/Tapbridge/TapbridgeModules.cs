using Tapbridge.Modules.Accounts;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Payouts;
using Tapbridge.Modules.Performance;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Sellers;
using Tapbridge.Modules.Showcase;

namespace Tapbridge;

/// <summary>Every business module's services and endpoints, in one place for the host and for tools that host the product (benchmarks).</summary>
public static class TapbridgeModules
{
    public static WebApplicationBuilder AddModules(this WebApplicationBuilder builder)
    {
        builder.AddAccounts();
        builder.AddAgency();
        builder.AddSellers();
        builder.AddCreators();
        builder.AddConnections();
        builder.AddCampaigns();
        builder.AddShowcase();
        builder.AddSamples();
        builder.AddOrders();
        builder.AddCommissions();
        builder.AddPayouts();
        builder.AddPerformance();
        return builder;
    }

    public static WebApplication MapModules(this WebApplication app)
    {
        app.MapAccounts();
        app.MapAgency();
        app.MapSellers();
        app.MapCreators();
        app.MapConnections();
        app.MapCampaigns();
        app.MapShowcase();
        app.MapSamples();
        app.MapOrders();
        app.MapCommissions();
        app.MapPayouts();
        app.MapPerformance();
        return app;
    }
}
