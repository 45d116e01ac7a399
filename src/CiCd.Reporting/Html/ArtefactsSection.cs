using System.Text;
using CiCd.Reporting.Content;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>Links to the files behind the report, relative to it.</summary>
internal static class ArtefactsSection
{
    public static void Append(StringBuilder html, IReadOnlyList<ArtefactLink> artefacts) =>
        Section(html, "artefacts", "Artefacts", "The files this report was made from, relative to the report; struck-out ones were not there.", ReportPart.Of(artefacts), files =>
        {
            html.Append("<ul class=\"files\">\n");
            foreach (var file in files)
            {
                html.Append(file.Exists
                    ? $"<li><a href=\"{E(file.Href)}\">{E(file.Name)}</a> <code>{E(file.Href)}</code></li>\n"
                    : $"<li class=\"missing\">{E(file.Name)} <code>{E(file.Href)}</code></li>\n");
            }
            html.Append("</ul>\n");
        });
}
