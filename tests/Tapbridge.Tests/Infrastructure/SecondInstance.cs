using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>Another instance of the product on the same PostgreSQL database, as behind a load balancer.</summary>
internal sealed class SecondInstance(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Tapbridge", connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
