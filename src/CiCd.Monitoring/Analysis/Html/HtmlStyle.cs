namespace CiCd.Monitoring.Analysis.Html;

/// <summary>The report's inline stylesheet and script: no CDN, so the file opens offline and in CI artefacts; the dashboard shares them.</summary>
public static class HtmlStyle
{
    /// <summary>The stylesheet: traffic-light colours, verdict, cards, tables, chart grid.</summary>
    public const string Css = """
        :root { --red: #D62728; --amber: #9A6700; --green: #1A7F37; --ink: #24292f; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
        main { max-width: 1200px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
        .meta { color: var(--muted); margin: 0 0 16px; }
        .verdict { display: flex; gap: 16px; align-items: flex-start; background: #fff; border: 1px solid var(--line); border-left: 8px solid var(--level); border-radius: 8px; padding: 16px 20px; }
        .verdict .badge { font-size: 13px; font-weight: 700; text-transform: uppercase; color: #fff; background: var(--level); border-radius: 999px; padding: 4px 12px; white-space: nowrap; }
        .verdict p { margin: 0 0 6px; } .advice { color: var(--muted); }
        .red { --level: var(--red); } .amber { --level: var(--amber); } .green { --level: var(--green); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin-top: 16px; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
        .card .value { font-size: 22px; font-weight: 600; } .card .value small { font-size: 13px; font-weight: 400; color: var(--muted); } .card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
        th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef1f4; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        th button { font: inherit; color: inherit; text-transform: inherit; letter-spacing: inherit; text-align: inherit; background: none; border: 0; padding: 0; margin: 0; cursor: pointer; }
        th button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; border-radius: 2px; }
        th[aria-sort="ascending"] button::after { content: " \2191"; } th[aria-sort="descending"] button::after { content: " \2193"; }
        td.num { font-variant-numeric: tabular-nums; white-space: nowrap; } td.light { white-space: nowrap; font-weight: 600; color: var(--level); } td.msg { color: var(--muted); max-width: 460px; }
        .dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%; background: var(--level); vertical-align: -1px; margin-right: 6px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 12px; }
        .charts.two { grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); margin-bottom: 12px; }
        figure { margin: 0; background: #fff; border: 1px solid var(--line); border-top: 4px solid var(--level, var(--line)); border-radius: 8px; padding: 8px; }
        figure svg { width: 100%; height: auto; display: block; } figcaption { font-size: 12px; color: var(--muted); padding: 4px 6px 0; }
        .wide svg { max-height: 340px; } .note { background: #fff8e5; border: 1px solid #f0d58c; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
        .filters { margin: 8px 0; } .filters label { margin-right: 14px; color: var(--muted); }
        ul.changes li { margin: 4px 0; }
        """;

    /// <summary>
    /// Sorting by a header button (mouse, Enter or Space) and hiding green rows: conveniences; the page reads fine without
    /// script. One listener on the document, so tables swapped in later (the dashboard's refresh) sort as well.
    /// </summary>
    public const string Script = """
        document.addEventListener('click', function (event) {
          var button = event.target.closest ? event.target.closest('table.sortable th button') : null;
          if (!button) { return; }
          var th = button.closest('th'), table = th.closest('table'), body = table.tBodies[0];
          var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
          var rows = Array.from(body.rows);
          var ascending = th.getAttribute('aria-sort') !== 'ascending';
          rows.sort(function (a, b) {
            var x = a.cells[index].dataset.sort || a.cells[index].textContent, y = b.cells[index].dataset.sort || b.cells[index].textContent;
            var nx = parseFloat(x), ny = parseFloat(y);
            var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
            return ascending ? c : -c;
          });
          table.querySelectorAll('th[aria-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          rows.forEach(function (row) { body.appendChild(row); });
        });
        var toggle = document.getElementById('hide-green');
        if (toggle) {
          toggle.addEventListener('change', function () {
            document.querySelectorAll('[data-level="green"]').forEach(function (el) { el.style.display = toggle.checked ? 'none' : ''; });
          });
        }
        """;
}
