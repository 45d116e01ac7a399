using System.Globalization;

namespace CiCd.Serving.Dashboard;

/// <summary>What the dashboard adds to the drift report's stylesheet and script: its layout, and the periodic refresh.</summary>
public static class DashboardStyle
{
    /// <summary>Layout for the dashboard's sections, on top of the report's stylesheet.</summary>
    public const string Css = """
        header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 16px; }
        header .meta { margin: 0; } a { color: #0969da; }
        h2 small { font-weight: 400; font-size: 13px; } h3 { font-size: 15px; margin: 20px 0 8px; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 20px; }
        table.kv { margin-top: 12px; } table.kv th { width: 180px; cursor: default; text-transform: none; font-size: 13px; letter-spacing: 0; }
        table.kv td { word-break: break-all; }
        .card.wide { grid-column: span 2; } .card.text .value { font-size: 18px; overflow-wrap: anywhere; }
        figure.chart { border-top-width: 1px; } figure.chart svg { width: 100%; height: auto; display: block; }
        .note.problem { background: #ffebe9; border-color: #ff8182; }
        .closed { --level: var(--muted); }
        body.stale header::after { content: "connection lost: showing the last data received"; color: var(--red); font-weight: 600; }
        """;

    /// <summary>Re-fetches the page every <paramref name="seconds"/> and swaps in the sections that changed; failures only mark the page stale.</summary>
    public static string Script(int seconds) => """
        (function () {
          var busy = false;
          function refresh() {
            if (busy) { return; }
            busy = true;
            fetch(window.location.pathname, { cache: 'no-store', credentials: 'same-origin' })
              .then(function (response) {
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.text();
              })
              .then(function (text) {
                var next = new DOMParser().parseFromString(text, 'text/html');
                document.querySelectorAll('[data-refresh]').forEach(function (old) {
                  var fresh = next.getElementById(old.id);
                  if (!fresh || (old.dataset.signature && old.dataset.signature === fresh.dataset.signature)) { return; }
                  old.replaceWith(document.importNode(fresh, true));
                });
                var generated = next.getElementById('generated');
                if (generated) { document.getElementById('generated').textContent = generated.textContent; }
                document.body.classList.remove('stale');
              })
              .catch(function () { document.body.classList.add('stale'); })
              .finally(function () { busy = false; });
          }
          setInterval(refresh, SECONDS * 1000);
        })();
        """.Replace("SECONDS", seconds.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
