using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CiCd.Serving.Dashboard;

/// <summary><c>GET /dashboard</c> (the page) and <c>GET /dashboard/data.json</c> (the same content for machines).</summary>
public static class DashboardApi
{
    // The page needs nothing from elsewhere, so the browser is told to fetch nothing from elsewhere: a CDN link slipped
    // into a future change fails loudly in the browser tests instead of working only online. Its one inline script is
    // allowed by hash, not by 'unsafe-inline', so markup injected into the page (a feature name, a file name) cannot run
    // script; no page may frame it (clickjacking), said twice for browsers that predate frame-ancestors.
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{Sha256(DashboardPage.Script)}'; img-src data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Maps the dashboard routes, behind <see cref="DashboardKeyFilter"/>.</summary>
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        // Not a group: a group's empty route would be "/dashboard/", and that is the name the request metrics would show.
        app.MapGet("/dashboard", Page).WithName("dashboard").AddEndpointFilter<DashboardKeyFilter>();
        app.MapGet("/dashboard/data.json", Data).WithName("dashboard_data").AddEndpointFilter<DashboardKeyFilter>();
        return app;
    }

    /// <summary>The page; always 200 once the service runs: missing or unreadable drift reports are explained on it.</summary>
    public static ContentHttpResult Page([AsParameters] DashboardServices services)
    {
        var history = services.Reports.Read();
        var data = services.Snapshot(history);
        var headers = services.Context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        return TypedResults.Content(DashboardPage.Render(data, services.Drift.Render(history), history.Signature), "text/html; charset=utf-8");
    }

    /// <summary>The page's content as JSON.</summary>
    public static Ok<DashboardData> Data([AsParameters] DashboardServices services)
    {
        services.Context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(services.Snapshot(services.Reports.Read()));
    }

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
